/**
 * Backups and restore on real SQLite files: backup → change → restore gives the backed-up rows;
 * damaged, foreign and newer files are refused with the reason and the live database untouched;
 * ten are kept; the start-up backup is at most daily; a migration is preceded by a backup; a
 * failure at any step of a restore leaves the live database as it was; a restore prepares its copy
 * while other calls are answered, and keeps the live file itself as the pre-restore backup.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, partialFileName } from '../../src/backend/backup/backup-files';
import { restoreSteps, type RestoreStep } from '../../src/backend/backup/restore';
import { openDatabase } from '../../src/backend/db/connection';
import { appSchemaVersion, migrateTo } from '../../src/backend/db/migrate';
import { DomainError } from '../../src/backend/errors';
import {
  backupSchema,
  restoreOutcomeSchema,
  type Backup,
  type RestoreOutcome,
} from '../../src/contract/backups';
import {
  call,
  callError,
  countRows,
  createTestBackend,
  openTestBackend,
  type TestBackend,
} from '../fixtures/backend';
import { createClient, createPlannableClient, derivedProgramme } from './workspace-fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');
/** The restore worker as electron-vite builds it (present once `npm run build` has run). */
const builtWorker = join(import.meta.dirname, '../../out/main/restore-worker.js');
const HOUR = 60 * 60 * 1000;

/** The feature tables compared after a restore (the audit log, if any, may record the restore itself). */
const TABLES = [
  'client',
  'injury',
  'injury_note',
  'clearance',
  'intake',
  'plan_snapshot',
  'plan_adjustment',
  'session_log',
  'client_group',
  'group_member',
  'settings',
] as const;

type Snapshot = Record<string, unknown[]>;

async function snapshot(backend: TestBackend): Promise<Snapshot> {
  const rows: Snapshot = {};
  for (const table of TABLES) {
    rows[table] = (
      await sql`select * from ${sql.table(table)} order by rowid`.execute(backend.context.db)
    ).rows;
  }
  return rows;
}

/** The live database's bytes (main file and write-ahead log): a refused restore changes neither. */
function liveBytes(backend: TestBackend): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = `${backend.databaseFile}${suffix}`;
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const openBackends: TestBackend[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const backend of openBackends.splice(0)) await backend.dispose();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function fresh(options: Parameters<typeof openTestBackend>[2] = {}): Promise<TestBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-backup-'));
  const backend = await openTestBackend(dataDir, NOW, options);
  openBackends.push(backend);
  return backend;
}

/** A client with injury, note, clearance, intake, a programme and one logged session, plus settings and a group. */
async function fillWorkspace(backend: TestBackend, name: string): Promise<number> {
  const { client } = await createPlannableClient(backend, name);
  const programme = await derivedProgramme(backend, client.id);
  const first = programme.programme.weeks
    .flatMap((week) => week.sessions)
    .find((session) => session.kind === 'walk_run' && session.date <= '2026-11-27');
  await call(backend, 'sessions.log', {
    clientId: client.id,
    log: {
      sessionId: first!.id,
      date: first!.date,
      completed: true,
      rpe: 3,
      painDuring: 1,
      painAfter: 1,
      painNextMorning: 0,
    },
  });
  await call(backend, 'settings.save', { clinicName: `Clinic of ${name}` });
  const group = await call<{ id: number }>(backend, 'groups.create', { name: `Group ${name}` });
  await call(backend, 'groups.addMember', { groupId: group.id, clientId: client.id });
  return client.id;
}

