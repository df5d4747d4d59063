import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('name', 'text', (col) => col.notNull())
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
  await db.schema
    .createIndex('client_name_idx')
    .on('client')
    .expression(sql`lower(name)`)
    .execute();
  await db.schema
    .createIndex('client_archived_name_idx')
    .on('client')
    .expression(sql`archived, lower(name), id`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client').execute();
}
