/**
 * A restore at clinic scale (10,000 clients, 45 session logs each, on a real SQLite file): how long
 * the app stops answering while it runs. A cheap read (`clients.list`, first page) is dispatched
 * every 10 ms during the restore; a call's latency is counted from when it was due, so a stall of
 * the main thread shows in full even when no call was in flight as it began. The restore copies,
 * checks and migrates in a worker thread; only the swap of the files holds other calls.
 * For comparison the same reads run without a restore, for as long as one takes (a shared machine
 * stalls a process now and then by itself). Seeded with raw prepared inserts (the point is the
 * file's size), built from the tables' own column lists so the seed follows the schema.
 * RESTRIDE_BENCH_CLIENTS=100000 gives a ~3 GB file.
 */
import SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sortName } from '../../src/backend/clients/client.mapping';
import { openBackend, type Backend } from '../../src/backend/open-backend';
import type { Backup, RestoreOutcome } from '../../src/contract/backups';

const CLIENTS = Number(process.env['RESTRIDE_BENCH_CLIENTS'] ?? 10_000);
const LOGS_PER_CLIENT = 45;
const POLL_MS = 10;
const RESTORES = 3;
const GOAL_MS = 100;
const STAMP = '2026-11-27T10:00:00.000Z';
/** The read dispatched during the restore: the first page of the client list. */
const READ = { channel: 'clients.list', input: { limit: 50 } };

interface Column {
  name: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}

/**
 * An insert into `table` of the given values, for the columns the table has; fails loudly if the
 * table has a required column the seed does not know (the schema moved on: extend the values).
 */
function inserter(sqlite: SQLite.Database, table: string, values: Record<string, unknown>): SQLite.Statement {
  const columns = sqlite.prepare(`pragma table_info(${table})`).all() as Column[];
  const missing = columns.filter(
    (column) => column.notnull && column.dflt_value === null && !column.pk && !(column.name in values),
  );
  if (missing.length > 0) {
    throw new Error(`restore.bench: ${table} needs ${missing.map((c) => c.name).join(', ')}`);
  }
  const used = columns.filter((column) => column.name in values).map((column) => column.name);
  return sqlite.prepare(
    `insert into ${table} (${used.join(', ')}) values (${used.map((name) => `@${name}`).join(', ')})`,
  );
}

function pick(values: Record<string, unknown>, statement: SQLite.Statement): Record<string, unknown> {
  const wanted = new Set(statement.source.match(/@(\w+)/g)?.map((name) => name.slice(1)));
  return Object.fromEntries(Object.entries(values).filter(([name]) => wanted.has(name)));
}

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function seed(file: string): void {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const clientValues = (i: number): Record<string, unknown> => {
    const name = `Client ${String(i).padStart(5, '0')} Runner`;
    const email = `client${i}@example.com`;
    return {
      id: i,
      name,
      sort_name: sortName(name),
      birth_date: '1980-01-01',
      sex: i % 2 ? 'female' : 'male',
      email,
      archived: 0,
      search_text: `${name}\n${email}`.toLowerCase(),
      created_at: STAMP,
      updated_at: STAMP,
    };
  };
  const note = 'Felt the calf a little on the second hill, eased off, fine next morning. '.repeat(6);
  const logValues = (client: number, j: number): Record<string, unknown> => ({
    client_id: client,
    session_id: `w${Math.floor(j / 3) + 1}-${j}-walk_run`,
    date: dateAfter('2026-06-01', j * 2),
    kind: 'run',
    slot: 1,
    completed: 1,
    actual_run_minutes: 12 + (j % 10),
    rpe: 3,
    pain_during: j % 3,
    pain_after: j % 2,
    pain_next_morning: 0,
    red_flags: '[]',
    note,
    light: 'green',
    created_at: STAMP,
    updated_at: STAMP,
  });
  const client = inserter(sqlite, 'client', clientValues(1));
  const log = inserter(sqlite, 'session_log', logValues(1, 0));
  sqlite.transaction(() => {
    for (let i = 1; i <= CLIENTS; i++) {
      client.run(pick(clientValues(i), client));
      for (let j = 0; j < LOGS_PER_CLIENT; j++) log.run(pick(logValues(i, j), log));
    }
  })();
  sqlite.close();
}

