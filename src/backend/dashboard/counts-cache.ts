import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * A token that changes whenever the database's data may have changed: the rows this connection
 * has inserted, updated or deleted so far (total_changes(), which counts every write, whichever
 * channel, helper or import made it), and SQLite's data_version, which changes when another
 * connection commits (the CLI, a second window). Nothing that writes has to remember to bump it.
 * SQLite only, like the pragma; a PostgreSQL deployment would keep a version row that its writes
 * bump (or listen for NOTIFY).
 */
export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ own: number; others: number }>`
    select total_changes() as own, data_version as others from pragma_data_version
  `.execute(db);
  const row = rows[0];
  return row ? `${row.own}/${row.others}` : '';
}

interface CacheOfConnection {
  version: string;
  entries: Map<string, unknown>;
}

/** At most this many answers per connection: a day's searches, well within memory. */
const MAX_ENTRIES = 200;

/**
 * Answers computed once per data version. One cache per connection (a restore opens a new one, so
 * nothing read from the replaced file survives it); any write empties it.
 */
export class VersionedCache {
  readonly #caches = new WeakMap<Kysely<Database>, CacheOfConnection>();

  /**
   * The answer for `key` at the database's current data version: the cached one, or `compute()`'s.
   * The version is read before computing, so an answer is never filed under a version older than
   * the data it was computed from (a write in between files it under the old version, which the
   * next call no longer matches).
   */
  async get<T>(db: Kysely<Database>, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await dataVersion(db);
    let cache = this.#caches.get(db);
    if (!cache || cache.version !== version) {
      cache = { version, entries: new Map() };
      this.#caches.set(db, cache);
    }
    if (cache.entries.has(key)) {
      const value = cache.entries.get(key) as T;
      // Most recently used last, so the oldest is dropped first.
      cache.entries.delete(key);
      cache.entries.set(key, value);
      return value;
    }
    const value = await compute();
    if (this.#caches.get(db) === cache) {
      cache.entries.set(key, value);
      if (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    }
    return value;
  }
}
