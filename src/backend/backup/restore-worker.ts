/**
 * The worker thread that prepares a restore: copying a large database, its integrity check and its
 * migration take seconds, so they run here and the main thread keeps answering calls meanwhile.
 * It does one job per message (see PreparationJob) and answers each with its result or error; the
 * main thread calls its test hook between jobs. Built as its own entry (electron.vite.config.ts).
 */
import { copyFileSync, rmSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { pruneBackups, syncFile } from './backup-files';
import { checkBackupFile } from './check-backup';
import type { PreparationJob, PreparationReply, SerializedError } from './restore-worker-protocol';
import { removeWithCompanions } from './take-backup';

async function perform(job: PreparationJob): Promise<unknown> {
  switch (job.kind) {
    case 'copy':
      removeWithCompanions(job.staged);
      copyFileSync(job.source, job.staged);
      return null;
    case 'check': {
      const { schemaVersion } = await checkBackupFile(job.staged, job.label, job.nativeBinding);
      // A read-only connection cannot remove the -wal/-shm it makes beside a WAL-mode file.
      for (const suffix of ['-wal', '-shm']) rmSync(`${job.staged}${suffix}`, { force: true });
      return schemaVersion;
    }
    case 'migrate':
      // Also when already current: it writes user_version and proves the copy opens for writing.
      await migrateCopy(job.staged, job.nativeBinding);
      syncFile(job.staged);
      return null;
    case 'prune':
      return pruneBackups(job.folder, { keep: job.keep, alwaysKeep: job.alwaysKeep, inProgress: null });
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

/** What the main thread needs to rebuild the error: its class, code and words. */
function serialize(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, reason } = error as { code?: unknown; reason?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}

const port = parentPort;
if (!port) throw new Error('restore-worker runs only as a worker thread');
port.on('message', (job: PreparationJob) => {
  perform(job).then(
    (value) => port.postMessage({ id: job.id, ok: true, value } satisfies PreparationReply),
    (error: unknown) =>
      port.postMessage({ id: job.id, ok: false, error: serialize(error) } satisfies PreparationReply),
  );
});