describe('backup and restore', () => {
  it('restores exactly the backed-up rows, and the pre-restore backup undoes the restore', async () => {
    const backend = await fresh();
    await fillWorkspace(backend, 'Anna Keller');
    const backedUp = await snapshot(backend);
    const backup = backupSchema.parse(await call<Backup>(backend, 'backups.create', {}));
    expect(backup).toMatchObject({ reason: 'manual', createdAt: NOW.toISOString() });
    expect(backup.fileName).toBe('restride-2026-11-27T10-00-00-000Z-manual.sqlite');
    expect(backup.bytes).toBeGreaterThan(0);

    // Change every table: more rows, edited rows.
    const bert = await fillWorkspace(backend, 'Bert Brandt');
    await call(backend, 'clients.update', { id: bert, name: 'Bert Renamed' });
    await call(backend, 'settings.save', { clinicName: 'Changed' });
    const changed = await snapshot(backend);
    expect(changed).not.toEqual(backedUp);

    backend.setNow(new Date(NOW.getTime() + HOUR));
    const outcome = restoreOutcomeSchema.parse(
      await call<RestoreOutcome>(backend, 'backups.restore', { fileName: backup.fileName }),
    );
    expect(outcome.restoredFrom).toBe(backup.fileName);
    expect(outcome.preRestoreBackup).toMatchObject({
      reason: 'pre-restore',
      createdAt: '2026-11-27T11:00:00.000Z',
    });
    expect(await snapshot(backend)).toEqual(backedUp);
    // Served from the restored file through the same backend: reads and writes work.
    const list = await call<{ items: { name: string }[] }>(backend, 'clients.list', {});
    expect(list.items.map((item) => item.name)).toEqual(['Anna Keller']);
    expect(readdirSync(backend.dataDir).filter((name) => name.includes('.restoring'))).toEqual([]);

    await call(backend, 'backups.restore', { fileName: outcome.preRestoreBackup.fileName });
    expect(await snapshot(backend)).toEqual(changed);
    await createClient(backend, 'Written After Two Restores');
    expect(await countRows(backend, 'client')).toBe(3);
  });

  it('lists backups newest first with their reason and size', async () => {
    const backend = await fresh();
    await createClient(backend);
    await call(backend, 'backups.create', {});
    backend.setNow(new Date(NOW.getTime() + HOUR));
    await call(backend, 'backups.create', {});
    // Two in the same millisecond get distinct names.
    await call(backend, 'backups.create', {});
    const list = await call<Backup[]>(backend, 'backups.list', {});
    expect(list.map((backup) => backup.fileName)).toEqual([
      'restride-2026-11-27T11-00-00-000Z-manual-2.sqlite',
      'restride-2026-11-27T11-00-00-000Z-manual.sqlite',
      'restride-2026-11-27T10-00-00-000Z-manual.sqlite',
    ]);
    for (const backup of list) expect(backupSchema.parse(backup).bytes).toBeGreaterThan(0);
  });

  it('keeps the newest ten; a failed backup deletes none', async () => {
    const backend = await fresh();
    await createClient(backend);
    const taken: string[] = [];
    for (let i = 0; i < 12; i++) {
      backend.setNow(new Date(NOW.getTime() + i * HOUR));
      taken.push((await call<Backup>(backend, 'backups.create', {})).fileName);
    }
    const kept = (await call<Backup[]>(backend, 'backups.list', {})).map((backup) => backup.fileName);
    expect(kept).toEqual(taken.slice(2).reverse());
    expect(readdirSync(backend.context.backups.folder).sort()).toEqual([...kept].sort());

    // Block the next backup's file: it fails, and all ten stay.
    const next = new Date(NOW.getTime() + 20 * HOUR);
    backend.setNow(next);
    mkdirSync(
      join(backend.context.backups.folder, partialFileName(backupFileName(next, 'manual')), 'blocker'),
      {
        recursive: true,
      },
    );
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await callError(backend, 'backups.create', {})).code).toBe('internal');
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
    expect((await call<Backup[]>(backend, 'backups.list', {})).map((backup) => backup.fileName)).toEqual(
      kept,
    );
  });

  it('backs up an existing database at start at most once a day, and never an empty one', async () => {
    const empty = await fresh();
    await empty.close();
    const reopenedEmpty = await openTestBackend(empty.dataDir, NOW);
    expect(await call(reopenedEmpty, 'backups.list', {})).toEqual([]);
    await createClient(reopenedEmpty);
    await reopenedEmpty.close();

    const reasonsAt = async (at: Date, options = {}): Promise<string[]> => {
      const backend = await openTestBackend(empty.dataDir, at, options);
      const list = await call<Backup[]>(backend, 'backups.list', {});
      await backend.close();
      return list.map((backup) => `${backup.createdAt} ${backup.reason}`);
    };
    const first = `${NOW.toISOString()} auto`;
    expect(await reasonsAt(NOW)).toEqual([first]);
    expect(await reasonsAt(new Date(NOW.getTime() + 5 * HOUR))).toEqual([first]);
    expect(await reasonsAt(new Date(NOW.getTime() + 23 * HOUR))).toEqual([first]);
    const nextDay = new Date(NOW.getTime() + 24 * HOUR);
    expect(await reasonsAt(new Date(NOW.getTime() + 30 * HOUR), { dailyBackup: false })).toEqual([first]);
    expect(await reasonsAt(nextDay)).toEqual([`${nextDay.toISOString()} auto`, first]);
  });
});

