import { closeSync, fsyncSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupReasons, type Backup, type BackupReason } from '../../contract/backups';

/** How many backups are kept; the oldest go once a newer one has succeeded. */
export const BACKUPS_KEPT = 10;

/** The folder holding an installation's backups. */
export function backupsFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** A backup being written: never listed, never restored, removed when a later backup succeeds. */
export const PARTIAL_SUFFIX = '.partial';

/**
 * The name a backup is written under until it is complete: `<final name>.<pid>.partial`. The id of
 * the writing process tells a later start (or another process) whether anyone may still be writing
 * it; SQLite puts its journal beside it as `….partial-journal`.
 */
export function partialFileName(fileName: string, pid = process.pid): string {
  return `${fileName}.${pid}${PARTIAL_SUFFIX}`;
}

/** A partial file or one of its SQLite companions; `pid` is absent in names older versions wrote. */
const PARTIAL = /^(.*?(?:\.(\d+))?\.partial)(?:-journal|-wal|-shm)?$/;

/** A partial file without a process id is left alone for this long after its last write. */
const LEGACY_PARTIAL_GRACE_MS = 60 * 60 * 1000;

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the partial files (and their `-journal`/`-wal`/`-shm`) that backups of earlier runs left
 * behind when they crashed or failed. Left alone: this process's backups being written
 * (`inProgress`), files of another process that is still running, and a partial file without a
 * process id (an older version's) written to within the last hour. Best effort: a file that cannot
 * be removed stays for the next time. Returns the names removed.
 */
export function removeLeftoverPartials(
  folder: string,
  inProgress: ReadonlySet<string>,
  now = Date.now(),
): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = PARTIAL.exec(name);
    if (!match) continue;
    const [, partial, pidText] = match;
    if (inProgress.has(partial!)) continue;
    const file = join(folder, name);
    if (pidText) {
      const pid = Number(pidText);
      if (pid !== process.pid && processIsRunning(pid)) continue;
    } else {
      const stat = statSync(file, { throwIfNoEntry: false });
      if (!stat || now - stat.mtimeMs < LEGACY_PARTIAL_GRACE_MS) continue;
    }
    try {
      rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Not worth failing a backup or a start over; tried again next time.
    }
  }
  return removed;
}

const NAME = new RegExp(
  `^restride-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${backupReasons.join('|')})(?:-(\\d+))?\\.sqlite$`,
);

/**
 * `restride-2026-11-27T10-00-00-000Z-manual.sqlite`: the UTC time with `-` for `:` (which Windows
 * refuses in file names); `sequence` > 1 only when two backups fall in the same millisecond.
 */
export function backupFileName(takenAt: Date, reason: BackupReason, sequence = 1): string {
  const stamp = takenAt.toISOString().replace(/:/g, '-').replace('.', '-');
  return `restride-${stamp}-${reason}${sequence > 1 ? `-${sequence}` : ''}.sqlite`;
}

interface ParsedName {
  createdAt: string;
  reason: BackupReason;
  sequence: number;
}

/** The time and reason in a backup's name; null for any other file. */
export function parseBackupFileName(fileName: string): ParsedName | null {
  const match = NAME.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason, sequence] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as BackupReason, sequence: sequence ? Number(sequence) : 1 };
}

/** Newest first: by time in the name, then by sequence. */
function newestFirst(a: Backup & { sequence: number }, b: Backup & { sequence: number }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.sequence - a.sequence;
}

/** The backups in the folder, newest first; files with other names are not backups and are ignored. */
export function listBackups(folder: string): Backup[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: (Backup & { sequence: number })[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    const stat = statSync(join(folder, fileName), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    found.push({
      fileName,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      bytes: stat.size,
      sequence: parsed.sequence,
    });
  }
  return found.sort(newestFirst).map(({ sequence: _sequence, ...backup }) => backup);
}

/**
 * The first free name for a backup taken at `takenAt` (two in one millisecond get a sequence);
 * `inProgress` holds the partial names of backups still being written.
 */
export function freeBackupFileName(
  folder: string,
  takenAt: Date,
  reason: BackupReason,
  inProgress: ReadonlySet<string>,
): string {
  for (let sequence = 1; ; sequence++) {
    const name = backupFileName(takenAt, reason, sequence);
    const taken =
      inProgress.has(partialFileName(name)) || statSync(join(folder, name), { throwIfNoEntry: false });
    if (!taken) return name;
  }
}

/**
 * Deletes all but the newest `keep` backups, and partial files a crashed backup left behind
 * (removeLeftoverPartials).
 * Called only after a new backup succeeded, so a failing backup never costs an old one. The files
 * in `alwaysKeep` stay whatever their age (the backup just taken, even when a clock set back names
 * it older than the rest; the backup just restored from) and count towards `keep`. `inProgress`
 * holds the partial names of backups still being written; null leaves every partial file alone
 * (a caller on another thread cannot know which are being written).
 */
export function pruneBackups(
  folder: string,
  options: { keep: number; alwaysKeep: readonly string[]; inProgress: ReadonlySet<string> | null },
): string[] {
  const removed: string[] = [];
  const backups = listBackups(folder);
  const kept = backups.filter((backup) => options.alwaysKeep.includes(backup.fileName)).length;
  const candidates = backups.filter((backup) => !options.alwaysKeep.includes(backup.fileName));
  for (const backup of candidates.slice(Math.max(0, options.keep - kept))) {
    rmSync(join(folder, backup.fileName), { force: true });
    removed.push(backup.fileName);
  }
  if (options.inProgress) removeLeftoverPartials(folder, options.inProgress);
  return removed;
}

/** Flushes a file to disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (a rename) to disk. Windows cannot open a folder for this and makes
 * renames durable itself, so failing to open one is not an error.
 */
export function syncFolder(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself has happened.
  } finally {
    closeSync(fd);
  }
}
