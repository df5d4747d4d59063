import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // Append-only: who did what, when (clearance changes, generations, prints, exports, client
  // export/import/erasure, restores). Subjects and details never hold personal data, so an entry
  // may outlive its client.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    // UTC ISO timestamp.
    .addColumn('at', 'text', (col) => col.notNull())
    // The clinician named in the settings, or 'ReStride' when none is set.
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    // No foreign key on purpose: the entries must survive the client's erasure, which sets this to null.
    .addColumn('client_id', 'integer')
    // E.g. 'programme 12', 'clearance walk_run'.
    .addColumn('subject', 'text', (col) => col.notNull())
    // A JSON object of flat values (ids, counts, versions).
    .addColumn('details', 'text', (col) => col.notNull().defaultTo(sql`'{}'`))
    .execute();
  // A client's entries newest first.
  await db.schema.createIndex('audit_log_client_idx').on('audit_log').columns(['client_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
}
