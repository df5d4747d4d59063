import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../contract/result';
import { exclusiveChannels } from './backup/backup.handlers';
import { createBackupService, type BackupService } from './backup/backup-service';
import { dailyBackupDue, hasData } from './backup/daily-backup';
import { DispatchGate } from './backup/dispatch-gate';
import { LiveDatabase } from './backup/live-database';
import type { RestoreStep } from './backup/restore';
import { removeWithCompanions } from './backup/take-backup';
import type { BackendContext } from './context';
import { migrateToLatest } from './db/migrate';
import { dispatch } from './dispatch';

export interface BackendOptions {
  dataDir: string;
  clock?: () => Date;
  /** An Electron-ABI build of better_sqlite3.node; the Node build otherwise. */
  nativeBinding?: string;
  /**
   * Take the start-up backup when due (at most daily; default true). The CLI's `backup` and
   * `restore` turn it off: they take a backup of their own.
   */
  dailyBackup?: boolean;
  /** For tests: called at each step of a restore; throwing there simulates a failure at that point. */
  onRestoreStep?: (step: RestoreStep) => void | Promise<void>;
}

export interface Backend {
  context: BackendContext;
  databaseFile: string;
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export const databaseFileName = 'restride.sqlite';

/**
 * Opens (creating and migrating on first start) the installation's database and serves the
 * contract. An existing database is backed up before any migration runs, and at start when no
 * backup is a day old yet.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, databaseFileName);
  // A restore that stopped before its rename leaves its copy behind; that copy was never live.
  removeWithCompanions(`${databaseFile}.restoring`);
  const live = new LiveDatabase(databaseFile, options.nativeBinding);
  const clock = options.clock ?? ((): Date => new Date());
  const onRestoreStep = options.onRestoreStep;
  const backups = createBackupService({
    live,
    dataDir: options.dataDir,
    clock,
    onRestoreStep: async (step) => {
      await onRestoreStep?.(step);
    },
  });
  try {
    await migrateToLatest(live.db, {
      beforeMigrating: async ({ applied }) => {
        // A new database has nothing to lose; an existing one is copied before its schema changes.
        if (applied > 0) await backups.create('pre-migration');
      },
    });
    if (options.dailyBackup !== false) await takeDailyBackup(live, backups, clock());
  } catch (error) {
    await live.close();
    throw error;
  }

  const context: BackendContext = {
    get db() {
      return live.db;
    },
    clock,
    dataDir: options.dataDir,
    backups,
  };
  const gate = new DispatchGate();
  return {
    context,
    databaseFile,
    dispatch: (channel, input) =>
      exclusiveChannels.has(channel)
        ? gate.exclusive(() => dispatch(context, channel, input))
        : gate.shared(() => dispatch(context, channel, input)),
    close: () => gate.exclusive(() => live.close()),
  };
}

/**
 * The start-up backup, when the database holds data and no backup is a day old. A failure is
 * logged, not thrown: the clinic can still work, and the next start tries again.
 */
async function takeDailyBackup(live: LiveDatabase, backups: BackupService, now: Date): Promise<void> {
  try {
    if (dailyBackupDue(backups.list(), now) && hasData(live.sqlite)) await backups.create('auto');
  } catch (error) {
    console.error('ReStride: the start-up backup failed', error);
  }
}
