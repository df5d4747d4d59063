/**
 * Partial files of crashed backups do not stay forever (issue 12, item 11a): a start and every new
 * backup remove the `*.partial` files and their `-journal`/`-wal`/`-shm` that earlier runs left,
 * but never one that a running process may still be writing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupsFolder,
  partialFileName,
  removeLeftoverPartials,
} from '../../src/backend/backup/backup-files';
import type { Backup } from '../../src/contract/backups';
import { call, openTestBackend, type TestBackend } from '../fixtures/backend';
import { createClient } from './workspace-fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

const openBackends: TestBackend[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const backend of openBackends.splice(0)) await backend.dispose();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The id of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

function touch(folder: string, name: string, mtime?: Date): void {
  writeFileSync(join(folder, name), 'left over');
  if (mtime) utimesSync(join(folder, name), mtime, mtime);
}

const backupName = 'restride-2026-11-26T10-00-00-000Z-manual.sqlite';

describe('partial files of crashed backups', () => {
  it('are removed at start; a running process’s and a recent old-style one stay', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restride-partials-'));
    const folder = backupsFolder(dataDir);
    mkdirSync(folder, { recursive: true });
    const dead = partialFileName(backupName, endedPid());
    const running = partialFileName('restride-2026-11-26T11-00-00-000Z-manual.sqlite', process.ppid);
    const longAgo = new Date(Date.now() - DAY);
    touch(folder, dead);
    touch(folder, `${dead}-journal`);
    touch(folder, `${backupName}.partial`, longAgo);
    touch(folder, `${backupName}.partial-journal`, longAgo);
    touch(folder, `${backupName}.partial-wal`, longAgo);
    touch(folder, running);
    touch(folder, `${running}-journal`);
    touch(folder, 'restride-2026-11-25T10-00-00-000Z-manual.sqlite.partial-journal');
    touch(folder, backupName);
    touch(folder, 'notes.txt', longAgo);

    const backend = await openTestBackend(dataDir, NOW, { dailyBackup: false });
    openBackends.push(backend);
    expect(readdirSync(folder).sort()).toEqual(
      [
        backupName,
        'notes.txt',
        running,
        `${running}-journal`,
        // Written to just now by a version that did not name its process: perhaps still running.
        'restride-2026-11-25T10-00-00-000Z-manual.sqlite.partial-journal',
      ].sort(),
    );
  });

  it('are removed before a new backup is written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restride-partials-'));
    const backend = await openTestBackend(dataDir, NOW, { dailyBackup: false });
    openBackends.push(backend);
    await createClient(backend, 'Anna Keller');
    const folder = backend.context.backups.folder;
    mkdirSync(folder, { recursive: true });
    const dead = partialFileName(backupName, endedPid());
    touch(folder, dead);
    touch(folder, `${dead}-journal`);
    // This process's own leftover of a failed backup (no backup of this process is running).
    touch(folder, `${partialFileName(backupName)}-journal`);

    const backup = await call<Backup>(backend, 'backups.create', {});
    expect(readdirSync(folder)).toEqual([backup.fileName]);
  });

  it('leave this process’s backups being written alone', () => {
    const folder = mkdtempSync(join(tmpdir(), 'restride-partials-'));
    folders.push(folder);
    const writing = partialFileName(backupName);
    touch(folder, writing);
    touch(folder, `${writing}-journal`);
    expect(removeLeftoverPartials(folder, new Set([writing]))).toEqual([]);
    expect(removeLeftoverPartials(folder, new Set()).sort()).toEqual([writing, `${writing}-journal`]);
    expect(readdirSync(folder)).toEqual([]);
  });
});
