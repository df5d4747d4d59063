import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type AliasedSelectQueryBuilder, type RawBuilder } from 'kysely';
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
  // 32 MB of page cache (the default is 2 MB): the caseload dashboard touches a few thousand pages
  // per load, and a clinic's whole working set should stay in memory between loads.
  sqlite.pragma('cache_size = -32000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite };
}

/**
 * One JSON text holding a query's rows in its order: an array with, per row, an array of the given
 * columns. A list of thousands of rows is read as this one value because better-sqlite3 builds a
 * JavaScript object per row and a property per column (about 0.5 µs a value, 70 ms and more for the
 * 10,000-client caseload), while SQLite builds the text and JSON.parse reads it in a fraction of
 * that. SQLite's spelling; a PostgreSQL connection provides the same with
 * `coalesce(json_agg(json_build_array(…)), '[]')` (its driver hands back the parsed array, which
 * parseJsonRows accepts too).
 */
export function jsonRowsOf(
  rows: AliasedSelectQueryBuilder<object, 'r'>,
  columns: readonly string[],
): RawBuilder<string> {
  const values = sql.join(columns.map((column) => sql.ref(`r.${column}`)));
  return sql<string>`(select json_group_array(json_array(${values})) from ${rows})`;
}

/** The rows of a jsonRowsOf value: JSON text (SQLite) or already parsed (PostgreSQL's driver). */
export function parseJsonRows(value: unknown): unknown[][] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as unknown[][];
}
