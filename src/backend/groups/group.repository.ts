import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ClientGroupRow, NewClientGroupRow } from './group.table';

export type GroupWithCount = ClientGroupRow & { member_count: number };

function withCounts(db: Kysely<Database>) {
  return db
    .selectFrom('client_group')
    .selectAll('client_group')
    .select((eb) =>
      eb
        .selectFrom('group_member')
        .whereRef('group_member.group_id', '=', 'client_group.id')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('member_count'),
    );
}

/** Every group by name, with its number of members. */
export async function listGroups(db: Kysely<Database>): Promise<GroupWithCount[]> {
  const rows = await withCounts(db)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, member_count: Number(row.member_count ?? 0) }));
}

export async function findGroup(db: Kysely<Database>, id: number): Promise<GroupWithCount | undefined> {
  const row = await withCounts(db).where('client_group.id', '=', id).executeTakeFirst();
  return row ? { ...row, member_count: Number(row.member_count ?? 0) } : undefined;
}

/**
 * A group with this name regardless of case, other than `exceptId`. Folded by SQLite's own lower()
 * on both sides, exactly as the unique index folds it (ASCII only): a JavaScript fold ("İ" → "i̇")
 * would miss names the index counts as equal, and the insert would then fail on the index.
 */
export async function findGroupByName(
  db: Kysely<Database>,
  name: string,
  exceptId: number | null,
): Promise<ClientGroupRow | undefined> {
  let query = db
    .selectFrom('client_group')
    .selectAll()
    .where(sql<boolean>`lower(name) = lower(${name})`);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertGroup(db: Kysely<Database>, row: NewClientGroupRow): Promise<ClientGroupRow> {
  return db.insertInto('client_group').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function renameGroup(
  db: Kysely<Database>,
  id: number,
  name: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('client_group')
    .set({ name, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteGroup(db: Kysely<Database>, id: number): Promise<boolean> {
  // Memberships go with the group (ON DELETE CASCADE).
  const result = await db.deleteFrom('client_group').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function isMember(db: Kysely<Database>, groupId: number, clientId: number): Promise<boolean> {
  const row = await db
    .selectFrom('group_member')
    .select('client_id')
    .where('group_id', '=', groupId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addMember(
  db: Kysely<Database>,
  groupId: number,
  clientId: number,
  now: string,
): Promise<void> {
  await db
    .insertInto('group_member')
    .values({ group_id: groupId, client_id: clientId, created_at: now })
    .execute();
}

export async function removeMember(
  db: Kysely<Database>,
  groupId: number,
  clientId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('group_member')
    .where('group_id', '=', groupId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
