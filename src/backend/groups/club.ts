import { sql, type Kysely } from 'kysely';
import { searchTextOf } from '../clients/client.mapping';
import type { Database } from '../db/schema';
import { addMember, findGroupByName, insertGroup, isMember, removeMember } from './group.repository';

/**
 * A client's club is a group they are a member of; `client.group_name` carries its name (as the
 * group spells it) for lists and the search text. These helpers keep the two in step: the client
 * form names a club (an existing group regardless of case, or a new club), and renaming, deleting
 * or leaving a group updates the clients that name it.
 */

/**
 * Makes the named group the client's club: an existing group of that name (regardless of case) or
 * a new club, joined if not yet a member; the previous club (by name) is left. Returns the club's
 * name as the group spells it, or null for no club.
 */
export async function joinClub(
  db: Kysely<Database>,
  clientId: number,
  name: string | null,
  previous: string | null,
  now: string,
): Promise<string | null> {
  const club =
    name === null
      ? undefined
      : ((await findGroupByName(db, name, null)) ??
        (await insertGroup(db, { name, kind: 'club', created_at: now, updated_at: now })));
  if (previous !== null) {
    const left = await findGroupByName(db, previous, null);
    if (left && left.id !== club?.id) await removeMember(db, left.id, clientId);
  }
  if (!club) return null;
  if (!(await isMember(db, club.id, clientId))) await addMember(db, club.id, clientId, now);
  return club.name;
}

/** Sets the clients' club name (and so their search text), leaving every other column. */
async function setClubName(
  db: Kysely<Database>,
  clientIds: readonly number[],
  club: string | null,
): Promise<void> {
  if (clientIds.length === 0) return;
  const rows = await db
    .selectFrom('client')
    .select(['id', 'name', 'email', 'phone'])
    .where('id', 'in', clientIds)
    .execute();
  for (const row of rows) {
    await db
      .updateTable('client')
      .set({ group_name: club, search_text: searchTextOf(row.name, row.email, row.phone, club) })
      .where('id', '=', row.id)
      .execute();
  }
}

/** The members of a group whose club field names it (regardless of case). */
async function membersNamingGroup(db: Kysely<Database>, groupId: number, name: string): Promise<number[]> {
  const rows = await db
    .selectFrom('client')
    .select('id')
    .where('id', 'in', (eb) =>
      eb.selectFrom('group_member').select('client_id').where('group_id', '=', groupId),
    )
    .where(sql<boolean>`lower(group_name) = lower(${name})`)
    .execute();
  return rows.map((row) => row.id);
}

/** A group was renamed: its members whose club it is now name it so. */
export async function clubRenamed(
  db: Kysely<Database>,
  groupId: number,
  from: string,
  to: string,
): Promise<void> {
  await setClubName(db, await membersNamingGroup(db, groupId, from), to);
}

/** A group is about to go (deleted, or the client leaves it): its members that named it have no club. */
export async function clubLeft(
  db: Kysely<Database>,
  groupId: number,
  name: string,
  clientId: number | null,
): Promise<void> {
  const members = await membersNamingGroup(db, groupId, name);
  await setClubName(db, clientId === null ? members : members.filter((id) => id === clientId), null);
}

/** A client joined a group from its roster: a club becomes their club if they have none. */
export async function clubJoined(
  db: Kysely<Database>,
  clientId: number,
  group: { name: string; kind: string },
): Promise<void> {
  if (group.kind !== 'club') return;
  const row = await db
    .selectFrom('client')
    .select('group_name')
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (row && row.group_name === null) await setClubName(db, [clientId], group.name);
}
