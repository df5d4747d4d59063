import type { Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // What a log records beyond the engine's SessionLog (issue 13): the outcome in words (done,
  // partly, not_done; null in logs written before, read from `completed`), the sets done of a
  // strength session and the minutes done of a mobility or cross-training session.
  await db.schema.alterTable('session_log').addColumn('outcome', 'text').execute();
  await db.schema.alterTable('session_log').addColumn('sets_done', 'integer').execute();
  await db.schema.alterTable('session_log').addColumn('minutes_done', 'real').execute();
  // A caseload fact kept by every write that recomputes a client's status: the day after the
  // earliest recent log whose next-morning pain is still unknown (null: none). Existing rows start
  // without it and are set by the next write.
  await db.schema.alterTable('client_status').addColumn('morning_pain_due_date', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('client_status').dropColumn('morning_pain_due_date').execute();
  await db.schema.alterTable('session_log').dropColumn('minutes_done').execute();
  await db.schema.alterTable('session_log').dropColumn('sets_done').execute();
  await db.schema.alterTable('session_log').dropColumn('outcome').execute();
}
