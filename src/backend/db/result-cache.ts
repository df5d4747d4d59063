import type SQLite from 'better-sqlite3';

/** How many results are kept, and the largest kept (bigger ones are read each time). */
const MAX_RESULTS = 64;
const MAX_ROWS = 500;

/** Statements whose results may be kept: plain reads. */
const SELECT = /^\s*select\b/i;

/**
 * Results of `select` statements, kept while the database is unchanged. A screen asks for several
 * things at once and each handler checks what it needs (opening a client: six channels, each
 * reading the client's row; the programme reads the logs the log list reads too), so the same
 * reads repeat within milliseconds.
 *
 * A result is valid while this connection's total_changes() (every row it inserted, updated or
 * deleted, by any path, triggers included) and data_version (commits by any other connection) are
 * what they were when it was read. Nothing is kept or answered inside a transaction: a rollback
 * would undo what a result had seen without changing either number. The raw values are kept and
 * each caller builds its own rows from them, so no caller can change another's rows.
 */
export class ResultCache {
  readonly #sqlite: SQLite.Database;
  readonly #version: SQLite.Statement;
  readonly #results = new Map<string, { version: string; values: unknown[][] }>();

  constructor(sqlite: SQLite.Database) {
    this.#sqlite = sqlite;
    this.#version = sqlite.prepare('select total_changes(), data_version from pragma_data_version').raw(true);
  }

  /** The raw rows of `sql` with `parameters`: kept ones while valid, else `read()`'s. */
  values(sql: string, parameters: readonly unknown[], read: () => unknown[][]): unknown[][] {
    if (this.#sqlite.inTransaction || !SELECT.test(sql)) return read();
    const key = keyOf(sql, parameters);
    if (key === null) return read();
    const [changes, dataVersion] = this.#version.get() as [number, number];
    const version = `${changes}:${dataVersion}`;
    const kept = this.#results.get(key);
    this.#results.delete(key);
    if (kept?.version === version) {
      // Most recently used last, so the least used is the first to go.
      this.#results.set(key, kept);
      return kept.values;
    }
    const values = read();
    if (values.length <= MAX_ROWS) {
      this.#results.set(key, { version, values });
      if (this.#results.size > MAX_RESULTS) this.#results.delete(this.#results.keys().next().value!);
    }
    return values;
  }

  /** Forgets every result (after a write or a schema change through this connection). */
  clear(): void {
    this.#results.clear();
  }
}

/** The statement and its parameters as one key; null when a parameter is not a plain value (a blob). */
function keyOf(sql: string, parameters: readonly unknown[]): string | null {
  for (const parameter of parameters) {
    if (parameter !== null && typeof parameter !== 'number' && typeof parameter !== 'string') return null;
  }
  // JSON tells 5 from "5" and escapes every character, so no two parameter lists share a key.
  return `${sql}\u0000${JSON.stringify(parameters)}`;
}
