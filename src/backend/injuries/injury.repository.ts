import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { InjuryNoteRow, InjuryNoteRowUpdate, NewInjuryNoteRow } from './injury-note.table';
import type { InjuryRow, InjuryRowUpdate, NewInjuryRow } from './injury.table';

/** A client's injuries, newest first. */
export async function listInjuries(db: Kysely<Database>, clientId: number): Promise<InjuryRow[]> {
  return db
    .selectFrom('injury')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('id', 'desc')
    .execute();
}

export async function findInjury(db: Kysely<Database>, id: number): Promise<InjuryRow | undefined> {
  return db.selectFrom('injury').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The injury a programme is for: the client's most recently recorded active injury. */
export async function findActiveInjury(
  db: Kysely<Database>,
  clientId: number,
): Promise<InjuryRow | undefined> {
  return db
    .selectFrom('injury')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('status', '=', 'active')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertInjury(db: Kysely<Database>, row: NewInjuryRow): Promise<InjuryRow> {
  return db.insertInto('injury').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateInjury(
  db: Kysely<Database>,
  id: number,
  changes: InjuryRowUpdate,
): Promise<InjuryRow | undefined> {
  return db.updateTable('injury').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}

/** Notes of the given injuries, newest first (by date, then by when they were written). */
export async function listNotes(db: Kysely<Database>, injuryIds: number[]): Promise<InjuryNoteRow[]> {
  if (injuryIds.length === 0) return [];
  return db
    .selectFrom('injury_note')
    .selectAll()
    .where('injury_id', 'in', injuryIds)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertNote(db: Kysely<Database>, row: NewInjuryNoteRow): Promise<InjuryNoteRow> {
  return db.insertInto('injury_note').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findNote(db: Kysely<Database>, id: number): Promise<InjuryNoteRow | undefined> {
  return db.selectFrom('injury_note').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Corrects a note in place; its earlier values are kept in the audit trail. */
export async function updateNote(
  db: Kysely<Database>,
  id: number,
  changes: InjuryNoteRowUpdate,
): Promise<InjuryNoteRow | undefined> {
  return db.updateTable('injury_note').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}
