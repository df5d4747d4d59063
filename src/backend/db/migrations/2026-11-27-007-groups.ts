import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // `group` is an SQL keyword, hence client_group.
  await db.schema
    .createTable('client_group')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // Names are unique regardless of case ("Harriers" and "harriers" are the same club).
  await db.schema
    .createIndex('client_group_name_unique')
    .on('client_group')
    .expression(sql`lower(name)`)
    .unique()
    .execute();

  await db.schema
    .createTable('group_member')
    .addColumn('group_id', 'integer', (col) =>
      col.notNull().references('client_group.id').onDelete('cascade'),
    )
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('group_member_pk', ['group_id', 'client_id'])
    .execute();
  await db.schema
    .createIndex('group_member_client_idx')
    .on('group_member')
    .columns(['client_id', 'group_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('group_member').execute();
  await db.schema.dropTable('client_group').execute();
}
