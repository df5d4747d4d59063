/**
 * Issue 12, item 6: one process per data folder (a lock file naming its owner; a stale one is
 * taken over), read-modify-write transactions start with BEGIN IMMEDIATE and wait for another
 * connection's lock, and a lock held beyond the busy timeout answers `conflict`, never `internal`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstanceLockedError, lockFileName } from '../../src/backend/instance-lock';
import { openBackend, type Backend } from '../../src/backend/open-backend';
import type { Client } from '../../src/contract/clients';
import { call } from '../fixtures/backend';

const dirs: string[] = [];
const open: Backend[] = [];
afterEach(async () => {
  for (const backend of open.splice(0)) await backend.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'restride-lock-'));
  dirs.push(dir);
  return dir;
}

async function start(
  dataDir: string,
  kind: 'desktop app' | 'browser mode' | 'command line' = 'browser mode',
) {
  const backend = await openBackend({ dataDir, dailyBackup: false, kind });
  open.push(backend);
  return backend;
}

/** The pid of a process that has ended (so no process has it, barring reuse within the test). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('one process per data folder', () => {
  it('refuses a second backend on the folder, naming the first one’s pid, kind and start', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir, 'browser mode');
    await call(first, 'clients.create', { name: 'Ann Lee' });
    const lock = JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ pid: process.pid, host: hostname(), kind: 'browser mode' });

    const second = openBackend({ dataDir, dailyBackup: false, kind: 'command line' });
    await expect(second).rejects.toBeInstanceOf(InstanceLockedError);
    await expect(second).rejects.toThrow(
      `ReStride (browser mode, process ${process.pid}, running since ${String(lock.since)}) already has this data folder open.`,
    );
    // The refused open left the first one's lock and database alone.
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    expect((await call<{ total: number }>(first, 'clients.list', {})).total).toBe(1);

    await first.close();
    open.splice(open.indexOf(first), 1);
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    const third = await start(dataDir, 'command line');
    expect((await call<{ total: number }>(third, 'clients.list', {})).total).toBe(1);
  });

  it('takes over a lock left by a process that is no longer running', async () => {
    const dataDir = tempDir();
    const pid = deadPid();
    const stale = { pid, host: hostname(), kind: 'desktop app', since: '2026-01-01T08:00:00.000Z' };
    writeFileSync(join(dataDir, lockFileName), JSON.stringify(stale));
    await start(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('takes over an empty or unreadable lock (a process killed while writing it)', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, lockFileName), '');
    await start(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('refuses while another live process holds the lock, and never takes over one from another host', async () => {
    const dataDir = tempDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const live = {
        pid: sleeper.pid,
        host: hostname(),
        kind: 'desktop app',
        since: '2026-11-27T08:00:00.000Z',
      };
      writeFileSync(join(dataDir, lockFileName), JSON.stringify(live));
      await expect(openBackend({ dataDir, dailyBackup: false })).rejects.toThrow(
        `ReStride (desktop app, process ${sleeper.pid}, running since 2026-11-27T08:00:00.000Z) already has this data folder open`,
      );
      const remote = { pid: deadPid(), host: 'other-machine', kind: 'browser mode', since: 'x' };
      writeFileSync(join(dataDir, lockFileName), JSON.stringify(remote));
      await expect(openBackend({ dataDir, dailyBackup: false })).rejects.toThrow(/on other-machine/);
    } finally {
      sleeper.kill();
    }
  });

  it('releases the lock when the open fails (a database from a newer ReStride)', async () => {
    const dataDir = tempDir();
    const backend = await start(dataDir);
    await backend.close();
    open.splice(0);
    const db = new SQLite(backend.databaseFile);
    db.pragma('user_version = 9999');
    db.close();
    await expect(openBackend({ dataDir, dailyBackup: false })).rejects.toThrow(/schema version 9999/);
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  });
});

describe('another connection holding the write lock', () => {
  it('answers conflict, not internal, when the lock outlasts the busy timeout; the call works once it is released', async () => {
    const dataDir = tempDir();
    const backend = await start(dataDir);
    const client = await call<Client>(backend, 'clients.create', { name: 'Ann Lee' });
    // A short wait for the test; the app waits 5 s.
    await sql`pragma busy_timeout = 150`.execute(backend.context.db);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const other = new SQLite(backend.databaseFile);
    other.exec('begin immediate');
    const update = { id: client.id, name: 'Ann Lee-Smith' };
    const refused = await backend.dispatch('clients.update', update);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'The database is busy in another ReStride window or process; try again.',
      },
    });
    expect(log).not.toHaveBeenCalled();
    other.exec('rollback');
    other.close();

    expect((await call<Client>(backend, 'clients.update', update)).name).toBe('Ann Lee-Smith');
  });

  it('a read-modify-write waits for a write lock another process holds briefly (BEGIN IMMEDIATE)', async () => {
    const dataDir = tempDir();
    const backend = await start(dataDir);
    const client = await call<Client>(backend, 'clients.create', { name: 'Ann Lee' });
    // Another process takes the write lock, changes the client, and commits 400 ms later. A plain
    // (deferred) BEGIN would read, then fail to upgrade with SQLITE_BUSY(_SNAPSHOT) at once.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const SQLite = require('better-sqlite3');
         const db = new SQLite(process.argv[1]);
         db.exec('begin immediate');
         db.prepare("update client set notes = 'from the other process' where id = ?").run(Number(process.argv[2]));
         process.stdout.write('locked\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
         db.exec('commit');
         db.close();`,
        backend.databaseFile,
        String(client.id),
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (data: Buffer) => {
        if (data.toString().includes('locked')) resolve();
      });
      holder.on('exit', (code) => reject(new Error(`the holder exited early (${code})`)));
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // groups.create reads (is the name free?) and then writes, in one transaction.
    const result = await backend.dispatch('groups.create', { name: 'Harriers', kind: 'club' });
    expect(log).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: true, value: { name: 'Harriers' } });
    expect((await call<Client>(backend, 'clients.get', { id: client.id })).notes).toBe(
      'from the other process',
    );
    await new Promise((resolve) => holder.once('exit', resolve).exitCode !== null && resolve(null));
  });
});
