import { join } from 'node:path';
import { secureDataDir } from './data-dir';
import type { Backup } from '../contract/backups';
import type { Result } from '../contract/result';
import { selfGatedChannels } from './backup/backup.handlers';
import { createBackupService } from './backup/backup-service';
import { takeDailyBackup } from './backup/daily-backup';
import { DispatchGate } from './backup/dispatch-gate';
import { LiveDatabase } from './backup/live-database';
import type { RestoreStep } from './backup/restore';
import { removeWithCompanions } from './backup/take-backup';
import type { BackendContext } from './context';
import { migrateToLatest } from './db/migrate';
import { dispatch } from './dispatch';
import { acquireInstanceLock, type InstanceKind } from './instance-lock';

export interface BackendOptions {
  dataDir: string;
  clock?: () => Date;
  /** An Electron-ABI build of better_sqlite3.node; the Node build otherwise. */
  nativeBinding?: string;
  /**
   * Take the start-up backup when due (at most daily; default true) before opening resolves. The
   * CLI's `backup` and `restore` turn it off: they take a backup of their own. Browser mode turns
   * it off too and calls `takeDailyBackup()` once it listens, so the first page does not wait.
   */
  dailyBackup?: boolean;
  /** For tests: called at each step of a restore; throwing there simulates a failure at that point. */
  onRestoreStep?: (step: RestoreStep) => void | Promise<void>;
  /**
   * The built restore worker (the Electron main process passes its bundle's); default: found beside
   * the backup code, run through tsx when that is the TypeScript source.
   */
  restoreWorker?: string;
  /**
   * Which kind of process opens the folder, named to a second process that is refused; default:
   * what the entry point set (setInstanceKind).
   */
  kind?: InstanceKind;
}

export interface Backend {
  context: BackendContext;
  databaseFile: string;
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  /**
   * The start-up backup when due, taken while calls go on (like a manual backup: SQLite's online
   * backup copies a few pages per turn of the event loop); a restore or close waits for it.
   * Resolves to the backup, or null when none was due or it failed (logged).
   */
  takeDailyBackup(): Promise<Backup | null>;
  close(): Promise<void>;
}

export const databaseFileName = 'restride.sqlite';

/**
 * Opens (creating and migrating on first start) the installation's database and serves the
 * contract. An existing database is backed up before any migration runs, and at start when no
 * backup is a day old yet.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  // The data folder is its owner's alone (0700, files 0600), whichever process opens it.
  secureDataDir(options.dataDir);
  // One process per data folder: a second one is refused here, naming the first (instance-lock.ts).
  const lock = acquireInstanceLock(options.dataDir, options.kind);
  try {
    return await openLocked(options, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openLocked(options: BackendOptions, releaseLock: () => void): Promise<Backend> {
  const databaseFile = join(options.dataDir, databaseFileName);
  // A restore that stopped before its rename leaves its copy behind; that copy was never live.
  removeWithCompanions(`${databaseFile}.restoring`);
  const live = new LiveDatabase(databaseFile, options.nativeBinding);
  const clock = options.clock ?? ((): Date => new Date());
  const onRestoreStep = options.onRestoreStep;
  const gate = new DispatchGate();
  const backups = createBackupService({
    live,
    dataDir: options.dataDir,
    clock,
    onRestoreStep: async (step) => {
      await onRestoreStep?.(step);
    },
    exclusive: (fn) => gate.exclusive(fn),
    restoreWorker: options.restoreWorker,
  });
  try {
    await migrateToLatest(live.db, {
      beforeMigrating: async ({ applied }) => {
        // A new database has nothing to lose; an existing one is copied before its schema changes.
        if (applied > 0) await backups.create('pre-migration');
      },
    });
    if (options.dailyBackup !== false) await takeDailyBackup(live.sqlite, backups, clock());
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
  return {
    context,
    databaseFile,
    dispatch: (channel, input) =>
      selfGatedChannels.has(channel)
        ? dispatch(context, channel, input)
        : gate.shared(() => dispatch(context, channel, input)),
    takeDailyBackup: () => gate.shared(() => takeDailyBackup(live.sqlite, backups, clock())),
    close: async () => {
      await backups.idle();
      try {
        await gate.exclusive(() => live.close());
      } finally {
        releaseLock();
      }
    },
  };
}
