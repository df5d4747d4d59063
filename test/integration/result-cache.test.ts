/**
 * The connection keeps select results while the database is unchanged (db/result-cache.ts): a read
 * must never answer with what a write, by any path, has changed since.
 */
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/backend/db/connection';
import { migrateToLatest } from '../../src/backend/db/migrate';

let dir: string;
let file: string;
let opened: ReturnType<typeof openDatabase>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'restride-result-cache-'));
  file = join(dir, 'restride.sqlite');
  opened = openDatabase({ file });
  await migrateToLatest(opened.db);
});
afterEach(async () => {
  await opened.db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const now = '2026-12-06T10:00:00.000Z';
const clientRow = (name: string) => ({
  name,
  sort_name: name.toLowerCase(),
  sex: 'unspecified',
  archived: 0,
  search_text: name.toLowerCase(),
  created_at: now,
  updated_at: now,
});
const addClient = (name: string) =>
  opened.db.insertInto('client').values(clientRow(name)).returning('id').executeTakeFirstOrThrow();
const names = async () =>
  (await opened.db.selectFrom('client').select('name').orderBy('id').execute()).map((row) => row.name);

describe('kept select results', () => {
  it('answers a repeated read from memory, and a write through kysely is seen at once', async () => {
    await addClient('Ada');
    expect(await names()).toEqual(['Ada']);
    expect(await names()).toEqual(['Ada']);
    await addClient('Ben');
    expect(await names()).toEqual(['Ada', 'Ben']);
    await opened.db.updateTable('client').set({ name: 'Ada L.' }).where('name', '=', 'Ada').execute();
    expect(await names()).toEqual(['Ada L.', 'Ben']);
    await opened.db.deleteFrom('client').where('name', '=', 'Ben').execute();
    expect(await names()).toEqual(['Ada L.']);
  });

  it('sees a write made on the same connection without kysely', async () => {
    await addClient('Ada');
    expect(await names()).toEqual(['Ada']);
    opened.sqlite.prepare("update client set name = 'Ada (direct)'").run();
    expect(await names()).toEqual(['Ada (direct)']);
  });

  it('sees a commit by another connection', async () => {
    await addClient('Ada');
    expect(await names()).toEqual(['Ada']);
    const other = new SQLite(file);
    other.prepare("update client set name = 'Ada (other process)'").run();
    other.close();
    expect(await names()).toEqual(['Ada (other process)']);
  });

  it('does not keep what a transaction read: after a rollback the row is gone', async () => {
    await addClient('Ada');
    expect(await names()).toEqual(['Ada']);
    await expect(
      opened.db.transaction().execute(async (trx) => {
        await trx.insertInto('client').values(clientRow('Rolled back')).execute();
        const inside = await trx.selectFrom('client').select('name').orderBy('id').execute();
        expect(inside.map((row) => row.name)).toEqual(['Ada', 'Rolled back']);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await names()).toEqual(['Ada']);
  });

  it('gives each caller rows of its own: changing one does not change the next read', async () => {
    await addClient('Ada');
    const first = await opened.db.selectFrom('client').selectAll().execute();
    first[0]!.name = 'changed by a caller';
    const second = await opened.db.selectFrom('client').selectAll().execute();
    expect(second[0]!.name).toBe('Ada');
  });

  it('tells parameters apart (5 and "5", text with NUL), and re-reads after a schema change', async () => {
    await addClient('5');
    const byName = (name: unknown) =>
      sql<{ id: number }>`select id from client where name = ${name}`.execute(opened.db);
    expect((await byName('5')).rows).toHaveLength(1);
    expect((await byName(5)).rows).toHaveLength(0);
    expect((await byName('5\u0000')).rows).toHaveLength(0);
    await sql`alter table client add column extra text`.execute(opened.db);
    const row = await opened.db.selectFrom('client').selectAll().executeTakeFirstOrThrow();
    expect(Object.keys(row)).toContain('extra');
  });
});
