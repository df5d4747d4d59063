import type { Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per client, replaced on save.
  await db.schema
    .createTable('intake')
    .addColumn('client_id', 'integer', (col) => col.primaryKey().references('client.id').onDelete('cascade'))
    .addColumn('experience', 'text', (col) => col.notNull())
    .addColumn('pain_free_walk_minutes', 'integer', (col) => col.notNull())
    .addColumn('longest_recent_run_minutes', 'integer', (col) => col.notNull())
    .addColumn('pre_injury_weekly_run_minutes', 'integer', (col) => col.notNull())
    // JSON arrays of weekday codes and cross-training modalities.
    .addColumn('available_days', 'text', (col) => col.notNull())
    .addColumn('max_session_minutes', 'integer', (col) => col.notNull())
    .addColumn('cross_training', 'text', (col) => col.notNull())
    // 'HH:MM', local time; null when the client has no preference.
    .addColumn('preferred_time', 'text')
    .addColumn('goal_kind', 'text', (col) => col.notNull())
    .addColumn('goal_date', 'text')
    .addColumn('start_date', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('intake').execute();
}
