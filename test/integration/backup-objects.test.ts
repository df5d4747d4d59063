/**
 * A restored file cannot carry code or a schema of its own (issue 12, item 1): a backup is restored
 * only when every object in its sqlite_master (tables and their columns, indexes, triggers, views,
 * FTS shadow tables) is exactly what the migrations make at its schema version, and its foreign
 * keys hold. Anything else is refused as a `conflict` naming the objects, with the live database
 * and the backups untouched. The same check guards a file restored from any path.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/backend/db/connection';
import { appSchemaVersion, migrateTo } from '../../src/backend/db/migrate';
import { migrations } from '../../src/backend/db/migrations';
import { DomainError } from '../../src/backend/errors';
import type { Backup } from '../../src/contract/backups';
import { call, callError, createTestBackend, openTestBackend, type TestBackend } from '../fixtures/backend';
import { createClient, createPlannableClient } from './workspace-fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');
const migrationNames = Object.keys(migrations);

const openBackends: TestBackend[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const backend of openBackends.splice(0)) await backend.dispose();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The live database's bytes (main file and write-ahead log): a refused restore changes neither. */
function liveBytes(backend: TestBackend): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = `${backend.databaseFile}${suffix}`;
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

async function clientRows(backend: TestBackend): Promise<unknown[]> {
  return (await sql`select * from client order by id`.execute(backend.context.db)).rows;
}

describe('restore refuses a backup whose database objects are not the ones ReStride makes', () => {
  let backend: TestBackend;
  let good: Backup;
  beforeEach(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restride-backup-objects-'));
    backend = await openTestBackend(dataDir, NOW);
    openBackends.push(backend);
    await createPlannableClient(backend, 'Anna Keller');
    good = await call<Backup>(backend, 'backups.create', {});
  });

  /** A copy of the good backup in the backups folder, changed by `change` with a plain connection. */
  const tampered = (name: string, change: string): string => {
    const file = join(backend.context.backups.folder, name);
    copyFileSync(join(backend.context.backups.folder, good.fileName), file);
    const db = new Database(file);
    db.exec(change);
    db.close();
    return name;
  };

  const cases: [string, string, (string | RegExp)[]][] = [
    [
      'a trigger that raises every clearance to full',
      `CREATE TRIGGER clearance_always_full AFTER INSERT ON clearance
         BEGIN UPDATE clearance SET level = 'full' WHERE id = new.id; END`,
      ['unexpected: trigger "clearance_always_full" on clearance'],
    ],
    [
      'a trigger that copies erased clients into a shadow table',
      `CREATE TABLE erased_shadow (name TEXT, email TEXT, notes TEXT);
       CREATE TRIGGER keep_erased AFTER DELETE ON client
         BEGIN INSERT INTO erased_shadow VALUES (old.name, old.email, old.notes); END`,
      ['table "erased_shadow"', 'trigger "keep_erased" on client'],
    ],
    [
      'a trigger that makes erasure impossible',
      `CREATE TRIGGER no_erasure BEFORE DELETE ON client BEGIN SELECT RAISE(ABORT, 'kept'); END`,
      ['unexpected: trigger "no_erasure" on client'],
    ],
    [
      'an extra index',
      'CREATE INDEX client_email_extra ON client (email)',
      ['unexpected: index "client_email_extra" on client'],
    ],
    [
      'an extra view',
      'CREATE VIEW every_note AS SELECT name, notes FROM client',
      ['unexpected: view "every_note"'],
    ],
    ['a changed column', 'ALTER TABLE client ADD COLUMN exfiltrate TEXT', ['changed: table "client"']],
    ['a dropped index', 'DROP INDEX client_list_idx', ['missing: index "client_list_idx" on client']],
    [
      'rows that refer to a client that is not there',
      'PRAGMA foreign_keys = OFF; DELETE FROM client',
      [/rows that refer to rows that do not exist \(.*in injury → client/],
    ],
  ];

  it.each(cases)(
    '%s: conflict naming the objects; live database and backups untouched',
    async (_, change, named) => {
      const fileName = tampered(
        `tampered-${readdirSync(backend.context.backups.folder).length}.sqlite`,
        change,
      );
      const rows = await clientRows(backend);
      const bytes = liveBytes(backend);
      const backupsBefore = readdirSync(backend.context.backups.folder).sort();
      const sourceBytes = readFileSync(join(backend.context.backups.folder, fileName));

      const error = await callError(backend, 'backups.restore', { fileName });
      expect(error.code).toBe('conflict');
      expect(error.message).toContain(fileName);
      for (const name of named) {
        if (typeof name === 'string') expect(error.message).toContain(name);
        else expect(error.message).toMatch(name);
      }

      expect(liveBytes(backend)).toBe(bytes);
      expect(await clientRows(backend)).toEqual(rows);
      expect(readdirSync(backend.context.backups.folder).sort()).toEqual(backupsBefore);
      expect(readFileSync(join(backend.context.backups.folder, fileName)).equals(sourceBytes)).toBe(true);
      expect(readdirSync(backend.dataDir).filter((name) => name.includes('.restoring'))).toEqual([]);
    },
  );

  it('names every unexpected object at once', async () => {
    const fileName = tampered(
      'many.sqlite',
      `CREATE VIEW v1 AS SELECT 1;
       CREATE TRIGGER t1 AFTER UPDATE ON injury BEGIN SELECT 1; END;
       CREATE TABLE stash (x)`,
    );
    const error = await callError(backend, 'backups.restore', { fileName });
    expect(error.code).toBe('conflict');
    for (const name of ['view "v1"', 'trigger "t1" on injury', 'table "stash"']) {
      expect(error.message).toContain(name);
    }
  });

  it('refuses the same file given as a path (the CLI restore), database unchanged', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'restride-backup-objects-outside-'));
    folders.push(outside);
    const file = join(outside, 'from a colleague.sqlite');
    copyFileSync(join(backend.context.backups.folder, good.fileName), file);
    const db = new Database(file);
    db.exec(`CREATE TRIGGER clearance_always_full AFTER INSERT ON clearance
               BEGIN UPDATE clearance SET level = 'full' WHERE id = new.id; END`);
    db.close();
    const bytes = liveBytes(backend);

    const refusal = await backend.context.backups.restoreFile(file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('trigger "clearance_always_full" on clearance'),
    });
    expect(liveBytes(backend)).toBe(bytes);
  });

  it('restores the untouched backup (the reference matches what the app writes, FTS tables included)', async () => {
    await createClient(backend, 'Added Later');
    await call(backend, 'backups.restore', { fileName: good.fileName });
    const list = await call<{ items: { name: string }[] }>(backend, 'clients.list', {});
    expect(list.items.map((item) => item.name)).toEqual(['Anna Keller']);
  });
});

