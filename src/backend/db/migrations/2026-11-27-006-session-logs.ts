import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('session_log')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    // The programme session's stable id (`w1-tue-walk_run`); no foreign key, as programmes are regenerated.
    .addColumn('session_id', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('completed', 'integer', (col) => col.notNull())
    .addColumn('actual_run_minutes', 'real')
    .addColumn('rpe', 'integer')
    .addColumn('pain_during', 'integer')
    .addColumn('pain_after', 'integer')
    .addColumn('pain_next_morning', 'integer')
    .addColumn('pain_built_during_run', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('warmup_pain_cleared', 'integer')
    .addColumn('swelling', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('limp', 'integer', (col) => col.notNull().defaultTo(0))
    // JSON array of red flag codes.
    .addColumn('red_flags', 'text', (col) => col.notNull().defaultTo(sql`'[]'`))
    .addColumn('settled_within_72h', 'integer')
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    // The engine's pain light for this log, stored when the programme is regenerated.
    .addColumn('light', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('session_log_client_session_unique', ['client_id', 'session_id'])
    .execute();
  await db.schema
    .createIndex('session_log_client_date_idx')
    .on('session_log')
    .columns(['client_id', 'date', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('session_log').execute();
}
