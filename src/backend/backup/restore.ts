import { copyFileSync, rmSync } from 'node:fs';
import type { Backup } from '../../contract/backups';
import { openDatabase } from '../db/connection';
import { appSchemaVersion, migrateToLatest } from '../db/migrate';
import { syncFile } from './backup-files';
import { checkBackupFile } from './check-backup';
import type { LiveDatabase } from './live-database';
import { removeWithCompanions } from './take-backup';

/**
 * The points of a restore, in order. A failure at any of them leaves the live database as it was;
 * tests inject one at each (see BackendOptions.onRestoreStep).
 */
export const restoreSteps = ['copied', 'checked', 'migrated', 'backed-up', 'renaming'] as const;
export type RestoreStep = (typeof restoreSteps)[number];

export interface RestoreRequest {
  live: LiveDatabase;
  /** The file to restore; never opened for writing, never moved. */
  source: string;
  /** How messages name the file (its name in the backups folder, or the path the user gave). */
  label: string;
  /** Takes the `pre-restore` backup of the live database. */
  backUpLive: () => Promise<Backup>;
  onStep: (step: RestoreStep) => Promise<void>;
}

export interface RestoreResult {
  preRestoreBackup: Backup;
  /** The restored file's schema version, and the app's (it was migrated when they differ). */
  schemaVersion: { from: number; to: number };
}

/**
 * Replaces the live database with a copy of `source`:
 * 1. copy the file to `<database>.restoring` beside the live file (the source is never written);
 * 2. check the copy read-only (SQLite header and size, integrity check, ReStride tables and
 *    migration history, schema not newer than the app);
 * 3. migrate the copy to the app's schema (when older), and close it cleanly;
 * 4. take a `pre-restore` backup of the live database;
 * 5. close the live connection and rename the copy over the live file (one atomic step), reopen.
 * Until the rename the live file is untouched, and the rename either happens or not, so there is
 * no half-restored state; a failure anywhere before it removes the copy and serves the old data.
 */
export async function restoreDatabase(request: RestoreRequest): Promise<RestoreResult> {
  const { live, source, label, onStep } = request;
  const staged = `${live.file}.restoring`;
  removeWithCompanions(staged);
  try {
    copyFileSync(source, staged);
    await onStep('copied');

    const { schemaVersion } = await checkBackupFile(staged, label, live.nativeBinding);
    // A read-only connection cannot remove the -wal/-shm it makes beside a WAL-mode file.
    for (const suffix of ['-wal', '-shm']) rmSync(`${staged}${suffix}`, { force: true });
    await onStep('checked');

    // Also when already current: it writes user_version and proves the copy opens for writing.
    await migrateCopy(staged, live.nativeBinding);
    syncFile(staged);
    await onStep('migrated');

    const preRestoreBackup = await request.backUpLive();
    await onStep('backed-up');

    await live.replaceWith(staged, () => onStep('renaming'));
    return { preRestoreBackup, schemaVersion: { from: schemaVersion, to: appSchemaVersion } };
  } catch (error) {
    removeWithCompanions(staged);
    throw error;
  }
}

/** Brings the staged copy to the app's schema; closing the only connection folds its WAL back in. */
async function migrateCopy(staged: string, nativeBinding: string | undefined): Promise<void> {
  const { db, sqlite } = openDatabase(nativeBinding ? { file: staged, nativeBinding } : { file: staged });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
    sqlite.close();
  }
}