describe('restore refuses a file that is not a whole ReStride database of this or an older version', () => {
  let backend: TestBackend;
  let good: Backup;
  beforeEach(async () => {
    backend = await fresh();
    await fillWorkspace(backend, 'Anna Keller');
    good = await call<Backup>(backend, 'backups.create', {});
  });

  const place = (name: string, bytes: Uint8Array): string => {
    writeFileSync(join(backend.context.backups.folder, name), bytes);
    return name;
  };
  const goodBytes = (): Buffer => readFileSync(join(backend.context.backups.folder, good.fileName));
  const withDatabase = (name: string, change: (db: Database.Database) => void): string => {
    const file = join(backend.context.backups.folder, name);
    copyFileSync(join(backend.context.backups.folder, good.fileName), file);
    const db = new Database(file);
    change(db);
    db.close();
    return name;
  };

  const cases: [string, () => string, RegExp][] = [
    ['random bytes', () => place('random.sqlite', randomBytes(40_000, 7)), /not an SQLite database file/],
    ['an empty file', () => place('empty.sqlite', new Uint8Array()), /not an SQLite database file/],
    [
      'random bytes after a valid SQLite header',
      () => place('header-only.sqlite', Buffer.concat([goodBytes().subarray(0, 100), randomBytes(8092, 3)])),
      /the file is truncated/,
    ],
    [
      'a truncated copy',
      () => place('truncated.sqlite', goodBytes().subarray(0, Math.floor(goodBytes().length / 2))),
      /the file is truncated \(\d+ of \d+ bytes\)/,
    ],
    [
      'a copy cut mid-page',
      () => place('cut.sqlite', goodBytes().subarray(0, goodBytes().length - 100)),
      /the file is truncated/,
    ],
    [
      'a copy with damaged pages',
      () => {
        const bytes = Buffer.from(goodBytes());
        const pageSize = bytes.readUInt16BE(16);
        // Scribble over the end of every page after the schema page, where a b-tree page keeps its
        // cells (the space after the cell pointers may be unused, and damage there is harmless).
        for (let page = 1; page * pageSize < bytes.length; page++) {
          const end = (page + 1) * pageSize;
          randomBytes(64, page).forEach((byte, i) => (bytes[end - 64 + i] = byte));
        }
        return place('damaged.sqlite', bytes);
      },
      /integrity check failed/,
    ],
    [
      'a copy whose index is out of step with its table',
      () =>
        withDatabase('bad-index.sqlite', (db) => {
          // Re-declare an index over another column: its stored entries no longer match the rows.
          db.unsafeMode(true);
          db.pragma('writable_schema = ON');
          db.prepare(
            `update sqlite_master set sql = 'CREATE INDEX "client_list_idx" on "client" ("email", "phone", "id", "notes", "name")' where name = 'client_list_idx'`,
          ).run();
        }),
      /integrity check failed \(.*(missing from index|wrong # of entries)/,
    ],
    [
      'an SQLite database of another program',
      () => {
        const name = 'other.sqlite';
        const db = new Database(join(backend.context.backups.folder, name));
        db.exec(
          'create table photo (id integer primary key, path text); insert into photo (path) values (1)',
        );
        db.close();
        return name;
      },
      /is not a ReStride database \(it has no ReStride tables\)/,
    ],
    [
      'a ReStride database with a table missing',
      () => withDatabase('missing-table.sqlite', (db) => db.exec('drop table session_log')),
      /not the ones ReStride creates at schema \d+ \(missing: table "session_log"/,
    ],
    [
      'a backup written by a newer ReStride',
      () => withDatabase('newer.sqlite', (db) => db.pragma(`user_version = ${appSchemaVersion + 3}`)),
      new RegExp(
        `written by a newer ReStride \\(schema ${appSchemaVersion + 3}; this app understands ${appSchemaVersion}\\)`,
      ),
    ],
    [
      'a backup with a migration this app does not know',
      () =>
        withDatabase('unknown-migration.sqlite', (db) =>
          db
            .prepare(`insert into kysely_migration (name, timestamp) values ('2099-01-01-999-future', 'x')`)
            .run(),
        ),
      new RegExp(`written by a newer ReStride \\(schema ${appSchemaVersion + 1}; this app understands`),
    ],
  ];

  it.each(cases)(
    '%s: conflict with the reason, live database and backups untouched',
    async (_, make, reason) => {
      const fileName = make();
      const before = await snapshot(backend);
      const bytes = liveBytes(backend);
      const backupsBefore = readdirSync(backend.context.backups.folder).sort();
      const sourceBytes = readFileSync(join(backend.context.backups.folder, fileName));

      const error = await callError(backend, 'backups.restore', { fileName });
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(reason);
      expect(error.message).toContain(fileName);

      expect(liveBytes(backend)).toBe(bytes);
      expect(await snapshot(backend)).toEqual(before);
      // No pre-restore backup: the check comes first. The chosen file is not written either.
      expect(readdirSync(backend.context.backups.folder).sort()).toEqual(backupsBefore);
      expect(readFileSync(join(backend.context.backups.folder, fileName)).equals(sourceBytes)).toBe(true);
      expect(readdirSync(backend.dataDir).filter((name) => name.includes('.restoring'))).toEqual([]);
      await createClient(backend, 'Still Writable');
    },
  );

  it.each([
    ['a relative path', '../restride.sqlite'],
    ['a sub-folder', 'sub/backup.sqlite'],
    ['a Windows path', '..\\restride.sqlite'],
    ['an absolute path', '/etc/passwd.sqlite'],
    ['a hidden file', '.restride.sqlite'],
    ['another extension', 'notes.txt'],
    ['an empty name', ''],
    ['a control character', 'a\u0000b.sqlite'],
  ])('refuses %s as a file name (invalid_input)', async (_, fileName) => {
    const error = await callError(backend, 'backups.restore', { fileName });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.issues)).toEqual(['fileName']);
  });

  it('answers not_found for a name that is not in the backups folder', async () => {
    const error = await callError(backend, 'backups.restore', {
      fileName: 'restride-2020-01-01T00-00-00-000Z-manual.sqlite',
    });
    expect(error.code).toBe('not_found');
  });

  it('refuses while another connection has the database open, and keeps serving it', async () => {
    const before = await snapshot(backend);
    const other = new Database(backend.databaseFile);
    other.pragma('journal_mode = WAL');
    try {
      const error = await callError(backend, 'backups.restore', { fileName: good.fileName });
      expect(error).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/open in another ReStride/),
      });
    } finally {
      other.close();
    }
    expect(await snapshot(backend)).toEqual(before);
    await createClient(backend, 'Still Writable');
  });
});

