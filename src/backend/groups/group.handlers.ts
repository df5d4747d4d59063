import type { Kysely } from 'kysely';
import type { Group } from '../../contract/groups';
import { requireClient } from '../client-guard';
import { localDate } from '../clock';
import { loadGroupCaseload } from '../dashboard/dashboard.service';
import type { Database } from '../db/schema';
import { DomainError, notFound } from '../errors';
import type { HandlerMap } from '../handler';
import { clubJoined, clubLeft, clubRenamed } from './club';
import { toGroup } from './group.mapping';
import {
  addMember,
  deleteGroup,
  findGroup,
  findGroupByName,
  insertGroup,
  isMember,
  listGroups,
  removeMember,
  renameGroup,
} from './group.repository';

async function requireGroup(db: Kysely<Database>, id: number): Promise<Group> {
  const row = await findGroup(db, id);
  if (!row) throw notFound('Group');
  return toGroup(row);
}

async function ensureNameFree(db: Kysely<Database>, name: string, exceptId: number | null): Promise<void> {
  if (await findGroupByName(db, name, exceptId)) {
    throw new DomainError('conflict', `There is already a group named "${name}".`, [
      { path: 'name', code: 'duplicate', message: 'A group with this name already exists' },
    ]);
  }
}

export const groupHandlers = {
  'groups.list': async (context) => (await listGroups(context.db)).map(toGroup),

  'groups.create': async (context, { name, kind }) => {
    const now = context.clock().toISOString();
    return context.db.transaction().execute(async (trx) => {
      await ensureNameFree(trx, name, null);
      const row = await insertGroup(trx, { name, kind, created_at: now, updated_at: now });
      return requireGroup(trx, row.id);
    });
  },

  'groups.rename': async (context, { id, name }) => {
    const now = context.clock().toISOString();
    return context.db.transaction().execute(async (trx) => {
      const before = await requireGroup(trx, id);
      await ensureNameFree(trx, name, id);
      await renameGroup(trx, id, name, now);
      await clubRenamed(trx, id, before.name, name);
      return requireGroup(trx, id);
    });
  },

  'groups.delete': async (context, { id }) => {
    const deleted = await context.db.transaction().execute(async (trx) => {
      const group = await findGroup(trx, id);
      if (group) await clubLeft(trx, id, group.name, null);
      return deleteGroup(trx, id);
    });
    if (!deleted) throw notFound('Group');
    return { id };
  },

  'groups.addMember': async (context, { groupId, clientId }) => {
    const now = context.clock().toISOString();
    return context.db.transaction().execute(async (trx) => {
      const group = await requireGroup(trx, groupId);
      await requireClient(trx, clientId);
      // Adding a member twice leaves one membership: the client form may have joined them already.
      if (await isMember(trx, groupId, clientId)) return group;
      await addMember(trx, groupId, clientId, now);
      await clubJoined(trx, clientId, group);
      return requireGroup(trx, groupId);
    });
  },

  'groups.removeMember': async (context, { groupId, clientId }) =>
    context.db.transaction().execute(async (trx) => {
      const group = await requireGroup(trx, groupId);
      await clubLeft(trx, groupId, group.name, clientId);
      if (!(await removeMember(trx, groupId, clientId))) throw notFound('Membership');
      return requireGroup(trx, groupId);
    }),

  'groups.roster': async (context, { groupId }) => {
    const group = await requireGroup(context.db, groupId);
    const today = localDate(context.clock());
    return { group, members: await loadGroupCaseload(context.db, today, groupId) };
  },
} satisfies Partial<HandlerMap>;
