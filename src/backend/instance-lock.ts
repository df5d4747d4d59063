import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The kind of process that has a data folder open, as the refusal message names it. */
export type InstanceKind = 'desktop app' | 'browser mode' | 'command line';

/** What the lock file holds: enough to name the other process in a refusal. */
export interface LockOwner {
  pid: number;
  host: string;
  kind: InstanceKind;
  /** ISO time the process took the lock. */
  since: string;
}

export const lockFileName = 'restride.lock';

/** Thrown when another live process holds the data folder; its message names that process. */
export class InstanceLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly owner: LockOwner | null,
  ) {
    super(describeOwner(lockFile, owner));
    this.name = 'InstanceLockedError';
  }
}

function describeOwner(lockFile: string, owner: LockOwner | null): string {
  const who = owner
    ? `ReStride (${owner.kind}, process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, running since ${owner.since})`
    : 'Another ReStride process';
  return (
    `${who} already has this data folder open. Only one ReStride (desktop app, browser mode or ` +
    `command line) may use a data folder at a time: close the other one and try again. ` +
    `(Lock file: ${lockFile})`
  );
}

let defaultKind: InstanceKind = 'command line';

/** Set once by the process's entry point (browser mode, the CLI, the desktop app). */
export function setInstanceKind(kind: InstanceKind): void {
  defaultKind = kind;
}

export function instanceKind(): InstanceKind {
  return defaultKind;
}

/** Lock files this process holds, with their content: released on close and at exit. */
const held = new Map<string, string>();
let exitHookInstalled = false;

function releaseAllAtExit(): void {
  for (const file of [...held.keys()]) releaseFile(file);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): { text: string; owner: LockOwner | null } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return {
        text,
        owner: {
          pid: parsed.pid,
          host: parsed.host,
          kind: parsed.kind ?? 'command line',
          since: String(parsed.since ?? 'an unknown time'),
        },
      };
    }
  } catch {
    // An unreadable lock: a process killed between creating the file and writing it.
  }
  return { text, owner: null };
}

/**
 * Whether the lock's owner is gone: a process on this host that is no longer alive. A pid equal to
 * ours that this process does not hold is a previous process's (pids are reused, in containers
 * especially). A lock from another host (a shared folder) is never taken over.
 */
function isStale(file: string, owner: LockOwner | null): boolean {
  if (owner === null) return true;
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !held.has(file);
  return !isAlive(owner.pid);
}

function releaseFile(file: string): void {
  const mine = held.get(file);
  held.delete(file);
  if (mine === undefined) return;
  try {
    // Only our own lock: never remove one a later process took over.
    if (readFileSync(file, 'utf8') === mine) rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}

export interface InstanceLock {
  readonly file: string;
  release(): void;
}

/**
 * Takes the data folder's lock for this process, atomically (the file is created with 'wx', so of
 * two processes starting together exactly one creates it). A lock left by a process that is no
 * longer running is taken over; a live one refuses with InstanceLockedError naming its owner.
 * The lock is released by `release()` and, failing that, when the process exits.
 */
export function acquireInstanceLock(
  dataDir: string,
  kind: InstanceKind = defaultKind,
  now: Date = new Date(),
): InstanceLock {
  const file = join(dataDir, lockFileName);
  const content = `${JSON.stringify({ pid: process.pid, host: hostname(), kind, since: now.toISOString() } satisfies LockOwner)}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, content);
      } finally {
        closeSync(fd);
      }
      held.set(file, content);
      if (!exitHookInstalled) {
        process.on('exit', releaseAllAtExit);
        exitHookInstalled = true;
      }
      return { file, release: () => releaseFile(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = readOwner(file);
    if (existing === null) continue; // released meanwhile: try again
    if (!isStale(file, existing.owner)) throw new InstanceLockedError(file, existing.owner);
    // Take over a stale lock, unless another process has just done so (the content changed).
    if (readOwner(file)?.text === existing.text) rmSync(file, { force: true });
  }
  throw new InstanceLockedError(file, readOwner(file)?.owner ?? null);
}
