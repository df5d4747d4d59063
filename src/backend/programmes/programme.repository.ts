import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NewProgrammeRow, ProgrammeRow, ProgrammeRowUpdate } from './programme.table';

/** The client's current programme: the most recently generated one. */
export async function findCurrentProgramme(
  db: Kysely<Database>,
  clientId: number,
): Promise<ProgrammeRow | undefined> {
  return db
    .selectFrom('programme')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertProgramme(db: Kysely<Database>, row: NewProgrammeRow): Promise<number> {
  const { id } = await db.insertInto('programme').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Replaces a programme row's columns; returns when it was first generated. */
export async function updateProgramme(
  db: Kysely<Database>,
  id: number,
  changes: ProgrammeRowUpdate,
): Promise<Pick<ProgrammeRow, 'created_at'>> {
  return db
    .updateTable('programme')
    .set(changes)
    .where('id', '=', id)
    .returning('created_at')
    .executeTakeFirstOrThrow();
}
