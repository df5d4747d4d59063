import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { InjuryNoteRow } from '../injuries/injury-note.table';
import type { SessionLogRow } from '../sessions/session-log.table';

/** A client's session logs in the order they were entered. */
export async function listSessionLogsInOrder(
  db: Kysely<Database>,
  clientId: number,
): Promise<SessionLogRow[]> {
  return db.selectFrom('session_log').selectAll().where('client_id', '=', clientId).orderBy('id').execute();
}

/** The notes of a client's injuries in the order they were written. */
export async function listClientNotesInOrder(
  db: Kysely<Database>,
  clientId: number,
): Promise<InjuryNoteRow[]> {
  return db
    .selectFrom('injury_note')
    .selectAll('injury_note')
    .innerJoin('injury', 'injury.id', 'injury_note.injury_id')
    .where('injury.client_id', '=', clientId)
    .orderBy('injury_note.id')
    .execute();
}

/** Names of the client's groups, by name. */
export async function listClientGroupNames(db: Kysely<Database>, clientId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('group_member')
    .innerJoin('client_group', 'client_group.id', 'group_member.group_id')
    .select('client_group.name')
    .where('group_member.client_id', '=', clientId)
    .orderBy('client_group.name')
    .execute();
  return rows.map((row) => row.name);
}

/** Every table holding rows about a client, and how many it holds for this one. */
export interface ClientRowCounts {
  client: number;
  injury: number;
  injury_note: number;
  clearance: number;
  intake: number;
  plan_snapshot: number;
  plan_adjustment: number;
  assessment: number;
  session_log: number;
  group_member: number;
  client_status: number;
}

/** Ids of the client's injuries: their notes hang off them, not off the client. */
export async function listInjuryIds(db: Kysely<Database>, clientId: number): Promise<number[]> {
  const rows = await db.selectFrom('injury').select('id').where('client_id', '=', clientId).execute();
  return rows.map((row) => row.id);
}

type ClientIdTable = Exclude<keyof ClientRowCounts, 'client' | 'injury_note'>;

/**
 * Counts the client's rows in every table that refers to a client, directly or through one of the
 * given injuries (counted by id, so notes left behind by a failed cascade are found too). A new
 * table with a client_id belongs here, so that erasure proves it empty as well.
 */
export async function countClientRows(
  db: Kysely<Database>,
  clientId: number,
  injuryIds: readonly number[],
): Promise<ClientRowCounts> {
  const byClient = async (table: ClientIdTable): Promise<number> => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const clientRow = await db
    .selectFrom('client')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
  let notes = 0;
  if (injuryIds.length > 0) {
    const row = await db
      .selectFrom('injury_note')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('injury_id', 'in', injuryIds)
      .executeTakeFirstOrThrow();
    notes = Number(row.n);
  }
  return {
    client: Number(clientRow.n),
    injury: await byClient('injury'),
    injury_note: notes,
    clearance: await byClient('clearance'),
    intake: await byClient('intake'),
    plan_snapshot: await byClient('plan_snapshot'),
    plan_adjustment: await byClient('plan_adjustment'),
    assessment: await byClient('assessment'),
    session_log: await byClient('session_log'),
    group_member: await byClient('group_member'),
    client_status: await byClient('client_status'),
  };
}

/** Deletes the client row; every table that refers to a client declares ON DELETE CASCADE. */
export async function deleteClientRow(db: Kysely<Database>, clientId: number): Promise<void> {
  await db.deleteFrom('client').where('id', '=', clientId).execute();
}
