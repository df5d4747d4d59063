import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where browser mode and the CLI keep the database: the flag, else RESTRIDE_DATA_DIR, else ~/.restride. */
export function resolveDataDir(flag: string | undefined, env: Record<string, string | undefined>): string {
  const chosen = flag ?? env.RESTRIDE_DATA_DIR;
  return chosen && chosen.trim() !== '' ? resolve(chosen) : join(homedir(), '.restride');
}

/** The data folder and every folder in it: only its owner may list or enter them. */
export const privateFolderMode = 0o700;
/** The database, its backups and prints: only their owner may read or write them. */
export const privateFileMode = 0o600;

/** chmod that never fails a start: on Windows it changes nothing, and a file may vanish meanwhile. */
function chmodQuietly(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // Windows (no POSIX modes), or a file removed between listing and chmod: nothing to fix.
  }
}

function makePrivate(path: string): void {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = join(path, entry.name);
    // A symbolic link is left alone: chmod would change whatever it points to, outside the folder.
    if (entry.isDirectory()) {
      chmodQuietly(child, privateFolderMode);
      makePrivate(child);
    } else if (entry.isFile()) {
      chmodQuietly(child, privateFileMode);
    }
  }
}

/**
 * Makes the data folder its owner's alone: the folder and every folder in it 0700, every file
 * (database, WAL, backups, prints) 0600. Creates the folder when missing, and fixes installs made
 * before this rule on every start. A no-op where there are no POSIX modes (Windows).
 */
export function secureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: privateFolderMode });
  if (!statSync(dataDir).isDirectory()) return;
  chmodQuietly(dataDir, privateFolderMode);
  makePrivate(dataDir);
}

/**
 * Files and folders this process creates from now on are its user's alone (umask 077): SQLite's
 * database, journal and backups, prints, exports. For a whole process (browser mode, the CLI);
 * worker threads cannot change the umask and share their process's.
 */
export function restrictNewFiles(): void {
  try {
    process.umask(0o077);
  } catch {
    // Inside a worker thread; the process's umask applies there already.
  }
}
