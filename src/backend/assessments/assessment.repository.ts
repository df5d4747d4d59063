import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { AssessmentRow, NewAssessmentRow } from './assessment.table';

/** A client's assessments, newest first: by date, then the one recorded later first. */
export async function listAssessmentsNewestFirst(
  db: Kysely<Database>,
  clientId: number,
): Promise<AssessmentRow[]> {
  return db
    .selectFrom('assessment')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * A client's assessments in date order, those of one day in the order they were recorded: the
 * order the engine reads them (of two on one day, the later one wins) and a record file keeps.
 */
export async function listAssessmentsInDateOrder(
  db: Kysely<Database>,
  clientId: number,
): Promise<AssessmentRow[]> {
  return db
    .selectFrom('assessment')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

export async function findAssessment(db: Kysely<Database>, id: number): Promise<AssessmentRow | undefined> {
  return db.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAssessment(db: Kysely<Database>, row: NewAssessmentRow): Promise<AssessmentRow> {
  return db.insertInto('assessment').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateAssessment(
  db: Kysely<Database>,
  id: number,
  changes: Pick<AssessmentRow, 'date' | 'tested_by' | 'note' | 'results' | 'updated_at'>,
): Promise<AssessmentRow> {
  return db
    .updateTable('assessment')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteAssessment(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('assessment').where('id', '=', id).execute();
}

/** Ids of the clients with at least one assessment: the ones the clinic's thresholds can change. */
export async function listAssessedClientIds(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom('assessment')
    .select('client_id')
    .distinct()
    .orderBy('client_id')
    .execute();
  return rows.map((row) => row.client_id);
}
