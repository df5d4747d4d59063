/**
 * Migration 016 (issue 13, item 4) moves the free-text club of each client into the groups: the
 * client joins the group of that name (regardless of case and spaces) or a new club, and is spelled
 * as the group spells it; the search text follows. Injuries gain an index by type.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/backend/db/connection';
import { migrateTo } from '../../src/backend/db/migrate';
import type { ClientList } from '../../src/contract/clients';
import type { Group } from '../../src/contract/groups';
import { call, openTestBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await backend?.dispose();
  backend = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migration 016: one club', () => {
  it('moves free-text clubs into the groups and their rosters', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restride-m016-'));
    dirs.push(dataDir);
    const now = '2026-11-27T10:00:00.000Z';
    const { db } = openDatabase({ file: join(dataDir, 'restride.sqlite') });
    try {
      await migrateTo(db, '2026-12-06-015-assessments');
      const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await raw
        .insertInto('client_group')
        .values({ name: 'Riverside Harriers', kind: 'club', created_at: now, updated_at: now })
        .execute();
      const client = (name: string, group: string | null, email: string | null = null) => ({
        name,
        sort_name: name.toLowerCase(),
        email,
        group_name: group,
        search_text: [name, email, group]
          .filter((part) => part !== null)
          .join('\n')
          .toLowerCase(),
        created_at: now,
        updated_at: now,
      });
      await raw
        .insertInto('client')
        .values([
          client('Anna', ' riverside  harriers ', 'anna@example.com'),
          client('Ben', 'Riverside'),
          client('Cara', 'riverside'),
          client('Dan', null),
          client('Eve', '   '),
        ])
        .execute();
      // Anna is already on the Harriers' roster by hand; that stays one membership.
      await raw.insertInto('group_member').values({ group_id: 1, client_id: 1, created_at: now }).execute();
    } finally {
      await db.destroy();
    }

    backend = await openTestBackend(dataDir, new Date(now), { dailyBackup: false });
    const migrated = backend.context.db;
    const clients = await migrated
      .selectFrom('client')
      .select(['name', 'group_name', 'search_text'])
      .orderBy('id')
      .execute();
    expect(clients).toEqual([
      {
        name: 'Anna',
        group_name: 'Riverside Harriers',
        search_text: 'anna\nanna@example.com\nriverside harriers',
      },
      { name: 'Ben', group_name: 'Riverside', search_text: 'ben\nriverside' },
      { name: 'Cara', group_name: 'Riverside', search_text: 'cara\nriverside' },
      { name: 'Dan', group_name: null, search_text: 'dan' },
      { name: 'Eve', group_name: null, search_text: 'eve' },
    ]);
    const groups = await call<Group[]>(backend, 'groups.list', {});
    expect(groups.map((group) => [group.name, group.kind, group.memberCount])).toEqual([
      ['Riverside', 'club', 2],
      ['Riverside Harriers', 'club', 1],
    ]);
    // The trigram index follows the new search text.
    const found = await call<ClientList>(backend, 'clients.list', { query: 'riverside harriers' });
    expect(found.items.map((item) => item.name)).toEqual(['Anna']);
    const indexes = await migrated
      .selectFrom('sqlite_master' as never)
      .select('name' as never)
      .where('name' as never, '=', 'injury_type_client_idx' as never)
      .execute();
    expect(indexes).toHaveLength(1);
  });
});
