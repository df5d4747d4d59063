import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('injury')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('side', 'text', (col) => col.notNull())
    // Null when the onset is not known (gradual onset, long ago).
    .addColumn('onset_date', 'text')
    .addColumn('weeks_without_running', 'integer', (col) => col.notNull())
    .addColumn('severity', 'text', (col) => col.notNull())
    .addColumn('surgery_date', 'text')
    .addColumn('delivery_date', 'text')
    .addColumn('recurrent', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('imaging_confirmed_healing', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('active'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // "The client's most recent active injury" is max(id) per client among active rows.
  await db.schema
    .createIndex('injury_client_status_idx')
    .on('injury')
    .columns(['client_id', 'status', 'id'])
    .execute();

  // Append-only: no code path updates or deletes a note (only the cascade from its injury).
  await db.schema
    .createTable('injury_note')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('injury_id', 'integer', (col) => col.notNull().references('injury.id').onDelete('cascade'))
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('author', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    // JSON array of {code, value, until}.
    .addColumn('restrictions', 'text', (col) => col.notNull().defaultTo(sql`'[]'`))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('injury_note_injury_idx')
    .on('injury_note')
    .columns(['injury_id', 'date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('injury_note').execute();
  await db.schema.dropTable('injury').execute();
}
