import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../contract/clients';
import type { ContractError, Result } from '../../contract/result';
import { call } from './transport';

/** Rows a virtual table shows, by index: all present (a roster, a caseload page), or fetched as they scroll into view. */
export interface RowSource<T> {
  /** How many rows there are, or null before the first answer. */
  total: number | null;
  /** The row at an index, or undefined while its page is loading. */
  at(index: number): T | undefined;
  /** Asks for the rows first..last (the visible window). */
  want(first: number, last: number): void;
}

/** A row source over rows that are all at hand. */
export function allRows<T>(rows: readonly T[]): RowSource<T> {
  return { total: rows.length, at: (index) => rows[index], want: () => undefined };
}

export interface PagedList<T, A> extends RowSource<T> {
  /** The latest answer for the first page of the current list (what else it carries, e.g. counts). */
  first: A | null;
  error: ContractError | null;
  reload(): void;
}

/** One page of a list, as a channel answers it. */
export interface Page<T> {
  items: readonly T[];
  total: number;
}

interface Loaded<T, A> {
  list: number;
  total: number;
  first: A | null;
  pages: Map<number, readonly T[]>;
}

/**
 * A list fetched a page at a time as it scrolls into view, so a caseload of 10,000 clients opens
 * as fast as one of ten. `load` asks for one page; a new `load` (another search or filter: make it
 * with useCallback) restarts the list, whose rows are replaced when its first page arrives (no
 * flash of an empty list); answers that belong to an older list are dropped. `toPage` must not
 * change between renders (a module-level function).
 */
export function usePagedList<T, A>(
  load: (limit: number, offset: number) => Promise<Result<A>>,
  toPage: (answer: A) => Page<T>,
  pageSize: number,
): PagedList<T, A> {
  const [loaded, setLoaded] = useState<Loaded<T, A> | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [reloads, setReloads] = useState(0);
  const list = useRef(0);
  const requested = useRef(new Set<number>());

  const fetchPage = useCallback(
    (page: number) => {
      const forList = list.current;
      requested.current.add(page);
      void load(pageSize, page * pageSize).then((result) => {
        if (forList !== list.current) return;
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setError(null);
        const { items, total } = toPage(result.value);
        setLoaded((previous) => {
          const same = previous?.list === forList;
          const pages = same ? new Map(previous.pages) : new Map<number, readonly T[]>();
          pages.set(page, items);
          const first = page === 0 ? result.value : same ? previous.first : null;
          return { list: forList, total, first, pages };
        });
      });
    },
    [load, toPage, pageSize],
  );

  useEffect(() => {
    list.current += 1;
    requested.current = new Set();
    fetchPage(0);
  }, [fetchPage, reloads]);

  const want = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
        if (!requested.current.has(page)) fetchPage(page);
      }
    },
    [fetchPage, pageSize],
  );

  return {
    total: loaded?.total ?? null,
    at: (index) => loaded?.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    want,
    first: loaded?.first ?? null,
    error,
    reload: useCallback(() => setReloads((n) => n + 1), []),
  };
}

export type PagedClients = PagedList<Client, Page<Client>>;

const clientPage = (answer: Page<Client>): Page<Client> => answer;

/** The client list, 200 clients a page. */
export function usePagedClients(query: string, includeArchived: boolean): PagedClients {
  const load = useCallback(
    (limit: number, offset: number) => call('clients.list', { query, includeArchived, limit, offset }),
    [query, includeArchived],
  );
  return usePagedList(load, clientPage, 200);
}
