import type SQLite from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase } from '../db/connection';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { syncFolder } from './backup-files';

/**
 * The installation's open database: the file, and the connection currently serving it. A restore
 * replaces the file and therefore the connection, so the backend reads `db` from here on every
 * call instead of keeping a handle of its own.
 */
export class LiveDatabase {
  #db: Kysely<Database>;
  #sqlite: SQLite.Database;

  constructor(
    readonly file: string,
    readonly nativeBinding: string | undefined,
  ) {
    ({ db: this.#db, sqlite: this.#sqlite } = this.#open());
  }

  /** The query builder over the current connection. */
  get db(): Kysely<Database> {
    return this.#db;
  }

  /** The better-sqlite3 handle of the current connection (for SQLite's online backup). */
  get sqlite(): SQLite.Database {
    return this.#sqlite;
  }

  close(): Promise<void> {
    return this.#closeConnection();
  }

  /**
   * Puts `staged` (a closed database file, already checked and migrated, on the same disk) in
   * place of the live file with one atomic rename, then serves it. The live connection is closed
   * first, which checkpoints and removes its `-wal`/`-shm`; if they are still there another process
   * has the database open and the restore is refused, because renaming a file under another
   * connection would mix its write-ahead log into the restored file. Anything failing before the
   * rename (including `beforeRename`, where tests inject failures) reopens the untouched live file.
   */
  async replaceWith(staged: string, beforeRename: () => Promise<void>): Promise<void> {
    await this.#closeConnection();
    try {
      if (existsSync(`${this.file}-wal`) || existsSync(`${this.file}-shm`)) {
        throw new DomainError(
          'conflict',
          'The database is open in another ReStride window or command. Close it, then restore again.',
        );
      }
      if (existsSync(`${staged}-wal`) || existsSync(`${staged}-journal`)) {
        throw new Error(`The restored copy ${staged} was not closed cleanly; nothing was replaced.`);
      }
      await beforeRename();
      renameSync(staged, this.file);
    } catch (error) {
      ({ db: this.#db, sqlite: this.#sqlite } = this.#open());
      throw error;
    }
    syncFolder(dirname(this.file));
    ({ db: this.#db, sqlite: this.#sqlite } = this.#open());
  }

  /**
   * Kysely closes the handle only if it ever ran a query (a restored database may not have yet), so
   * the handle is closed here too; closing it twice is harmless.
   */
  async #closeConnection(): Promise<void> {
    await this.#db.destroy();
    this.#sqlite.close();
  }

  #open(): { db: Kysely<Database>; sqlite: SQLite.Database } {
    return openDatabase(
      this.nativeBinding ? { file: this.file, nativeBinding: this.nativeBinding } : { file: this.file },
    );
  }
}
