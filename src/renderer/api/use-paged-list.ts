import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../contract/clients';
import type { ContractError } from '../../contract/result';
import { call } from './transport';

const pageSize = 200;

export interface PagedClients {
  total: number | null;
  /** The client at a row index, or undefined while its page is loading. */
  at(index: number): Client | undefined;
  /** Asks for the pages covering rows first..last (the visible window). */
  want(first: number, last: number): void;
  error: ContractError | null;
  reload(): void;
}

interface Loaded {
  search: number;
  total: number;
  pages: Map<number, Client[]>;
}

/**
 * Client rows fetched a page at a time as they scroll into view, so a caseload of 10,000 clients
 * opens as fast as one of ten. A new search replaces the rows when its first page arrives (no
 * flash of an empty list); answers that belong to an older search are dropped.
 */
export function usePagedClients(query: string, includeArchived: boolean): PagedClients {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [reloads, setReloads] = useState(0);
  const search = useRef(0);
  const requested = useRef(new Set<number>());

  const fetchPage = useCallback(
    (page: number) => {
      const forSearch = search.current;
      requested.current.add(page);
      void call('clients.list', { query, includeArchived, limit: pageSize, offset: page * pageSize }).then(
        (result) => {
          if (forSearch !== search.current) return;
          if (!result.ok) {
            setError(result.error);
            return;
          }
          setError(null);
          setLoaded((previous) => {
            const pages =
              previous?.search === forSearch ? new Map(previous.pages) : new Map<number, Client[]>();
            pages.set(page, result.value.items);
            return { search: forSearch, total: result.value.total, pages };
          });
        },
      );
    },
    [query, includeArchived],
  );

  useEffect(() => {
    search.current += 1;
    requested.current = new Set();
    fetchPage(0);
  }, [fetchPage, reloads]);

  const want = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
        if (!requested.current.has(page)) fetchPage(page);
      }
    },
    [fetchPage],
  );

  return {
    total: loaded?.total ?? null,
    at: (index) => loaded?.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    want,
    error,
    reload: useCallback(() => setReloads((n) => n + 1), []),
  };
}
