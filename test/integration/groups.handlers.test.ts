import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardRow } from '../../src/contract/dashboard';
import type { Group } from '../../src/contract/groups';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { clearanceInput, createClient } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

const create = (name: string, kind?: string): Promise<Group> =>
  call<Group>(backend, 'groups.create', { name, kind });

describe('groups', () => {
  it('creates, lists by name with member counts, renames and deletes', async () => {
    const squad = await create('Tuesday Trail Squad', 'squad');
    const club = await create('Riverside Harriers');
    expect(club).toEqual({
      id: club.id,
      name: 'Riverside Harriers',
      kind: 'club',
      memberCount: 0,
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    const anna = await createClient(backend);
    await call(backend, 'groups.addMember', { groupId: club.id, clientId: anna.id });
    expect((await call<Group[]>(backend, 'groups.list', {})).map((g) => [g.name, g.memberCount])).toEqual([
      ['Riverside Harriers', 1],
      ['Tuesday Trail Squad', 0],
    ]);
    expect(
      await call(backend, 'groups.rename', { id: squad.id, name: 'Thursday Trail Squad' }),
    ).toMatchObject({
      name: 'Thursday Trail Squad',
      kind: 'squad',
    });
    expect(await call(backend, 'groups.delete', { id: club.id })).toEqual({ id: club.id });
    expect(await countRows(backend, 'group_member')).toBe(0);
    expect(await countRows(backend, 'client')).toBe(1);
  });

  it('keeps names unique regardless of case, and validates names and kinds', async () => {
    const club = await create('Harriers');
    const other = await create('Squad');
    expect(await callError(backend, 'groups.create', { name: ' HARRIERS ' })).toMatchObject({
      code: 'conflict',
      issues: { name: 'duplicate' },
    });
    expect((await callError(backend, 'groups.rename', { id: other.id, name: 'harriers' })).code).toBe(
      'conflict',
    );
    expect(await call(backend, 'groups.rename', { id: club.id, name: 'HARRIERS' })).toMatchObject({
      name: 'HARRIERS',
    });
    expect((await callError(backend, 'groups.create', { name: '', kind: 'gang' })).issues).toEqual({
      name: 'required',
      kind: 'invalid_value',
    });
    expect(await countRows(backend, 'client_group')).toBe(2);
  });

  it('adds and removes members; twice leaves one membership; unknown ids are not_found', async () => {
    const club = await create('Harriers');
    const anna = await createClient(backend);
    expect(await call(backend, 'groups.addMember', { groupId: club.id, clientId: anna.id })).toMatchObject({
      memberCount: 1,
    });
    expect(await call(backend, 'groups.addMember', { groupId: club.id, clientId: anna.id })).toMatchObject({
      memberCount: 1,
    });
    expect((await callError(backend, 'groups.addMember', { groupId: 99, clientId: anna.id })).code).toBe(
      'not_found',
    );
    expect((await callError(backend, 'groups.addMember', { groupId: club.id, clientId: 99 })).code).toBe(
      'not_found',
    );
    expect(await call(backend, 'groups.removeMember', { groupId: club.id, clientId: anna.id })).toMatchObject(
      { memberCount: 0 },
    );
    expect(
      (await callError(backend, 'groups.removeMember', { groupId: club.id, clientId: anna.id })).code,
    ).toBe('not_found');
    expect((await callError(backend, 'groups.rename', { id: 99, name: 'X' })).code).toBe('not_found');
    expect((await callError(backend, 'groups.delete', { id: 99 })).code).toBe('not_found');
    expect((await callError(backend, 'groups.roster', { groupId: 99 })).code).toBe('not_found');
  });

  it('shows a roster of the members with their dashboard lines, archived members included', async () => {
    const club = await create('Harriers');
    const anna = await createClient(backend, 'Anna Keller');
    const ben = await createClient(backend, 'Ben Okafor');
    await createClient(backend, 'Not A Member');
    await call(backend, 'clearances.set', clearanceInput(anna.id, { reviewDate: '2026-11-30' }));
    for (const client of [anna, ben])
      await call(backend, 'groups.addMember', { groupId: club.id, clientId: client.id });
    await call(backend, 'clients.archive', { id: ben.id });

    const roster = await call<{ group: Group; members: DashboardRow[] }>(backend, 'groups.roster', {
      groupId: club.id,
    });
    expect(roster.group).toMatchObject({ name: 'Harriers', memberCount: 2 });
    expect(roster.members.map((m) => [m.name, m.archived, m.clearanceLevel, m.flags, m.groups])).toEqual([
      ['Anna Keller', false, 'walk_run', ['review_due'], ['Harriers']],
      ['Ben Okafor', true, null, ['awaiting_clearance'], ['Harriers']],
    ]);
    // The same line as on the dashboard (one query behind both).
    const dashboard = await call<Dashboard>(backend, 'dashboard.get', { query: 'anna' });
    expect(roster.members[0]).toEqual(dashboard.rows[0]);
  });
});

describe('group names beyond ASCII (found by the dispatch fuzz suite)', () => {
  it('a name the unique index counts as taken is a conflict, not an internal error', async () => {
    const first = await call<{ id: number }>(backend, 'groups.create', { name: 'İıẞß', kind: 'club' });
    const other = await call<{ id: number }>(backend, 'groups.create', { name: 'Other', kind: 'club' });
    expect((await callError(backend, 'groups.rename', { id: other.id, name: 'İıẞß' })).code).toBe('conflict');
    expect((await callError(backend, 'groups.create', { name: 'İıẞß', kind: 'squad' })).code).toBe(
      'conflict',
    );
    expect(first.id).toBeGreaterThan(0);
  });
});
