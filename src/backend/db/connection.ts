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
  // Deleted content is overwritten with zeros instead of lingering in free pages and cells: an
  // erased client's name must not be recoverable from the file (see client-data/purge-deleted-content.ts).
  sqlite.pragma('secure_delete = ON');
  // 32 MB of page cache (the default is 2 MB): the caseload dashboard touches a few thousand pages
  // per load, and a clinic's whole working set should stay in memory between loads.
  sqlite.pragma('cache_size = -32000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite };
}

/**
 * Opens an SQLite file beside the live connection (a backup being finished, a file being checked
 * before a restore) with the same native build, without the live connection's pragmas. The file
 * must exist: a mistyped path must not create an empty database.
 */
export function openSqliteFile(
  file: string,
  options: { readonly: boolean; nativeBinding: string | undefined },
): SQLite.Database {
  return new SQLite(file, {
    readonly: options.readonly,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}
