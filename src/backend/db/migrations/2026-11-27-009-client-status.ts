import type { Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // One small row per client: the facts the caseload dashboard and group rosters show, kept in the
  // same transaction by every write that changes them (injury create/update, clearance set,
  // programme generate, session log). Lists read it with one primary-key lookup per client instead
  // of finding the latest injury, clearance and programme among their histories on every load.
  // Flags that depend on today are computed from these dates when read. A client without a row
  // has none of these facts yet (the lists join it with a left join).
  await db.schema
    .createTable('client_status')
    .addColumn('client_id', 'integer', (col) => col.primaryKey().references('client.id').onDelete('cascade'))
    // The most recently recorded active injury.
    .addColumn('injury_type', 'text')
    .addColumn('injury_side', 'text')
    // The current (most recently recorded) clearance.
    .addColumn('clearance_level', 'text')
    .addColumn('review_date', 'text')
    // The current programme and the logs it was computed from.
    .addColumn('programme_status', 'text')
    .addColumn('programme_start_date', 'text')
    .addColumn('current_stage', 'integer')
    .addColumn('last_log_date', 'text')
    .addColumn('last_light', 'text')
    .addColumn('last_red_date', 'text')
    .addColumn('ready_to_advance', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client_status').execute();
}
