import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ClearanceRow, NewClearanceRow } from './clearance.table';

/** A client's clearance history, most recently recorded first. */
export async function listClearances(db: Kysely<Database>, clientId: number): Promise<ClearanceRow[]> {
  return db
    .selectFrom('clearance')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('id', 'desc')
    .execute();
}

/** The current clearance: the one recorded last (a correction is recorded as a new entry). */
export async function findCurrentClearance(
  db: Kysely<Database>,
  clientId: number,
): Promise<ClearanceRow | undefined> {
  return db
    .selectFrom('clearance')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertClearance(db: Kysely<Database>, row: NewClearanceRow): Promise<ClearanceRow> {
  return db.insertInto('clearance').values(row).returningAll().executeTakeFirstOrThrow();
}
