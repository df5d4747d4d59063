import type SQLite from 'better-sqlite3';
import { chmodSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Backup, BackupReason } from '../../contract/backups';
import { openSqliteFile } from '../db/connection';
import {
  BACKUPS_KEPT,
  freeBackupFileName,
  partialFileName,
  pruneBackups,
  removeLeftoverPartials,
  syncFile,
  syncFolder,
} from './backup-files';

export interface TakeBackupOptions {
  /** The live connection: SQLite's online backup reads a consistent snapshot while the app runs. */
  source: SQLite.Database;
  folder: string;
  takenAt: Date;
  reason: BackupReason;
  nativeBinding: string | undefined;
}

/** Partial files of backups running in this process, which a concurrent prune must leave alone. */
const inProgress = new Set<string>();

/** The partial names of backups being written now (a new backup's name must not clash with them). */
export function backupsInProgress(): ReadonlySet<string> {
  return inProgress;
}

/** Backups a running restore reads from: a backup taken meanwhile must not prune them. */
const beingRestored = new Map<string, number>();

/** Keeps `fileName` from being pruned until the returned function is called. */
export function holdBackup(fileName: string): () => void {
  beingRestored.set(fileName, (beingRestored.get(fileName) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const count = (beingRestored.get(fileName) ?? 1) - 1;
    if (count > 0) beingRestored.set(fileName, count);
    else beingRestored.delete(fileName);
  };
}

/**
 * Writes a backup of the live database into the backups folder, then deletes all but the newest
 * ten. Partial files that crashed backups left are removed first. The copy is written under a
 * `.partial` name (partialFileName), made self-contained and flushed, and only then
 * renamed to its final name: a crash or error midway leaves no file that looks like a backup, and
 * deletes none of the old ones.
 */
export async function takeBackup(options: TakeBackupOptions): Promise<Backup> {
  const { folder, takenAt, reason } = options;
  mkdirSync(folder, { recursive: true });
  // What crashed backups of earlier runs left; this process's backups being written stay.
  removeLeftoverPartials(folder, inProgress);
  const fileName = freeBackupFileName(folder, takenAt, reason, inProgress);
  const partialName = partialFileName(fileName);
  const partial = join(folder, partialName);
  const final = join(folder, fileName);
  inProgress.add(partialName);
  try {
    rmSync(partial, { force: true });
    await options.source.backup(partial);
    makeSelfContained(partial, options.nativeBinding);
    // A backup holds every client's data: its owner's alone, whatever the process's umask.
    if (process.platform !== 'win32') chmodSync(partial, 0o600);
    syncFile(partial);
    renameSync(partial, final);
    syncFolder(folder);
  } catch (error) {
    removeWithCompanions(partial);
    throw error;
  } finally {
    inProgress.delete(partialName);
  }
  pruneBackups(folder, { keep: BACKUPS_KEPT, alwaysKeep: [fileName, ...beingRestored.keys()], inProgress });
  return { fileName, createdAt: takenAt.toISOString(), reason, bytes: statSync(final).size };
}

/**
 * The online backup copies the live file's header, which says WAL. Switching the copy to a rollback
 * journal makes it one self-contained file: opening it read-only later (to check it, or with any
 * SQLite tool) then needs no `-wal`/`-shm` files beside it.
 */
export function makeSelfContained(file: string, nativeBinding: string | undefined): void {
  const copy = openSqliteFile(file, { readonly: false, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Removes an SQLite file and whatever journal files SQLite may have left beside it. Best effort: it
 * runs while handling another failure, whose error must not be replaced by a cleanup error.
 */
export function removeWithCompanions(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      rmSync(`${file}${suffix}`, { force: true });
    } catch {
      // Left for the next backup's prune or the next start.
    }
  }
}
