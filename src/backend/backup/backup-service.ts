import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { backupFileNameSchema, type Backup, type BackupReason } from '../../contract/backups';
import { DomainError, invalidFields, notFound } from '../errors';
import { backupsFolder, listBackups, removeLeftoverPartials } from './backup-files';
import type { LiveDatabase } from './live-database';
import { defaultRestoreWorkerFile } from './preparation-worker';
import { restoreDatabase, type RestoreResult, type RestoreStep } from './restore';
import { backupsInProgress, takeBackup } from './take-backup';

/** Backups and restore of the installation's database; the backend context carries one. */
export interface BackupService {
  /** The backups folder (`<dataDir>/backups`). */
  readonly folder: string;
  /** The better-sqlite3 binding to open backup files with (Electron's build in the desktop app). */
  readonly nativeBinding: string | undefined;
  /** The backups, newest first. */
  list(): Backup[];
  /** Takes a backup now (online: consistent while the app runs) and keeps the newest ten. */
  create(reason: BackupReason): Promise<Backup>;
  /** Restores a backup of the backups folder, given by its plain file name (never a path). */
  restore(fileName: string): Promise<RestoreResult & { restoredFrom: string }>;
  /** Restores any file the user named (the CLI's `restore --from`), with the same checks. */
  restoreFile(path: string): Promise<RestoreResult & { restoredFrom: string }>;
  /** Resolves once no restore is running or waiting (closing the backend waits for this). */
  idle(): Promise<void>;
}

export interface BackupServiceOptions {
  live: LiveDatabase;
  dataDir: string;
  clock: () => Date;
  onRestoreStep: (step: RestoreStep) => Promise<void>;
  /** Runs `fn` while no other call runs: a restore's swap (the dispatch gate's exclusive section). */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  /** The restore worker's file; default: beside this module (see defaultRestoreWorkerFile). */
  restoreWorker: string | undefined;
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { live, clock } = options;
  const folder = backupsFolder(options.dataDir);
  // At start: partial files of backups that crashed in earlier runs (never one still being written).
  removeLeftoverPartials(folder, backupsInProgress());

  const create = (reason: BackupReason): Promise<Backup> =>
    takeBackup({ source: live.sqlite, folder, takenAt: clock(), reason, nativeBinding: live.nativeBinding });

  // One restore at a time (they share the staged file); a second waits for the first.
  let restores: Promise<unknown> = Promise.resolve();
  const restoreFrom = (source: string, label: string): Promise<RestoreResult & { restoredFrom: string }> => {
    const run = async (): Promise<RestoreResult & { restoredFrom: string }> => {
      const result = await restoreDatabase({
        live,
        source,
        label,
        folder,
        clock,
        workerFile: options.restoreWorker ?? defaultRestoreWorkerFile(),
        exclusive: options.exclusive,
        onStep: options.onRestoreStep,
      });
      return { ...result, restoredFrom: label };
    };
    const result = restores.then(run, run);
    restores = result.catch(() => undefined);
    return result;
  };

  return {
    folder,
    nativeBinding: live.nativeBinding,
    list: () => listBackups(folder),
    create,

    async restore(fileName) {
      // The contract refuses paths already; this guards callers that skip dispatch.
      const parsed = backupFileNameSchema.safeParse(fileName);
      if (!parsed.success || basename(fileName) !== fileName) {
        throw invalidFields([
          {
            path: 'fileName',
            code: 'not_a_file_name',
            message: 'Give the name of a file in the backups folder',
          },
        ]);
      }
      const source = join(folder, fileName);
      if (!statSync(source, { throwIfNoEntry: false })?.isFile()) throw notFound(`Backup "${fileName}"`);
      return restoreFrom(source, fileName);
    },

    idle: async () => {
      while (true) {
        const waitingFor = restores;
        await waitingFor;
        if (waitingFor === restores) return;
      }
    },

    async restoreFile(path) {
      const source = resolve(path);
      const stat = statSync(source, { throwIfNoEntry: false });
      if (!stat) throw notFound(`The file "${path}"`);
      if (!stat.isFile()) throw new DomainError('invalid_input', `"${path}" is not a file.`);
      if (source === resolve(live.file)) {
        throw new DomainError(
          'invalid_input',
          `"${path}" is the database in use; choose a backup to restore.`,
        );
      }
      return restoreFrom(source, path);
    },
  };
}
