import type { Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // Where a print to folder was written, inside the data folder's prints/ (`<batch>/<file>.pdf`),
  // so erasing the client deletes the file too. Null for what was downloaded (print, calendar,
  // watch): the app cannot reach those files, and for prints made before this column.
  await db.schema.alterTable('plan_snapshot').addColumn('print_file', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_snapshot').dropColumn('print_file').execute();
}
