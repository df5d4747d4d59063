/**
 * One client at clinic scale (issue 11, item 6): opening a client and logging a session, on the
 * realistic database (realistic-db.ts: clients made through the handlers with ~45 logs, copied to
 * N), measured through `backend.dispatch` like the app calls it. The programme is derived on read,
 * so both include running the engine; each is paired with the best hand-written baseline: the same
 * rows read by prepared statements on a raw connection, and the engine run on the request they make.
 *
 *   npm run bench -- client                     10,000 clients (also browser mode's first page)
 *   npm run bench -- client --clients=100000    100,000 clients
 *
 * Lines (n = 10k or 100k): db.client-open.n (a client not opened before: every read and the
 * engine), db.client-open.again.n (the tabs read it again: the programme comes from the cache),
 * db.log.n (sessions.log with the programme derived again and the caseload row updated),
 * db.clients.search.n (the Clients list search), web.first-200.10k. Goals: open ≤ 3 ms, log ≤ 10 ms.
 */
import SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate } from '../../src/backend/clock';
import { openBackend, type Backend } from '../../src/backend/open-backend';
import { assemblePlanRequest } from '../../src/backend/programmes/assemble-plan-request';
import { parseRequest } from '../../src/backend/programmes/plan-engine';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import type { StoredSessionLog } from '../../src/contract/sessions';
import { generatePlan } from '../../src/engine';
import type { PlanRequest } from '../../src/engine/types';
import { clientsWanted, label, pair, uncached } from './paired';
import { BENCH_NOW, benchName, buildRealisticDatabase } from './realistic-db';
import { benchFirst200 } from './web-start';

/** How many clients are opened, each once (the first 20 warm up). */
const OPENED = 220;

/** What opening a client reads (the client page and its first tabs), as the renderer asks for it. */
const OPEN_CHANNELS = [
  'clients.get',
  'injuries.list',
  'clearances.list',
  'intake.get',
  'programmes.current',
  'sessions.list',
] as const;

