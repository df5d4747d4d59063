/**
 * The desktop app's start order (electron/main/start-backend.ts), on a real database: the window
 * opens as soon as the backend answers, and the daily backup is taken afterwards, in the
 * background, as browser mode does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '../../../src/backend/open-backend';
import type { Backup } from '../../../src/contract/backups';
import { startBackend } from '../../../electron/main/start-backend';

const folders: string[] = [];
const backends: Backend[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A data folder whose database holds a client and has no backup yet: a daily backup is due. */
async function dataDirWithAClient(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-electron-start-'));
  folders.push(dataDir);
  const backend = await openBackend({ dataDir, dailyBackup: false });
  const created = await backend.dispatch('clients.create', { name: 'Anna Keller' });
  expect(created.ok).toBe(true);
  await backend.close();
  return dataDir;
}

async function backupsOf(backend: Backend): Promise<Backup[]> {
  const result = await backend.dispatch('backups.list', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Backup[];
}

describe('starting the desktop backend', () => {
  it('opens the window before the daily backup, then takes it in the background', async () => {
    const dataDir = await dataDirWithAClient();
    const events: string[] = [];
    const opened: BackendOptions[] = [];
    let backupsWhenWindowOpened: Backup[] | null = null;
    let backend: Backend | null = null;
    const log = vi.fn();

    const started = await startBackend({
      dataDir,
      nativeBinding: undefined,
      restoreWorker: '/opt/ReStride/out/main/restore-worker.js',
      open: async (options) => {
        opened.push(options);
        backend = await openBackend(options);
        events.push('opened');
        return backend;
      },
      registerIpc: () => {
        events.push('ipc');
        return () => events.push('ipc disposed');
      },
      openWindow: () => {
        events.push('window');
        // The backend already answers; no backup has been written yet.
        backupsWhenWindowOpened = backend!.context.backups.list();
      },
      log,
    });
    backends.push(started.backend);

    expect(opened).toEqual([
      {
        dataDir,
        dailyBackup: false,
        restoreWorker: '/opt/ReStride/out/main/restore-worker.js',
        kind: 'desktop app',
      },
    ]);
    expect(events).toEqual(['opened', 'ipc', 'window']);
    expect(backupsWhenWindowOpened).toEqual([]);

    const backup = await started.dailyBackup;
    expect(backup).toMatchObject({ reason: 'auto' });
    expect((await backupsOf(started.backend)).map((b) => b.fileName)).toEqual([backup!.fileName]);
    expect(log).toHaveBeenCalledWith(`[app] start-up backup written: ${backup!.fileName}`);
  });

  it('passes the Electron build of better-sqlite3 on to the backend', async () => {
    const open = vi.fn(async (_options: BackendOptions): Promise<Backend> => {
      throw new Error('stop here');
    });
    await expect(
      startBackend({
        dataDir: '/data',
        nativeBinding: '/res/native/better_sqlite3.node',
        restoreWorker: '/w.js',
        open,
        registerIpc: () => () => undefined,
        openWindow: () => undefined,
      }),
    ).rejects.toThrow('stop here');
    expect(open).toHaveBeenCalledWith({
      dataDir: '/data',
      dailyBackup: false,
      restoreWorker: '/w.js',
      kind: 'desktop app',
      nativeBinding: '/res/native/better_sqlite3.node',
    });
  });

  it('takes no backup and closes the database when the window cannot open', async () => {
    const dataDir = await dataDirWithAClient();
    let backend: Backend | null = null;
    await expect(
      startBackend({
        dataDir,
        nativeBinding: undefined,
        restoreWorker: '/w.js',
        open: async (options) => (backend = await openBackend(options)),
        registerIpc: () => () => undefined,
        openWindow: () => {
          throw new Error('no display');
        },
      }),
    ).rejects.toThrow('no display');
    // Closed: reopening works, and no backup was written.
    const reopened = await openBackend({ dataDir, dailyBackup: false });
    backends.push(reopened);
    expect(await backupsOf(reopened)).toEqual([]);
    expect(backend).not.toBeNull();
  });
});
