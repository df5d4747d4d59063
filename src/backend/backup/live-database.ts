import type SQLite from 'better-sqlite3';
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase } from '../db/connection';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { syncFolder } from './backup-files';
import { makeSelfContained } from './take-backup';

/**
 * The installation's open database: the file, and the connection currently serving it. A restore
 * replaces the file and therefore the connection, so the backend reads `db` from here on every
 * call instead of keeping a handle of its own.
 */
export class LiveDatabase {
  #db: Kysely<Database>;
  #sqlite: SQLite.Database;
  #closed = false;

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
    this.#closed = true;
    return this.#closeConnection();
  }

  /**
   * Puts `staged` (a closed database file, already checked and migrated, on the same disk) in place
   * of the live file, and keeps the live file as `aside` (the pre-restore backup, in the backups
   * folder on the same disk): the file itself, never a copy, so this takes milliseconds whatever
   * the database's size. Runs while dispatch holds every other call.
   *
   * The live connection is closed first, which checkpoints and removes its `-wal`/`-shm`; if they
   * are still there another process has the database open and the restore is refused, because
   * moving a file under another connection would lose what its write-ahead log holds. The live file
   * is switched to a rollback journal (one self-contained file, like every backup), hard-linked as
   * `aside`, and `staged` is renamed over the live name: one atomic step, so a crash at any point
   * leaves a whole database under the live name. Where the file system has no hard links the live
   * file is renamed to `aside` first. A failure at any point (`onStep` is where tests inject them)
   * puts the live file back under its name and reopens it.
   */
  async swapIn(
    staged: string,
    aside: string,
    onStep: (step: 'closed' | 'backed-up' | 'renamed') => Promise<void>,
  ): Promise<void> {
    if (this.#closed) throw new Error('The database is closed.');
    await this.#closeConnection();
    let kept: 'linked' | 'moved' | null = null;
    let placed = false;
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
      makeSelfContained(this.file, this.nativeBinding);
      await onStep('closed');
      kept = keepAside(this.file, aside);
      await onStep('backed-up');
      renameSync(staged, this.file);
      placed = true;
      await onStep('renamed');
      ({ db: this.#db, sqlite: this.#sqlite } = this.#open());
    } catch (error) {
      this.#undoSwap(aside, kept, placed);
      ({ db: this.#db, sqlite: this.#sqlite } = this.#open());
      throw error;
    }
    syncFolder(dirname(this.file));
    syncFolder(dirname(aside));
  }

  /** Puts the live file back under its name after a failed swap (the staged copy is discarded). */
  #undoSwap(aside: string, kept: 'linked' | 'moved' | null, placed: boolean): void {
    try {
      if (placed || kept === 'moved') renameSync(aside, this.file);
      else if (kept === 'linked') rmSync(aside, { force: true });
    } catch (undoError) {
      console.error(`ReStride: putting the database back from ${aside} failed`, undoError);
    }
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

/**
 * Gives the live file its second name `aside`: a hard link, so the live name never goes missing;
 * a rename where the file system has no hard links.
 */
function keepAside(file: string, aside: string): 'linked' | 'moved' {
  try {
    linkSync(file, aside);
    return 'linked';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  renameSync(file, aside);
  return 'moved';
}
