import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * SQLite only (the one place outside db/connection.ts): runs an erasure so that the deleted content
 * cannot be read back from the files. `secure_delete` (also set by the connection factory) makes
 * SQLite overwrite deleted cells and freed pages with zeros instead of leaving them in the file;
 * the TRUNCATE checkpoint then copies the zeroed pages into the database file and empties the -wal
 * file, which still holds the earlier versions of those pages. A PostgreSQL deployment replaces
 * this with its own (VACUUM of the affected tables).
 */
export async function withDeletedContentPurged<T>(db: Kysely<Database>, erase: () => Promise<T>): Promise<T> {
  await sql`PRAGMA secure_delete = ON`.execute(db);
  const result = await erase();
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  return result;
}
