/**
 * Browser mode answers before the daily backup has finished (issue 11 §6): the host listens first
 * and takes the backup in the background; calls go on meanwhile, and the backup still completes.
 */
import SQLite from 'better-sqlite3';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeAll, afterAll, expect, it } from 'vitest';
import type { Backup } from '../../src/contract/backups';
import { databaseFileName, openBackend } from '../../src/backend/open-backend';
import { checkBackupFile } from '../../src/backend/backup/check-backup';
import { sessionCookieName } from '../../src/host/http-server';
import { startHost, type RunningHost } from '../../src/host/start-host';

const NOW = new Date('2026-11-27T10:00:00Z');
const FILLER_MB = 160;

let rendererDir: string;
let dataDir: string;
let host: RunningHost | undefined;

/** A database worth backing up: a client, and enough rows that copying it takes a while. */
beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'restride-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  dataDir = mkdtempSync(join(tmpdir(), 'restride-host-start-'));
  const setup = await openBackend({ dataDir, clock: () => NOW });
  const created = await setup.dispatch('clients.create', { name: 'Anna Keller' });
  expect(created.ok).toBe(true);
  await setup.close();
  const sqlite = new SQLite(join(dataDir, databaseFileName));
  // Bulk in a table the app has (a restore refuses tables it does not know): 170 KB rows, the size
  // the old storage kept per programme.
  const insert = sqlite.prepare(
    `insert into audit_log (at, actor, action, client_id, subject, details)
     values ('2026-11-27T10:00:00.000Z', '', 'client.export', null, 'filler', hex(randomblob(85000)))`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < (FILLER_MB * 1_000_000) / 170_000; i++) insert.run();
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}, 120_000);

afterEach(async () => {
  await host?.stop();
  host = undefined;
  rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
});

