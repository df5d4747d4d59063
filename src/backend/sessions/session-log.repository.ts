import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NewSessionLogRow, SessionLogRow } from './session-log.table';

/** A client's logs in the order they happened (date, then when they were entered). */
export async function listSessionLogs(db: Kysely<Database>, clientId: number): Promise<SessionLogRow[]> {
  return db
    .selectFrom('session_log')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

/** The log of a kind on a day (its first slot): a day has one session of each kind. */
export async function findSessionLog(
  db: Kysely<Database>,
  clientId: number,
  date: string,
  kind: string,
): Promise<SessionLogRow | undefined> {
  return db
    .selectFrom('session_log')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('date', '=', date)
    .where('kind', '=', kind)
    .orderBy('slot')
    .executeTakeFirst();
}

export async function insertSessionLog(db: Kysely<Database>, row: NewSessionLogRow): Promise<SessionLogRow> {
  return db.insertInto('session_log').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteSessionLog(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('session_log').where('id', '=', id).execute();
}

export async function setSessionLight(db: Kysely<Database>, id: number, light: string | null): Promise<void> {
  await db.updateTable('session_log').set({ light }).where('id', '=', id).execute();
}
