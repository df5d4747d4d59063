import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { appSchemaVersion } from '../../src/backend/db/migrate';
import { openBackend } from '../../src/backend/open-backend';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'restride-db-'));
  dirs.push(dir);
  return dir;
}

it('creates and migrates the database on first start, with WAL and foreign keys', async () => {
  const dataDir = tempDir();
  const backend = await openBackend({ dataDir });
  await backend.close();
  const db = new Database(backend.databaseFile, { readonly: true });
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('user_version', { simple: true })).toBe(appSchemaVersion);
  const columns = (db.prepare('pragma table_info(client)').all() as { name: string }[]).map((c) => c.name);
  expect(columns).toEqual([
    'id',
    'name',
    'sort_name',
    'birth_date',
    'sex',
    'email',
    'phone',
    'notes',
    'group_name',
    'archived',
    'search_text',
    'created_at',
    'updated_at',
  ]);
  db.close();
});

it('opens an existing database again without losing data', async () => {
  const dataDir = tempDir();
  const first = await openBackend({ dataDir });
  await first.dispatch('clients.create', { name: 'Kept Across Starts' });
  await first.close();
  const second = await openBackend({ dataDir });
  const list = await second.dispatch('clients.list', {});
  await second.close();
  expect(list).toMatchObject({ ok: true, value: { total: 1, items: [{ name: 'Kept Across Starts' }] } });
});

it('refuses a database written by a newer ReStride, naming both versions, and leaves it untouched', async () => {
  const dataDir = tempDir();
  const backend = await openBackend({ dataDir });
  await backend.close();
  const db = new Database(backend.databaseFile);
  db.pragma(`user_version = ${appSchemaVersion + 5}`);
  db.close();

  await expect(openBackend({ dataDir })).rejects.toThrow(
    `schema version ${appSchemaVersion + 5}); this app understands schema version ${appSchemaVersion}`,
  );
  const after = new Database(backend.databaseFile, { readonly: true });
  expect(after.pragma('user_version', { simple: true })).toBe(appSchemaVersion + 5);
  after.close();
});