afterAll(() => {
  rmSync(rendererDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

it('serves the page and answers calls while the due daily backup runs, and the backup completes', async () => {
  const started = performance.now();
  host = await startHost({ dataDir, port: 0, rendererDir, clock: () => NOW });
  let backupDoneAt = Number.POSITIVE_INFINITY;
  const backupDone = host.dailyBackup.then((backup) => {
    backupDoneAt = performance.now();
    return backup;
  });
  const base = `http://127.0.0.1:${host.port}`;

  const cookie = `${sessionCookieName(host.port)}=${host.token}`;
  const page = await fetch(`${base}/`, { headers: { cookie } });
  const pageAt = performance.now();
  expect(page.status).toBe(200);
  expect(await page.text()).not.toContain(host.token);

  // Calls keep being answered, each quickly, for as long as the backup runs.
  const latencies: number[] = [];
  let lastAnsweredAt = 0;
  while (backupDoneAt === Number.POSITIVE_INFINITY && latencies.length < 10_000) {
    const before = performance.now();
    const response = await fetch(`${base}/api/clients.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(((await response.json()) as { ok: boolean; value: { total: number } }).value.total).toBe(1);
    lastAnsweredAt = performance.now();
    latencies.push(lastAnsweredAt - before);
  }

  const backup = (await backupDone) as Backup;
  expect(pageAt, 'the page came before the backup finished').toBeLessThan(backupDoneAt);
  expect(latencies.length, 'calls answered while the backup ran').toBeGreaterThan(1);
  expect(lastAnsweredAt).toBeLessThanOrEqual(backupDoneAt + 1000);
  expect(Math.max(...latencies), 'slowest call during the backup (ms)').toBeLessThan(1000);

  expect(backup).toMatchObject({ reason: 'auto', createdAt: NOW.toISOString() });
  const file = join(dataDir, 'backups', backup.fileName);
  expect(existsSync(file)).toBe(true);
  expect(statSync(file).size).toBeGreaterThan(FILLER_MB * 1_000_000);
  expect((await checkBackupFile(file, backup.fileName, undefined)).schemaVersion).toBeGreaterThan(0);
  const listed = await host.backend.dispatch('backups.list', {});
  expect(listed).toMatchObject({ ok: true, value: [{ fileName: backup.fileName, reason: 'auto' }] });
  console.log(
    `host start: page after ${Math.round(pageAt - started)} ms, backup after ${Math.round(backupDoneAt - started)} ms, ` +
      `${latencies.length} calls during it, slowest ${Math.round(Math.max(...latencies))} ms`,
  );
}, 120_000);

it('takes no second backup the same day, and stop waits for a running one', async () => {
  host = await startHost({ dataDir, port: 0, rendererDir, clock: () => NOW });
  const first = await host.dailyBackup;
  expect(first?.reason).toBe('auto');
  await host.stop();
  host = await startHost({ dataDir, port: 0, rendererDir, clock: () => new Date(NOW.getTime() + 3_600_000) });
  expect(await host.dailyBackup).toBeNull();
  await host.stop();

  // Stopped straight after start: the backup is finished, not cut off, before the database closes.
  host = await startHost({
    dataDir,
    port: 0,
    rendererDir,
    clock: () => new Date(NOW.getTime() + 86_400_000),
  });
  const running = host.dailyBackup;
  await host.stop();
  host = undefined;
  const second = await running;
  expect(second?.reason).toBe('auto');
  expect(existsSync(join(dataDir, 'backups', second!.fileName))).toBe(true);
}, 120_000);

/** Every folder and file below `dir` with its permission bits, as `relative path: mode`. */
function modes(dir: string): Record<string, string> {
  const found: Record<string, string> = { '.': (statSync(dir).mode & 0o777).toString(8) };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = (statSync(path).mode & 0o777).toString(8);
  }
  return found;
}

const posix = process.platform !== 'win32';

it.runIf(posix)(
  "makes an existing 0755/0644 install its owner's alone at start: folders 0700, files 0600",
  async () => {
    const old = mkdtempSync(join(tmpdir(), 'restride-old-install-'));
    try {
      const setup = await openBackend({ dataDir: old, clock: () => NOW });
      await setup.dispatch('clients.create', { name: 'Anna Keller' });
      await setup.close();
      for (const folder of ['backups', 'prints', 'prints/2026-11-27 Monday'])
        mkdirSync(join(old, folder), { recursive: true });
      writeFileSync(join(old, 'backups/restride-2026-11-01.sqlite'), 'old backup');
      writeFileSync(join(old, 'prints/2026-11-27 Monday/Anna Keller.pdf'), '%PDF-');
      // As installs before this rule were: world-readable.
      for (const path of Object.keys(modes(old)))
        chmodSync(join(old, path), statSync(join(old, path)).isDirectory() ? 0o755 : 0o644);

      const before = Object.keys(modes(old));
      host = await startHost({ dataDir: old, port: 0, rendererDir, clock: () => NOW });
      await host.dailyBackup;
      // What existed before the start; files made later follow the process's umask (077 in
      // `npm run web`: see the next test).
      const after = Object.fromEntries(Object.entries(modes(old)).filter(([path]) => before.includes(path)));
      expect(Object.keys(after)).toEqual(
        expect.arrayContaining([
          'backups/restride-2026-11-01.sqlite',
          'prints/2026-11-27 Monday/Anna Keller.pdf',
        ]),
      );
      for (const [path, mode] of Object.entries(after)) {
        const isFolder = statSync(join(old, path)).isDirectory();
        expect(mode, path).toBe(isFolder ? '700' : '600');
      }
    } finally {
      await host?.stop();
      host = undefined;
      rmSync(old, { recursive: true, force: true });
    }
  },
  60_000,
);

it.runIf(posix)(
  '`npm run web` prints a one-time URL, and what it writes later (database, backups) is 0600 in 0700 folders',
  async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'restride-web-')), 'data');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/host/main.ts', '--port', '0', '--data-dir', fresh],
      {
        cwd: join(import.meta.dirname, '../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, RESTRIDE_DATA_DIR: '' },
      },
    );
    try {
      let output = '';
      const openUrl = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Open:\s+(\S+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      expect(openUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?open=[A-Za-z0-9_-]{20,}$/);
      const { origin, port } = new URL(openUrl);
      const opened = await fetch(openUrl, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      const cookie = opened.headers.get('set-cookie')!.split(';')[0]!;
      expect(cookie.startsWith(`${sessionCookieName(Number(port))}=`)).toBe(true);
      expect((await fetch(openUrl, { redirect: 'manual' })).status).toBe(403);
      const backup = await fetch(`${origin}/api/backups.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      });
      expect(await backup.json()).toMatchObject({ ok: true });
      const after = modes(fresh);
      expect(Object.keys(after).some((path) => path.startsWith('backups/'))).toBe(true);
      for (const [path, mode] of Object.entries(after)) {
        const isFolder = statSync(join(fresh, path)).isDirectory();
        expect(mode, path).toBe(isFolder ? '700' : '600');
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      rmSync(join(fresh, '..'), { recursive: true, force: true });
    }
  },
  180_000,
);
