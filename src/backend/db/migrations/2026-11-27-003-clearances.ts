import type { Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // Append-only history: the current clearance is the most recently recorded row.
  await db.schema
    .createTable('clearance')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    // `by` is an SQL keyword.
    .addColumn('cleared_by', 'text', (col) => col.notNull())
    .addColumn('review_date', 'text')
    .addColumn('conditions', 'text')
    .addColumn('override_time_gate', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('override_reason', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('clearance_client_idx').on('clearance').columns(['client_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('clearance').execute();
}
