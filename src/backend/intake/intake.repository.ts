import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { IntakeRow, NewIntakeRow } from './intake.table';

export async function findIntake(db: Kysely<Database>, clientId: number): Promise<IntakeRow | undefined> {
  return db.selectFrom('intake').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

/** Inserts or replaces the client's intake, keeping when it was first recorded. */
export async function saveIntake(db: Kysely<Database>, row: NewIntakeRow): Promise<IntakeRow> {
  return db
    .insertInto('intake')
    .values(row)
    .onConflict((oc) =>
      oc.column('client_id').doUpdateSet({
        experience: row.experience,
        pain_free_walk_minutes: row.pain_free_walk_minutes,
        longest_recent_run_minutes: row.longest_recent_run_minutes,
        pre_injury_weekly_run_minutes: row.pre_injury_weekly_run_minutes,
        available_days: row.available_days,
        max_session_minutes: row.max_session_minutes,
        cross_training: row.cross_training,
        preferred_time: row.preferred_time,
        goal_kind: row.goal_kind,
        goal_date: row.goal_date,
        start_date: row.start_date,
        reds_signs: row.reds_signs,
        breastfeeding: row.breastfeeding,
        updated_at: row.updated_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
