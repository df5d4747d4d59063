import { mkdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Backup } from '../../contract/backups';
import { appSchemaVersion } from '../db/migrate';
import { BACKUPS_KEPT, freeBackupFileName } from './backup-files';
import { checkFileHeader } from './check-backup';
import type { LiveDatabase } from './live-database';
import { PreparationWorker } from './preparation-worker';
import { backupsInProgress, holdBackup } from './take-backup';

/**
 * The points of a restore, in order. The first three are reached in the worker thread while other
 * calls go on; the last three inside the swap, while dispatch holds every other call. A failure at
 * any of them leaves the live database as it was; tests inject one at each (see
 * BackendOptions.onRestoreStep).
 */
export const restoreSteps = ['copied', 'checked', 'migrated', 'closed', 'backed-up', 'renamed'] as const;
export type RestoreStep = (typeof restoreSteps)[number];

export interface RestoreRequest {
  live: LiveDatabase;
  /** The file to restore; never opened for writing, never moved, never deleted. */
  source: string;
  /** How messages name the file (its name in the backups folder, or the path the user gave). */
  label: string;
  /** The backups folder, where the live file goes as the `pre-restore` backup. */
  folder: string;
  /** Names the pre-restore backup (read at the swap). */
  clock: () => Date;
  /** The restore worker's file (restore-worker.ts, or its build). */
  workerFile: string;
  /** Runs `fn` while no other call runs (the dispatch gate's exclusive section). */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  onStep: (step: RestoreStep) => Promise<void>;
}

export interface RestoreResult {
  preRestoreBackup: Backup;
  /** The restored file's schema version, and the app's (it was migrated when they differ). */
  schemaVersion: { from: number; to: number };
}

/**
 * Replaces the live database with a copy of `source`. A file whose SQLite header is wrong is refused
 * at once; the rest happens in a worker thread, while calls go on:
 * 1. copy the file to `<database>.restoring` beside the live file (the source is never written);
 * 2. check the copy read-only (SQLite header and size, integrity check, migration history, schema
 *    not newer than the app, every object in sqlite_master exactly as the migrations make it at the
 *    file's version, foreign keys intact: see checkBackupFile);
 * 3. migrate the copy to the app's schema (when older), and close it cleanly.
 * Then alone (dispatch holds other calls, for milliseconds): close the live connection, keep the
 * live file itself as the `pre-restore` backup in the backups folder (no copy), put the copy in its
 * place and reopen (LiveDatabase.swapIn). Last, the backups beyond the newest ten are pruned, never
 * the one just restored from.
 *
 * Until the swap the live file is untouched; calls made meanwhile are served by it and so are in
 * the pre-restore backup. A refused or failed restore removes its copy and nothing else: no backup
 * is taken, pruned or deleted, and the source stays as it was.
 */
export async function restoreDatabase(request: RestoreRequest): Promise<RestoreResult> {
  const { live, source, label, folder, onStep } = request;
  const staged = `${live.file}.restoring`;
  // The header alone refuses an empty, foreign or truncated file: no copy, no worker for that.
  checkFileHeader(source, label);
  const fromFolder = resolve(dirname(source)) === resolve(folder);
  const worker = new PreparationWorker(request.workerFile);
  // A backup taken while this runs must not prune the source.
  const release = fromFolder ? holdBackup(basename(source)) : (): void => undefined;
  try {
    let preRestoreBackup: Backup;
    let schemaVersion: number;
    try {
      await worker.run({ kind: 'copy', source, staged });
      await onStep('copied');
      schemaVersion = (await worker.run({
        kind: 'check',
        staged,
        label,
        nativeBinding: live.nativeBinding,
      })) as number;
      await onStep('checked');
      await worker.run({ kind: 'migrate', staged, nativeBinding: live.nativeBinding });
      await onStep('migrated');

      preRestoreBackup = await request.exclusive(async () => {
        mkdirSync(folder, { recursive: true });
        const takenAt = request.clock();
        const fileName = freeBackupFileName(folder, takenAt, 'pre-restore', backupsInProgress());
        const aside = join(folder, fileName);
        await live.swapIn(staged, aside, onStep);
        return {
          fileName,
          createdAt: takenAt.toISOString(),
          reason: 'pre-restore',
          bytes: statSync(aside).size,
        };
      });
    } catch (error) {
      // Off the main thread too: removing a large file can take a while.
      await rm(staged, { force: true }).catch(() => undefined);
      for (const suffix of ['-wal', '-shm', '-journal']) {
        await rm(`${staged}${suffix}`, { force: true }).catch(() => undefined);
      }
      throw error;
    }

    const alwaysKeep = [preRestoreBackup.fileName];
    if (fromFolder) alwaysKeep.push(basename(source));
    try {
      await worker.run({ kind: 'prune', folder, keep: BACKUPS_KEPT, alwaysKeep });
    } catch (error) {
      // The restore has happened; the next backup prunes again.
      console.error('ReStride: pruning backups after a restore failed', error);
    }
    return { preRestoreBackup, schemaVersion: { from: schemaVersion, to: appSchemaVersion } };
  } finally {
    release();
    await worker.close();
  }
}
