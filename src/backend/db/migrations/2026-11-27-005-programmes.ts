import type { Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per clinician-requested generation, with the request and engine version that produced
  // it. Logging a session recomputes the client's current row in place (request, engine version and
  // programme together, so they always match): a client's storage grows with the generations a
  // clinician asks for, not with every log.
  await db.schema
    .createTable('programme')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    .addColumn('engine_version', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    // When the programme was last recomputed (a log); created_at until then.
    .addColumn('updated_at', 'text', (col) => col.notNull())
    // Compact JSON, last: SQLite reads a row's columns in order, and these (100 kB or more) spill
    // to overflow pages that a read of the small columns never touches.
    .addColumn('request', 'text', (col) => col.notNull())
    .addColumn('programme', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('programme_client_idx').on('programme').columns(['client_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('programme').execute();
}
