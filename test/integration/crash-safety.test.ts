/**
 * Crash safety: a child process writes clients, injury notes and session logs through dispatch
 * (one transaction each) and is killed with SIGKILL at a random moment, over and over on the same
 * database. After every kill the database passes `PRAGMA integrity_check` and `foreign_key_check`,
 * and every row the child recorded as committed is there. Seeded: RESTRIDE_CRASH_SEED reproduces
 * a run; RESTRIDE_CRASH_TRIALS sets the count (20 here, 50 in `npm run soak`).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, openTestBackend } from '../fixtures/backend';
import { seededRandom, type CrashSetup } from '../fixtures/crash-writer';
import { createPlannableClient, derivedProgramme } from './workspace-fixtures';

const TRIALS = Number(process.env.RESTRIDE_CRASH_TRIALS ?? 20);
const SEED = Number(process.env.RESTRIDE_CRASH_SEED ?? 20261127);
const NOW = new Date('2026-11-27T10:00:00Z');
const WRITER = fileURLToPath(new URL('../fixtures/crash-writer.ts', import.meta.url));
/** Longest wait after "ready" before the kill; the child commits a write every few milliseconds. */
const MAX_WRITING_MS = 400;

/**
 * How to start the writer. Transforming the project's TypeScript on every start costs tsx seconds
 * on a busy machine, so the writer is bundled once with esbuild (tsx's own compiler, installed with
 * it), next to node_modules so its packages resolve; plain `node --import tsx` if that fails.
 */
async function writerCommand(): Promise<string[]> {
  const outfile = fileURLToPath(
    new URL(`../../node_modules/.cache/restride-crash/writer-${process.pid}.mjs`, import.meta.url),
  );
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [WRITER],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    cleanups.push(() => rmSync(outfile, { force: true }));
    return [outfile];
  } catch {
    return ['--import', 'tsx', WRITER];
  }
}

const cleanups: (() => void)[] = [];
let writer: string[];
/** How long the writer takes to be ready (the longest seen): the window for kills during start-up. */
let startupMs = 1000;
let dataDir: string;
let committedLog: string;
let setupFile: string;
const random = seededRandom(SEED);
const totals = { trials: 0, duringStartup: 0, committedChecked: 0, lastTrialWrites: [] as number[] };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'restride-crash-'));
  committedLog = join(dataDir, 'committed.log');
  setupFile = join(dataDir, 'setup.json');
  const backend = await openTestBackend(dataDir, NOW);
  const setup: CrashSetup = { now: NOW.toISOString(), injuryIds: [], sessions: [] };
  for (const name of ['Anna Keller', 'Bert Brandt']) {
    const { client, injury } = await createPlannableClient(backend, name);
    const programme = await derivedProgramme(backend, client.id);
    setup.injuryIds.push(injury.id);
    for (const session of programme.programme.weeks.flatMap((week) => week.sessions)) {
      if (session.date <= '2026-11-27') {
        setup.sessions.push({ clientId: client.id, sessionId: session.id, date: session.date });
      }
    }
  }
  expect(setup.sessions.length).toBeGreaterThan(2);
  writeFileSync(setupFile, JSON.stringify(setup));
  writeFileSync(committedLog, '');
  await backend.close();
  writer = await writerCommand();
}, 60_000);

afterAll(() => {
  console.log(
    `crash safety: ${totals.trials} SIGKILL trials (seed ${SEED}; ${totals.duringStartup} during start-up), ` +
      `${totals.committedChecked} committed writes checked after the last kill, all present; ` +
      `writes per trial: ${totals.lastTrialWrites.join(' ')}`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  for (const cleanup of cleanups) cleanup();
});

interface Kill {
  afterMs: number;
  duringStartup: boolean;
}

/** Starts the writer and kills it with SIGKILL at a random moment; fails if it ended any other way. */
async function runAndKill(trial: number): Promise<Kill> {
  const duringStartup = random() < 0.2;
  const delay = Math.floor(random() * (duringStartup ? startupMs : MAX_WRITING_MS));
  const child = spawn(process.execPath, [...writer, dataDir, committedLog, setupFile, String(SEED + trial)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready\n')) resolve();
    });
  });
  const started = Date.now();
  if (!duringStartup) {
    const first = await Promise.race([
      ready.then(() => 'ready' as const),
      exited.then(() => 'exited' as const),
    ]);
    if (first === 'exited') throw new Error(`the writer ended before it was ready:\n${stderr}`);
    startupMs = Math.max(startupMs, Date.now() - started);
  }
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  const end = await exited;
  if (end.signal !== 'SIGKILL') throw new Error(`the writer exited by itself (${end.code}):\n${stderr}`);
  return { afterMs: Date.now() - started, duringStartup };
}

/** The writes the child recorded as committed: whole lines only (a kill can cut the last one). */
function committedWrites(): string[] {
  const text = readFileSync(committedLog, 'utf8');
  const lines = text.split('\n');
  lines.pop(); // after the last "\n": empty, or a line the kill cut short
  return lines;
}

/** Opens the database as the next start would (recovering the WAL) and checks it; returns the writes checked. */
function checkDatabase(): number {
  const db = new Database(join(dataDir, 'restride.sqlite'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const client = db.prepare('select 1 from client where id = ?').pluck();
    const note = db.prepare('select 1 from injury_note where id = ?').pluck();
    const log = db.prepare('select 1 from session_log where client_id = ? and session_id = ?').pluck();
    const missing: string[] = [];
    const writes = committedWrites();
    for (const line of writes) {
      const [kind, first, second] = line.split(' ');
      const found =
        kind === 'client'
          ? client.get(Number(first))
          : kind === 'note'
            ? note.get(Number(first))
            : kind === 'log'
              ? log.get(Number(first), second)
              : undefined;
      if (found !== 1) missing.push(line);
    }
    expect(missing, 'committed writes missing after the kill').toEqual([]);
    return writes.length;
  } finally {
    db.close();
  }
}

describe(`crash safety: ${TRIALS} SIGKILLs of a writing process`, () => {
  const trials = Array.from({ length: TRIALS }, (_, index) => index + 1);

  it.each(trials)(
    'trial %i: after the kill the database is intact and every committed write is there',
    async (trial) => {
      const before = committedWrites().length;
      const kill = await runAndKill(trial);
      const checked = checkDatabase();
      totals.trials += 1;
      if (kill.duringStartup) totals.duringStartup += 1;
      totals.committedChecked = checked;
      totals.lastTrialWrites.push(checked - before);
      expect(existsSync(join(dataDir, 'restride.sqlite'))).toBe(true);
    },
    20_000,
  );

  it('the app opens the database after all the kills and serves every committed client', async () => {
    const backend = await openTestBackend(dataDir, NOW);
    try {
      const clients = committedWrites().filter((line) => line.startsWith('client ')).length;
      const list = await call<{ total: number }>(backend, 'clients.list', {});
      expect(list.total).toBeGreaterThanOrEqual(clients + 2);
      await call(backend, 'clients.create', { name: 'After The Crashes' });
    } finally {
      await backend.close();
    }
  });
});
