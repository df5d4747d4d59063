import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export interface ConnectionOptions {
  /** Path of the SQLite file, or ':memory:'. */
  file: string;
  /** Path of a better_sqlite3.node built for another runtime (Electron); default: the Node build. */
  nativeBinding?: string;
}

/** Opens the SQLite file with the pragmas every installation relies on. The only SQLite-specific code. */
export function openDatabase(options: ConnectionOptions): { db: Kysely<Database>; sqlite: SQLite.Database } {
  const sqlite = new SQLite(
    options.file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite };
}