describe('a clean backup of an older version still restores and is migrated', () => {
  // The first migration, one before the derived programme, and one before the trigram search.
  const versions = [1, 8, 11, 12].filter((version) => version < appSchemaVersion);

  it.each(versions)('schema %i', async (version) => {
    const backend = await createTestBackend(NOW);
    openBackends.push(backend);
    await createClient(backend, 'Current Client');
    mkdirSync(backend.context.backups.folder, { recursive: true });
    const fileName = `restride-2026-01-0${(version % 9) + 1}T00-00-00-000Z-manual.sqlite`;
    const file = join(backend.context.backups.folder, fileName);
    const { db } = openDatabase({ file });
    await migrateTo(db, migrationNames[version - 1]!);
    await db.destroy();

    const outcome = await backend.context.backups.restore(fileName);
    expect(outcome.schemaVersion).toEqual({ from: version, to: appSchemaVersion });
    expect((await sql`pragma user_version`.execute(backend.context.db)).rows).toEqual([
      { user_version: appSchemaVersion },
    ]);
    await createClient(backend, 'Written After');
  });

  it('an older backup with an extra trigger is refused against its own version', async () => {
    const backend = await createTestBackend(NOW);
    openBackends.push(backend);
    mkdirSync(backend.context.backups.folder, { recursive: true });
    const fileName = 'restride-2026-01-01T00-00-00-000Z-manual.sqlite';
    const file = join(backend.context.backups.folder, fileName);
    const { db, sqlite } = openDatabase({ file });
    await migrateTo(db, migrationNames[7]!);
    sqlite.exec(`CREATE TRIGGER sneaky AFTER INSERT ON client BEGIN SELECT 1; END`);
    await db.destroy();

    const error = await callError(backend, 'backups.restore', { fileName });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('at schema 8');
    expect(error.message).toContain('unexpected: trigger "sneaky" on client');
  });
});
