import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NewPlanAdjustmentRow, PlanAdjustmentRow } from './plan-adjustment.table';

/** A client's adjustments in the order they were made. */
export async function listAdjustments(db: Kysely<Database>, clientId: number): Promise<PlanAdjustmentRow[]> {
  return db
    .selectFrom('plan_adjustment')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('id')
    .execute();
}

export async function findAdjustment(
  db: Kysely<Database>,
  id: number,
): Promise<PlanAdjustmentRow | undefined> {
  return db.selectFrom('plan_adjustment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAdjustment(
  db: Kysely<Database>,
  row: NewPlanAdjustmentRow,
): Promise<PlanAdjustmentRow> {
  return db.insertInto('plan_adjustment').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteAdjustment(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('plan_adjustment').where('id', '=', id).execute();
}
