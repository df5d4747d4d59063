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

/** What is about to happen when a database is brought up to date. */
export interface PendingMigrations {
  /** Migrations already applied to the file (0 for a new, empty database). */
  applied: number;
  /** Migrations about to run. */
  pending: string[];
}

export interface MigrateOptions {
  /**
   * Called once before any migration runs, only when at least one will; the database is still
   * untouched then (the pre-migration backup is taken here). A throw stops the migration.
   */
  beforeMigrating?: (plan: PendingMigrations) => Promise<void>;
}

/**
 * Brings the database to the app's schema version. Refuses a database newer than the app,
 * naming both versions, before touching anything.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  options: MigrateOptions = {},
): Promise<{ from: number; to: number }> {
  const from = await readSchemaVersion(db);
  if (from > appSchemaVersion) throw new DatabaseTooNewError(from, appSchemaVersion);
  const migrator = new Migrator({ db, provider });
  if (options.beforeMigrating) {
    // Asking kysely which migrations have run (rather than trusting user_version) also covers a
    // database whose version was never written, e.g. one built by migrateTo.
    const known = await migrator.getMigrations();
    const pending = known.filter((migration) => migration.executedAt === undefined).map((m) => m.name);
    if (pending.length > 0)
      await options.beforeMigrating({ applied: known.length - pending.length, pending });
  }
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  // PRAGMA takes no bound parameters; the value is our own integer. Written only when it changes,
  // so opening a current database does not write to it.
  if (from !== appSchemaVersion) await sql.raw(`PRAGMA user_version = ${appSchemaVersion}`).execute(db);
  return { from, to: appSchemaVersion };
}

/**
 * For per-migration tests: apply migrations up to `name` (inclusive). The file's schema version
 * (user_version) then says how many migrations it has had, as an older app would have left it.
 */
export async function migrateTo<DB>(db: Kysely<DB>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const version = Object.keys(migrations).indexOf(name) + 1;
  if (version > 0) await sql.raw(`PRAGMA user_version = ${version}`).execute(db);
}
