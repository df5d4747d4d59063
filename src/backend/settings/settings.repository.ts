import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NewSettingsRow, SettingsRow } from './settings.table';

const SETTINGS_ID = 1;

export async function findSettings(db: Kysely<Database>): Promise<SettingsRow | undefined> {
  return db.selectFrom('settings').selectAll().where('id', '=', SETTINGS_ID).executeTakeFirst();
}

/** Writes the one settings row, creating it on first save. */
export async function writeSettings(
  db: Kysely<Database>,
  row: Omit<NewSettingsRow, 'id'>,
): Promise<SettingsRow> {
  return db
    .insertInto('settings')
    .values({ ...row, id: SETTINGS_ID })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .returningAll()
    .executeTakeFirstOrThrow();
}
