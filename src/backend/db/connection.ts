import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';
import { ResultCache } from './result-cache';
import type { Database } from './schema';

export interface ConnectionOptions {
  /** Path of the SQLite file, or ':memory:'. */
  file: string;
  /** Path of a better_sqlite3.node built for another runtime (Electron); default: the Node build. */
  nativeBinding?: string;
}

/** Milliseconds a statement waits for another connection's lock (SQLite's busy handler). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Kysely's SQLite driver with one change: transactions start with BEGIN IMMEDIATE instead of a
 * plain (deferred) BEGIN. A deferred transaction that reads and then writes must upgrade its read
 * lock, and when another connection wrote in between SQLite fails the upgrade at once with
 * SQLITE_BUSY without consulting the busy timeout (waiting could deadlock). BEGIN IMMEDIATE takes
 * the write lock first, waiting up to the busy timeout for it, so a read-modify-write never fails
 * half-way. Every transaction here is a read-modify-write (reads run outside transactions), and
 * kysely serialises the single connection anyway, so nothing is lost by taking the lock early.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** How many prepared statements the connection keeps (kysely's SQL varies only with `in (?, …)` lists). */
const STATEMENT_CACHE_SIZE = 256;

/** Statements that change the schema: after one, cached statements may name other columns. */
const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;

/**
 * A function that builds a row from its values as one object literal with the columns as keys.
 * Adding twenty-odd properties to an empty object one by one leaves V8 with a slow dictionary-mode
 * object; a literal gets a fixed shape, about 20–50x faster to build (25 session logs of 22
 * columns: tens of µs → a few µs) and faster to read afterwards. The keys are JSON string literals
 * of the column names (any name is safe); a repeated name keeps its first place and last value, as
 * assigning them in turn would.
 */
function rowBuilder(names: readonly string[]): (values: readonly unknown[]) => Record<string, unknown> {
  // A literal key "__proto__" would set the prototype instead of a property: such rows are built
  // by assignment (no query here names a column so; this only keeps the builder safe for any name).
  if (names.includes('__proto__'))
    return (values) => {
      const row: Record<string, unknown> = {};
      names.forEach((name, i) =>
        Object.defineProperty(row, name, {
          value: values[i],
          enumerable: true,
          writable: true,
          configurable: true,
        }),
      );
      return row;
    };
  const fields = names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(', ');
  return new Function('v', `return {${fields}};`) as (values: readonly unknown[]) => Record<string, unknown>;
}

/**
 * A reading statement that returns rows as objects built in JavaScript from better-sqlite3's raw
 * arrays: the same objects, in a fraction of the time of better-sqlite3's own row objects (25
 * session logs of 22 columns: 230 → 125 µs with a loop over the names, less again with
 * `rowBuilder`), which matters on screens that read many rows.
 */
function readerOf(statement: SQLite.Statement, results: ResultCache): SqliteStatement {
  const raw = statement.raw(true);
  const columns = (): string[] => raw.columns().map((column) => column.name);
  let names = columns();
  let build = rowBuilder(names);
  const toRow = (values: unknown[]): Record<string, unknown> => {
    if (values.length !== names.length) {
      names = columns();
      build = rowBuilder(names);
    }
    return build(values);
  };
  return {
    reader: true,
    all: (parameters) =>
      results.values(statement.source, parameters, () => raw.all(...parameters) as unknown[][]).map(toRow),
    run: (parameters) => raw.run(...parameters),
    *iterate(parameters) {
      for (const values of raw.iterate(...parameters) as IterableIterator<unknown[]>) yield toRow(values);
    },
  };
}

/**
 * The connection as kysely sees it, with prepared statements reused by SQL text. Kysely's driver
 * prepares every query anew, and preparing costs as much as running a small indexed read; the
 * queries of a screen repeat the same few SQL strings with new parameters. Statements stay valid
 * across schema changes (SQLite re-prepares them itself), but a `select *` would then name other
 * columns, so a schema change empties the cache. Safe to share: kysely runs one query at a time on
 * the single connection, and nothing here streams (a statement mid-iterate would be busy).
 */
function withStatementCache(sqlite: SQLite.Database, results: ResultCache): SqliteDialectConfig['database'] {
  const statements = new Map<string, SqliteStatement>();
  const prepare = (sql: string): SqliteStatement => {
    const statement = sqlite.prepare(sql);
    if (statement.reader) return readerOf(statement, results);
    const changesSchema = SCHEMA_CHANGE.test(sql);
    return {
      reader: false,
      all: (parameters) => statement.all(...parameters),
      run: (parameters) => {
        const result = statement.run(...parameters);
        // total_changes() already tells the kept results this changed data; a schema change does
        // not count there, and a `select *` may name other columns after it.
        if (changesSchema) {
          statements.clear();
          results.clear();
        }
        return result;
      },
      iterate: (parameters) => statement.iterate(...parameters),
    };
  };
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        // Most recently used last, so the least used is the first to go.
        statements.delete(sql);
      } else {
        statement = prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
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
  // How long a statement waits for another connection's write lock before failing with SQLITE_BUSY
  // (which dispatch answers as `conflict`). With BEGIN IMMEDIATE below, every transaction waits here
  // at its start instead of failing half-way.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Deleted content is overwritten with zeros instead of lingering in free pages and cells: an
  // erased client's name must not be recoverable from the file (see client-data/purge-deleted-content.ts).
  sqlite.pragma('secure_delete = ON');
  // 32 MB of page cache (the default is 2 MB): the caseload dashboard touches a few thousand pages
  // per load, and a clinic's whole working set should stay in memory between loads.
  sqlite.pragma('cache_size = -32000');
  const results = new ResultCache(sqlite);
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite, results) }),
  });
  keptResults.set(db, results);
  return { db, sqlite };
}

const keptResults = new WeakMap<Kysely<Database>, ResultCache>();

/**
 * Forgets the select results a connection keeps. For benchmarks that time a read itself: they call
 * it before each run, so they measure the read and not a kept result (what kept results are for is
 * the same read repeated between writes, as the calls of one screen make it).
 */
export function forgetKeptResults(db: Kysely<Database>): void {
  keptResults.get(db)?.clear();
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
