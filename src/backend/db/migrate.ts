import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { migrations } from './migrations';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The schema version this build understands: how many migrations it knows. */
export const appSchemaVersion = Object.keys(migrations).length;

export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer ReStride (schema version ${databaseVersion}); ` +
        `this app understands schema version ${appVersion} at most. Update ReStride to open it.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Schema version stored in the file (PRAGMA user_version). */
export async function readSchemaVersion<DB>(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  return rows[0]?.user_version ?? 0;
}

/**
 * Brings the database to the app's schema version. Refuses a database newer than the app,
 * naming both versions, before touching anything.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<{ from: number; to: number }> {
  const from = await readSchemaVersion(db);
  if (from > appSchemaVersion) throw new DatabaseTooNewError(from, appSchemaVersion);
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  // PRAGMA takes no bound parameters; the value is our own integer.
  await sql.raw(`PRAGMA user_version = ${appSchemaVersion}`).execute(db);
  return { from, to: appSchemaVersion };
}

/** For per-migration tests: apply migrations up to `name` (inclusive). */
export async function migrateTo<DB>(db: Kysely<DB>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
