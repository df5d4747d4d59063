import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListedBackup } from '../../src/contract/backups';
import { call, createTestBackend, type TestBackend } from '../fixtures/backend';
import { createClient } from './workspace-fixtures';

/** Issue 13 item 14: the restore dialog says which backup it is, with its number of clients. */
let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

describe('backups.list', () => {
  it('says how many clients each backup holds, read from the file', async () => {
    await createClient(backend, 'Anna Keller');
    await createClient(backend, 'Ben Ortiz');
    const taken = await call<ListedBackup>(backend, 'backups.create', {});
    await createClient(backend, 'Cleo Lang');
    const listed = await call<ListedBackup[]>(backend, 'backups.list', {});
    expect(listed.find((backup) => backup.fileName === taken.fileName)).toMatchObject({
      clients: 2,
      bytes: taken.bytes,
    });
  });

  it('answers null for a file in the folder that is not a readable database', async () => {
    const name = 'restride-2026-11-01T10-00-00-000Z-manual.sqlite';
    await call(backend, 'backups.create', {});
    writeFileSync(join(backend.context.backups.folder, name), 'not a database');
    const listed = await call<ListedBackup[]>(backend, 'backups.list', {});
    expect(listed.find((backup) => backup.fileName === name)).toMatchObject({ clients: null });
  });
});