async function expectOk<T>(backend: Backend, channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The same rows as the open reads, by hand: one prepared statement per table, on a raw connection. */
function rawReads(sqlite: SQLite.Database) {
  const statements = [
    sqlite.prepare('select * from client where id = ?'),
    sqlite.prepare('select * from injury where client_id = ? order by id desc'),
    sqlite.prepare(
      'select n.* from injury_note n join injury i on i.id = n.injury_id where i.client_id = ? order by n.id',
    ),
    sqlite.prepare('select * from clearance where client_id = ? order by id desc'),
    sqlite.prepare('select * from intake where client_id = ?'),
    sqlite.prepare('select * from plan_adjustment where client_id = ? order by id'),
    sqlite.prepare('select * from session_log where client_id = ? order by date, id'),
  ];
  const settings = sqlite.prepare('select * from settings');
  return (clientId: number): number =>
    statements.reduce((rows, statement) => rows + statement.all(clientId).length, settings.all().length);
}

export async function run(): Promise<void> {
  const clients = clientsWanted();
  const n = label(clients);
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-bench-client-'));
  try {
    const built = await buildRealisticDatabase({ dataDir, clients });
    const backend = await openBackend({ dataDir, clock: () => BENCH_NOW, dailyBackup: false });
    const today = localDate(BENCH_NOW);
    const raw = new SQLite(built.file, { readonly: true });
    const readRows = rawReads(raw);
    const db = () => backend.context.db;

    // Clients with a plan, spread over the whole file (templates and their copies).
    const planned: number[] = [];
    const requests = new Map<number, PlanRequest>();
    for (let i = 0; planned.length < OPENED + 60; i++) {
      const id = 1 + ((i * 7919) % clients);
      try {
        requests.set(id, parseRequest(await assemblePlanRequest(backend.context.db, id, today)));
        planned.push(id);
      } catch {
        // No plan yet (no intake or clearance): not a client whose programme opens.
      }
    }
    const open = (id: number) =>
      Promise.all(
        OPEN_CHANNELS.map((channel) =>
          expectOk(backend, channel, channel === 'clients.get' ? { id } : { clientId: id }),
        ),
      );
    const rawOpen = (id: number): void => {
      readRows(id);
      generatePlan(requests.get(id)!);
    };

    await pair(
      `db.client-open.${n}`,
      uncached(db, (run) => open(planned[run]!)),
      (run) => rawOpen(planned[run]!),
      {
        runs: OPENED - 20,
        warmup: 20,
        goalMs: 3,
        extra: {
          clients: built.clients,
          logs_per_client: Math.round(built.logs / built.clients),
          channels: OPEN_CHANNELS.join(', '),
          via: 'dispatch, the six reads of the client page in parallel; a client not opened before in the measured runs, so the engine runs',
        },
        rawVia:
          'prepared statements for the same rows on a raw connection + generatePlan on the assembled request',
      },
    );
    await pair(
      `db.client-open.again.${n}`,
      () => open(planned[0]!),
      () => readRows(planned[0]!),
      {
        runs: 100,
        warmup: 5,
        goalMs: 3,
        extra: {
          via: 'the same client again (tabs, back navigation): the programme from the in-memory cache',
        },
        rawVia: 'prepared statements for the same rows (no engine: the answer is cached)',
      },
    );

    // Logging: each run replaces an existing log of another client (so the file does not grow).
    const targets: { clientId: number; log: StoredSessionLog }[] = [];
    for (const id of planned.slice(OPENED)) {
      const logs = await expectOk<StoredSessionLog[]>(backend, 'sessions.list', { clientId: id });
      const current = await expectOk<{ derived: DerivedProgrammeDto | null }>(backend, 'programmes.current', {
        clientId: id,
      });
      const log = logs.at(-1);
      const sessions = current.derived?.programme.weeks.flatMap((week) => week.sessions) ?? [];
      if (log && sessions.some((session) => session.id === log.sessionId))
        targets.push({ clientId: id, log });
    }
    if (targets.length < 20) throw new Error(`Only ${targets.length} clients with a loggable session`);
    await pair(
      `db.log.${n}`,
      uncached(db, (run) => {
        const { clientId, log } = targets[run % targets.length]!;
        const entry: Record<string, unknown> = { ...log, painAfter: run % 4 };
        for (const stored of ['id', 'clientId', 'light', 'createdAt']) delete entry[stored];
        return expectOk(backend, 'sessions.log', {
          clientId,
          log: { ...entry, painAfter: run % 4 },
          replace: true,
        });
      }),
      (run) => {
        const { clientId } = targets[run % targets.length]!;
        readRows(clientId);
        generatePlan(requests.get(clientId)!);
      },
      {
        runs: 40,
        warmup: 5,
        goalMs: 10,
        extra: {
          via: 'dispatch sessions.log (replace): one transaction writes the log, derives the programme, sets each log’s light and the caseload row',
        },
        rawVia:
          'prepared statements for the client’s rows + generatePlan (the work any design must do), without writing',
      },
    );

    const queries = [benchName(4242).split(' ')[1]!.slice(0, 5).toLowerCase(), 'anna', 'zz-no-match'];
    // The best hand-written answer: the trigram index's matches joined to client, sorted, and
    // counted when the page is full (a LIKE over every client's text took 12–16 ms at 100k).
    const searchPage = raw.prepare(`select c.* from client_search m cross join client c
      where m.client_search match ? and c.id = m.rowid and c.archived = 0
      order by c.sort_name, c.id limit 100`);
    const searchCount = raw.prepare(`select count(*) from client_search m cross join client c
      where m.client_search match ? and c.id = m.rowid and c.archived = 0`);
    await pair(
      `db.clients.search.${n}`,
      uncached(db, (run) =>
        expectOk(backend, 'clients.list', { query: queries[run % queries.length], limit: 100 }),
      ),
      (run) => {
        const phrase = `"${queries[run % queries.length]!}"`;
        const page = searchPage.all(phrase);
        return page.length === 100 ? searchCount.get(phrase) : page;
      },
      {
        runs: 60,
        warmup: 6,
        extra: { queries, via: 'dispatch clients.list with a query, first 100 and the total' },
        rawVia: 'trigram index matches cross join client, sorted, first 100, counted when the page is full',
      },
    );
    raw.close();
    await backend.close();

    // Browser mode's start on this database with the daily backup due (web-start.ts).
    if (clients <= 10_000) await benchFirst200(dataDir, built.file, n);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