describe('restore never leaves a half-restored database', () => {
  it.each(restoreSteps)('a failure at "%s" leaves the live database as it was', async (failAt) => {
    let armed = true;
    const backend = await fresh({
      onRestoreStep: (step: RestoreStep) => {
        if (armed && step === failAt) throw new DomainError('conflict', `injected failure at ${step}`);
      },
    });
    await fillWorkspace(backend, 'Anna Keller');
    const backup = await call<Backup>(backend, 'backups.create', {});
    await fillWorkspace(backend, 'Bert Brandt');
    const before = await snapshot(backend);
    const version = (await sql<{ user_version: number }>`pragma user_version`.execute(backend.context.db))
      .rows;
    const liveFile = statSync(backend.databaseFile).ino;
    const backupsBefore = readdirSync(backend.context.backups.folder).sort();
    const sourceBytes = readFileSync(join(backend.context.backups.folder, backup.fileName));

    const error = await callError(backend, 'backups.restore', { fileName: backup.fileName });
    expect(error.message).toBe(`injected failure at ${failAt}`);
    expect(await snapshot(backend)).toEqual(before);
    expect((await sql`pragma user_version`.execute(backend.context.db)).rows).toEqual(version);
    // The same file under the live name; no pre-restore backup left behind, none removed; the source as it was.
    expect(statSync(backend.databaseFile).ino).toBe(liveFile);
    expect(readdirSync(backend.context.backups.folder).sort()).toEqual(backupsBefore);
    expect(readFileSync(join(backend.context.backups.folder, backup.fileName)).equals(sourceBytes)).toBe(
      true,
    );
    expect(readdirSync(backend.dataDir).filter((name) => name.includes('.restoring'))).toEqual([]);
    await createClient(backend, 'Written After The Failure');

    // Nothing is stuck: the same restore then succeeds.
    armed = false;
    await call(backend, 'backups.restore', { fileName: backup.fileName });
    expect(await countRows(backend, 'client')).toBe(1);
  });

  it('answers other calls while a restore copies, checks and migrates its file', async () => {
    const waiting = new Map<RestoreStep, () => void>();
    const reached: RestoreStep[] = [];
    const backend = await fresh({
      onRestoreStep: (step: RestoreStep) => {
        reached.push(step);
        if (step !== 'copied' && step !== 'checked' && step !== 'migrated') return;
        return new Promise<void>((resolve) => waiting.set(step, resolve));
      },
    });
    await createClient(backend, 'Before The Backup');
    const backup = await call<Backup>(backend, 'backups.create', {});
    await createClient(backend, 'After The Backup');

    let restored = false;
    const restore = backend.dispatch('backups.restore', { fileName: backup.fileName }).then((result) => {
      restored = true;
      return result;
    });
    let during = 0;
    for (const step of ['copied', 'checked', 'migrated'] as const) {
      await vi.waitFor(() => expect(waiting.has(step)).toBe(true), { timeout: 20_000 });
      // The restore is parked at this step: reads and writes are served by the live database.
      const list = await call<{ total: number }>(backend, 'clients.list', {});
      expect(list.total).toBe(2 + during);
      await createClient(backend, `Written While ${step}`);
      during++;
      expect(restored).toBe(false);
      waiting.get(step)!();
    }
    const result = await restore;
    expect(result.ok).toBe(true);
    expect(reached).toEqual([...restoreSteps]);
    expect(
      (await call<{ items: { name: string }[] }>(backend, 'clients.list', {})).items.map((c) => c.name),
    ).toEqual(['Before The Backup']);

    // What was written during the restore is in the pre-restore backup.
    const { preRestoreBackup } = (result as { value: RestoreOutcome }).value;
    const aside = new Database(join(backend.context.backups.folder, preRestoreBackup.fileName), {
      readonly: true,
    });
    expect(aside.prepare('select name from client order by id').pluck().all()).toEqual([
      'Before The Backup',
      'After The Backup',
      'Written While copied',
      'Written While checked',
      'Written While migrated',
    ]);
    aside.close();
  });

  it('holds the calls that arrive during the swap, then serves them from the restored database', async () => {
    const held: Promise<unknown>[] = [];
    let backend: TestBackend | null = null;
    backend = await fresh({
      onRestoreStep: (step: RestoreStep) => {
        // Inside the swap: these calls must wait for it (awaiting them here would never end).
        if (step === 'closed') {
          held.push(backend!.dispatch('clients.list', {}));
          held.push(backend!.dispatch('clients.create', { name: 'Written After The Restore' }));
        }
      },
    });
    await createClient(backend, 'Before The Backup');
    const backup = await call<Backup>(backend, 'backups.create', {});
    await createClient(backend, 'After The Backup');

    const results = await Promise.all([
      backend.dispatch('clients.list', {}),
      backend.dispatch('backups.restore', { fileName: backup.fileName }),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect(results[0]).toMatchObject({ value: { total: 2 } });
    const [list, created] = (await Promise.all(held)) as { ok: boolean; value?: unknown }[];
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
    expect(created).toMatchObject({ ok: true });
    const names = (await call<{ items: { name: string }[] }>(backend, 'clients.list', {})).items.map(
      (c) => c.name,
    );
    expect(names).toEqual(['Before The Backup', 'Written After The Restore']);
  });

  it('keeps the live file itself as the pre-restore backup: moved into backups/, not copied', async () => {
    const backend = await fresh();
    await fillWorkspace(backend, 'Anna Keller');
    const backup = await call<Backup>(backend, 'backups.create', {});
    await fillWorkspace(backend, 'Bert Brandt');
    const changed = await snapshot(backend);
    const live = statSync(backend.databaseFile);

    const outcome = await call<RestoreOutcome>(backend, 'backups.restore', { fileName: backup.fileName });
    const aside = join(backend.context.backups.folder, outcome.preRestoreBackup.fileName);
    // The same file (inode) that was live, now only in the backups folder; a new file is live.
    expect(statSync(aside).ino).toBe(live.ino);
    expect(statSync(aside).nlink).toBe(1);
    expect(statSync(backend.databaseFile).ino).not.toBe(live.ino);
    expect(outcome.preRestoreBackup.bytes).toBe(statSync(aside).size);
    // Self-contained like every backup: one file, no -wal/-shm beside it.
    expect(readdirSync(backend.context.backups.folder).filter((name) => /-(wal|shm)$/.test(name))).toEqual(
      [],
    );
    const header = readFileSync(aside).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);

    await call(backend, 'backups.restore', { fileName: outcome.preRestoreBackup.fileName });
    expect(await snapshot(backend)).toEqual(changed);
  });

  it('runs two restores one after the other', async () => {
    const backend = await fresh();
    await createClient(backend, 'First');
    const first = await call<Backup>(backend, 'backups.create', {});
    backend.setNow(new Date(NOW.getTime() + HOUR));
    await createClient(backend, 'Second');
    const second = await call<Backup>(backend, 'backups.create', {});

    const results = await Promise.all([
      backend.dispatch('backups.restore', { fileName: second.fileName }),
      backend.dispatch('backups.restore', { fileName: first.fileName }),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect(
      (await call<{ items: { name: string }[] }>(backend, 'clients.list', {})).items.map((c) => c.name),
    ).toEqual(['First']);
  });

  it.skipIf(!existsSync(builtWorker))('restores with the worker as built for the desktop app', async () => {
    const backend = await fresh({ restoreWorker: builtWorker });
    await createClient(backend, 'Before The Backup');
    const backup = await call<Backup>(backend, 'backups.create', {});
    await createClient(backend, 'After The Backup');
    await call(backend, 'backups.restore', { fileName: backup.fileName });
    expect(await countRows(backend, 'client')).toBe(1);
  });
});

describe('a restore deletes no backup it should keep', () => {
  /** The newest backup's file name. */
  const listNewest = (folder: string): string => readdirSync(folder).sort().at(-1)!;

  /** Ten backups an hour apart, the oldest first in the returned list. */
  async function tenBackups(backend: TestBackend): Promise<string[]> {
    const taken: string[] = [];
    for (let i = 0; i < 10; i++) {
      backend.setNow(new Date(NOW.getTime() + i * HOUR));
      taken.push((await call<Backup>(backend, 'backups.create', {})).fileName);
    }
    backend.setNow(new Date(NOW.getTime() + 20 * HOUR));
    return taken;
  }

  it('three refused restores prune nothing and leave their sources', async () => {
    const backend = await fresh();
    await createClient(backend, 'Anna Keller');
    await tenBackups(backend);
    // Three more, older than the rest and refused (damaged, foreign, carrying a trigger): the ones
    // a prune would delete first.
    const folder = backend.context.backups.folder;
    const refused = [1, 2, 3].map((days) =>
      backupFileName(new Date(NOW.getTime() - days * 24 * HOUR), 'manual'),
    );
    writeFileSync(join(folder, refused[0]!), randomBytes(8192, 5));
    const foreign = new Database(join(folder, refused[1]!));
    foreign.exec('create table photo (id integer primary key)');
    foreign.close();
    copyFileSync(join(folder, listNewest(folder)), join(folder, refused[2]!));
    const trigger = new Database(join(folder, refused[2]!));
    trigger.exec(`create trigger t after insert on client begin select 1; end`);
    trigger.close();
    const before = readdirSync(folder).sort();
    const bytes = before.map((name) => readFileSync(join(folder, name)).toString('base64'));

    for (const fileName of refused) {
      const error = await callError(backend, 'backups.restore', { fileName });
      expect(error.code).toBe('conflict');
    }
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(before.map((name) => readFileSync(join(folder, name)).toString('base64'))).toEqual(bytes);
  });

  it('a backup taken while a restore runs does not prune its source', async () => {
    let release = (): void => undefined;
    let parked = false;
    const backend = await fresh({
      onRestoreStep: (step: RestoreStep) => {
        if (step !== 'copied') return;
        parked = true;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    await createClient(backend, 'Anna Keller');
    const taken = await tenBackups(backend);
    const restore = backend.dispatch('backups.restore', { fileName: taken[0]! });
    await vi.waitFor(() => expect(parked).toBe(true), { timeout: 20_000 });
    await call(backend, 'backups.create', {});
    expect(readdirSync(backend.context.backups.folder)).toContain(taken[0]);
    expect(readdirSync(backend.context.backups.folder)).not.toContain(taken[1]);
    release();
    expect((await restore).ok).toBe(true);
    expect(readdirSync(backend.context.backups.folder)).toContain(taken[0]);
  });

  it('a restore from the oldest of ten keeps it, and keeps ten', async () => {
    const backend = await fresh();
    await createClient(backend, 'Anna Keller');
    const taken = await tenBackups(backend);
    const oldest = taken[0]!;

    const outcome = await call<RestoreOutcome>(backend, 'backups.restore', { fileName: oldest });
    const kept = (await call<Backup[]>(backend, 'backups.list', {})).map((backup) => backup.fileName);
    expect(kept).toHaveLength(10);
    expect(kept).toContain(oldest);
    expect(kept[0]).toBe(outcome.preRestoreBackup.fileName);
    // The second-oldest made room.
    expect(kept).not.toContain(taken[1]);
  });
});

describe('schema versions', () => {
  const OLDER = '2026-11-27-008-settings';

  /** A database as an older ReStride left it: migrated up to OLDER, with one client. */
  async function olderDatabase(file: string): Promise<void> {
    const { db } = openDatabase({ file });
    await migrateTo(db, OLDER);
    await sql`insert into client (name, sort_name, search_text, created_at, updated_at)
              values ('Olga Older', 'olga older', 'olga older', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`.execute(
      db,
    );
    await db.destroy();
  }

  it('takes a pre-migration backup before migrating an older database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restride-backup-'));
    folders.push(dataDir);
    await olderDatabase(join(dataDir, 'restride.sqlite'));

    const backend = await openTestBackend(dataDir, NOW);
    openBackends.push(backend);
    const list = await call<Backup[]>(backend, 'backups.list', {});
    // The pre-migration backup is also today's: no start-up backup on top.
    expect(list.map((backup) => backup.reason)).toEqual(['pre-migration']);
    const copy = new Database(join(backend.context.backups.folder, list[0]!.fileName), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(8);
    expect(copy.prepare('select name from client').pluck().all()).toEqual(['Olga Older']);
    expect(
      copy.prepare(`select count(*) from sqlite_master where name = 'client_status'`).pluck().get(),
    ).toBe(0);
    copy.close();
    expect((await sql`pragma user_version`.execute(backend.context.db)).rows).toEqual([
      { user_version: appSchemaVersion },
    ]);
    expect(await countRows(backend, 'client')).toBe(1);
  });

  it('takes no pre-migration backup when creating a new database', async () => {
    const backend = await fresh();
    expect(await call(backend, 'backups.list', {})).toEqual([]);
  });

  it('restores an older backup by migrating it to the current schema; the backup file stays as it was', async () => {
    const backend = await createTestBackend(NOW);
    openBackends.push(backend);
    await createClient(backend, 'Current Client');
    mkdirSync(backend.context.backups.folder, { recursive: true });
    const fileName = 'restride-2026-01-01T00-00-00-000Z-manual.sqlite';
    const file = join(backend.context.backups.folder, fileName);
    await olderDatabase(file);
    const sourceBytes = readFileSync(file);

    await call(backend, 'backups.restore', { fileName });
    expect((await sql`pragma user_version`.execute(backend.context.db)).rows).toEqual([
      { user_version: appSchemaVersion },
    ]);
    const list = await call<{ items: { name: string }[] }>(backend, 'clients.list', {});
    expect(list.items.map((item) => item.name)).toEqual(['Olga Older']);
    expect(readFileSync(file).equals(sourceBytes)).toBe(true);
    expect(existsSync(`${file}-wal`) || existsSync(`${file}-shm`)).toBe(false);
  });
});

/** Deterministic noise (a linear congruential generator): the same damaged file on every run. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
