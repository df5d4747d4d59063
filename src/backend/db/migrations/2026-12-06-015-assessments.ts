import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A client's recorded tests (issue 10): dated, who tested, and the results as a JSON array of the
  // engine's TestResult objects (checked against the test catalogue before every write). An input
  // of the plan like a clearance: the programme is derived from them on every read.
  await db.schema
    .createTable('assessment')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('tested_by', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('results', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('assessment_client_date_idx')
    .on('assessment')
    .columns(['client_id', 'date'])
    .execute();

  // The clinic's criterion thresholds (JSON object: threshold id → value; a missing id keeps the
  // cited default) and how many weeks after a failed test the caseload asks for a re-test.
  await db.schema
    .alterTable('settings')
    .addColumn('criteria_thresholds', 'text', (col) => col.notNull().defaultTo(sql`'{}'`))
    .execute();
  await db.schema
    .alterTable('settings')
    .addColumn('retest_weeks', 'integer', (col) => col.notNull().defaultTo(2))
    .execute();

  // Caseload facts from the current programme's test-based criteria, kept by every write that
  // recomputes it: `criteria_met` (0 or 1: the next clearance step's tested criteria are all met)
  // and `retest_due_date` (when the oldest failed result holding the plan back is due again; null
  // when none). Existing rows start without them and are set by the next write.
  await db.schema
    .alterTable('client_status')
    .addColumn('criteria_met', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('client_status').addColumn('retest_due_date', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('client_status').dropColumn('retest_due_date').execute();
  await db.schema.alterTable('client_status').dropColumn('criteria_met').execute();
  await db.schema.alterTable('settings').dropColumn('retest_weeks').execute();
  await db.schema.alterTable('settings').dropColumn('criteria_thresholds').execute();
  await db.schema.dropTable('assessment').execute();
}
