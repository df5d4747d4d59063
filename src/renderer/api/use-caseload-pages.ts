import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseloadPage, Dashboard, DashboardFilter } from '../../contract/dashboard';
import type { ContractError } from '../../contract/result';
import { call } from './transport';

/** The caseload a page at a time, with the pager's moves. */
export interface CaseloadPages {
  /** The latest answer: the page's rows, the tiles' counts, the total and the page's cursors. */
  answer: Dashboard | null;
  /** The index of the page's first row among all matching clients (0-based). */
  position: number;
  error: ContractError | null;
  /** Whether a move is under way (the pager waits for it). */
  loading: boolean;
  first(): void;
  next(): void;
  previous(): void;
  last(): void;
  /** Reads the page shown again, from its first row (after a change elsewhere). */
  reload(): void;
}

interface Move {
  /** The list it belongs to (filter and search): a move of another list means its first page. */
  list: string;
  page: CaseloadPage;
  cursor: string | null;
  /** Where the page will start, counted from the move (next: after the page shown, …). */
  position: (rows: number, total: number) => number;
  /** Tells a reload from the move before it. */
  serial: number;
}

const same = (a: Move, b: Move): boolean => a.list === b.list && a.serial === b.serial;

interface Answered {
  move: Move;
  dashboard: Dashboard;
  position: number;
}

/**
 * Pages of the caseload read by key: first, next, previous and last, each one request however far
 * into a hundred thousand clients it lies. A new filter or search starts over at the first page;
 * answers to an older move are dropped. The position ("51–100 of 10,234") is counted from the
 * moves: by key there are no page numbers, and the total comes with every answer.
 */
export function useCaseloadPages(filter: DashboardFilter, query: string, pageSize: number): CaseloadPages {
  const list = JSON.stringify([filter, query, pageSize]);
  const firstOf = (serial: number): Move => ({
    list,
    page: 'first',
    cursor: null,
    position: () => 0,
    serial,
  });
  const [stored, setMove] = useState<Move>(() => firstOf(0));
  // Another list (filter or search) starts at its first page.
  const move = stored.list === list ? stored : firstOf(stored.serial + 1);
  const [answered, setAnswered] = useState<Answered | null>(null);
  const [error, setError] = useState<{ move: Move; error: ContractError } | null>(null);
  const latest = useRef<Move | null>(null);

  useEffect(() => {
    latest.current = move;
    void call('dashboard.get', {
      filter,
      query,
      limit: pageSize,
      page: move.page,
      ...(move.cursor === null ? {} : { cursor: move.cursor }),
    }).then((result) => {
      if (!latest.current || !same(latest.current, move)) return;
      if (!result.ok) {
        setError({ move, error: result.error });
        return;
      }
      setError(null);
      const { rows, total } = result.value;
      const position = Math.max(0, Math.min(move.position(rows.length, total), total - rows.length));
      setAnswered({ move, dashboard: result.value, position });
    });
    // `move` is a new object for every move and reload; filter, query and pageSize are in its list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [move.list, move.serial]);

  const answer = answered?.dashboard ?? null;
  const position = answered?.position ?? 0;
  const page = answer?.page;
  const shown = answer?.rows.length ?? 0;
  // A move after a list change follows that list's first page (serial + 1, see `move`).
  const go = useCallback(
    (next: Omit<Move, 'list' | 'serial'>) =>
      setMove((previous) => ({
        ...next,
        list,
        serial: previous.serial + (previous.list === list ? 1 : 2),
      })),
    [list],
  );
  const next = useCallback(() => {
    if (page?.endCursor) go({ page: 'next', cursor: page.endCursor, position: () => position + shown });
  }, [go, page, position, shown]);
  const previous = useCallback(() => {
    if (page?.startCursor)
      go({ page: 'previous', cursor: page.startCursor, position: (rows) => position - rows });
  }, [go, page, position]);
  const first = useCallback(() => go({ page: 'first', cursor: null, position: () => 0 }), [go]);
  const last = useCallback(
    () => go({ page: 'last', cursor: null, position: (rows, total) => total - rows }),
    [go],
  );
  // The same move again (same page, or the page after or before the same row).
  const reload = useCallback(
    () =>
      setMove((previous) =>
        previous.list === list ? { ...previous, serial: previous.serial + 1 } : firstOf(previous.serial + 2),
      ),
    // firstOf reads only `list`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [list],
  );

  return {
    answer,
    position,
    error: error && same(error.move, move) ? error.error : null,
    loading: !(answered && same(answered.move, move)) && !(error && same(error.move, move)),
    first,
    next,
    previous,
    last,
    reload,
  };
}