interface Poll {
  /** Latency of each read, from when it was due (every POLL_MS) to its answer. */
  latencies: number[];
  stop(): Promise<void>;
}

/**
 * Dispatches a cheap read every POLL_MS until stopped. A read's latency counts from when it was
 * due, so a stall of the main thread shows in full even if no read was in flight as it began; a
 * tick missed because a read ran long is skipped, not queued (the reads must not pile up and
 * starve the event loop themselves).
 */
function poll(backend: Backend, channel: string, input: unknown): Poll {
  const latencies: number[] = [];
  let stopped = false;
  const loop = (async () => {
    let due = performance.now();
    while (!stopped) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      else await new Promise((resolve) => setImmediate(resolve));
      const result = await backend.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
      const done = performance.now();
      latencies.push(done - due);
      due = Math.max(due + POLL_MS, done);
    }
  })();
  return {
    latencies,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-bench-restore-'));
  try {
    // Migrate an empty database, seed it raw, then serve it.
    await (await openBackend({ dataDir, dailyBackup: false })).close();
    const backend0 = await openBackend({ dataDir, dailyBackup: false });
    const databaseFile = backend0.databaseFile;
    await backend0.close();
    const seedStart = performance.now();
    seed(databaseFile);
    const seedMs = performance.now() - seedStart;

    // When the copy is ready (the last step before the swap): what follows is the held part.
    let migratedAt = 0;
    const backend = await openBackend({
      dataDir,
      dailyBackup: false,
      onRestoreStep: (step) => {
        if (step === 'migrated') migratedAt = performance.now();
      },
    });
    const created = await backend.dispatch('backups.create', {});
    if (!created.ok) throw new Error(created.error.message);
    let source = (created.value as Backup).fileName;
    const bytes = statSync(join(backend.context.backups.folder, source)).size;

    // Without a restore, for as long as one takes: what a read costs here, and how much the machine
    // itself stalls the process (other work on a shared machine shows up here too).
    const idle = poll(backend, READ.channel, READ.input);
    const warm = performance.now();
    await backend.dispatch('backups.restore', { fileName: source }).then((result) => {
      if (!result.ok) throw new Error(`backups.restore failed: ${result.error.message}`);
    });
    const idleFor = performance.now() - warm;
    idle.latencies.length = 0;
    await sleep(idleFor);
    await idle.stop();

    const maxBlocked: number[] = [];
    const restoreMs: number[] = [];
    const swapMs: number[] = [];
    const loopDelayMax: number[] = [];
    let reads = 0;
    for (let r = 0; r < RESTORES; r++) {
      const reading = poll(backend, READ.channel, READ.input);
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const start = performance.now();
      const result = await backend.dispatch('backups.restore', { fileName: source });
      restoreMs.push(performance.now() - start);
      swapMs.push(performance.now() - migratedAt);
      loop.disable();
      await reading.stop();
      if (!result.ok) throw new Error(`backups.restore failed: ${result.error.message}`);
      // Next time, restore the database as it was before this restore (its pre-restore backup).
      source = (result.value as RestoreOutcome).preRestoreBackup.fileName;
      maxBlocked.push(Math.max(...reading.latencies));
      loopDelayMax.push(loop.max / 1e6);
      reads += reading.latencies.length;
    }
    await backend.close();

    const sorted = [...maxBlocked].sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        name: 'backup.restore.max-blocked-ms',
        median_ms: round(median(maxBlocked)),
        p95_ms: round(sorted[sorted.length - 1]!),
        runs: RESTORES,
        goal_ms: GOAL_MS,
        max_blocked_each_ms: maxBlocked.map(round),
        event_loop_delay_max_ms: loopDelayMax.map(round),
        restore_ms: round(median(restoreMs)),
        restore_each_ms: restoreMs.map(round),
        after_copy_ready_ms: swapMs.map(round),
        reads_during_restores: reads,
        read_idle_median_ms: round(median(idle.latencies)),
        read_idle_max_ms: round(Math.max(...idle.latencies)),
        db_mb: Math.round(bytes / 1e6),
        clients: CLIENTS,
        session_logs: CLIENTS * LOGS_PER_CLIENT,
        seed_ms: Math.round(seedMs),
        via: `${READ.channel} (first 50) due every ${POLL_MS} ms through dispatch while backups.restore runs; latency from when each read was due`,
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
