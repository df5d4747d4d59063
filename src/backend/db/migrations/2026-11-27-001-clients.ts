import type { Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('name', 'text', (col) => col.notNull())
    // The name as lists sort it (lower case, accents folded), kept by the app: a plain column, so
    // one index serves the ordered list on SQLite and PostgreSQL alike.
    .addColumn('sort_name', 'text', (col) => col.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('sex', 'text', (col) => col.notNull().defaultTo('unspecified'))
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('group_name', 'text')
    .addColumn('archived', 'integer', (col) => col.notNull().defaultTo(0))
    // Lower-cased name, email, phone and group in one column, so search is one LIKE per row.
    .addColumn('search_text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // Client lists and the caseload walk this index in display order. It carries search_text, so a
  // search tests each client without reading its row (only a page's matches are fetched, and
  // counting reads the index alone), and name, so the caseload reads no client row at all.
  await db.schema
    .createIndex('client_list_idx')
    .on('client')
    .columns(['archived', 'sort_name', 'id', 'search_text', 'name'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client').execute();
}
