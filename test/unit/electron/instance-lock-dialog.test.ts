/**
 * Issue 12, item 6: the desktop app started on a data folder another ReStride (browser mode, the
 * CLI) has open does not start; it says which process has the folder in the start-up error box.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { acquireInstanceLock } from '../../../src/backend/instance-lock';
import type { BackendOptions } from '../../../src/backend/open-backend';
import { startBackend } from '../../../electron/main/start-backend';

const dataDir = vi.hoisted(() => ({ path: '' }));
const app = vi.hoisted(() => ({
  enableSandbox: vi.fn(),
  setPath: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  isPackaged: false,
  getPath: vi.fn(() => dataDir.path),
}));
const dialog = vi.hoisted(() => ({ showErrorBox: vi.fn() }));

vi.mock('electron', async () => ({
  ...(await import('./electron-mock')).electronMock(),
  app,
  dialog,
  session: {
    defaultSession: {
      on: vi.fn(),
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  },
}));
vi.mock('../../../electron/main/security', () => ({
  hardenSession: vi.fn(),
  hardenWebContents: vi.fn(),
  isTrustedSender: vi.fn(() => true),
}));
vi.mock('../../../electron/main/downloads', () => ({ openDownloadsWhenSaved: vi.fn() }));
vi.mock('../../../electron/main/menu', () => ({ installMenu: vi.fn() }));

afterAll(() => {
  if (dataDir.path) rmSync(dataDir.path, { recursive: true, force: true });
});

describe('the desktop app on a data folder another ReStride has open', () => {
  it('opens the backend as the desktop app (the kind a second process is told about)', async () => {
    const opened: BackendOptions[] = [];
    await expect(
      startBackend({
        dataDir: '/tmp/x',
        nativeBinding: undefined,
        restoreWorker: '/tmp/w.js',
        registerIpc: () => () => undefined,
        openWindow: () => undefined,
        open: async (options) => {
          opened.push(options);
          throw new Error('stop here');
        },
      }),
    ).rejects.toThrow('stop here');
    expect(opened[0]).toMatchObject({ kind: 'desktop app' });
  });

  it('shows the other process (kind, pid, since when) in the start-up error box and exits 1', async () => {
    dataDir.path = mkdtempSync(join(tmpdir(), 'restride-electron-lock-'));
    const lock = acquireInstanceLock(dataDir.path, 'browser mode', new Date('2026-11-27T08:00:00.000Z'));
    try {
      const { startApp } = await import('../../../electron/main/app-lifecycle');
      startApp({ mainDir: '/opt/ReStride/resources/app.asar/out/main' });
      await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
      expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
      const [title, text] = dialog.showErrorBox.mock.calls[0] as [string, string];
      expect(title).toBe('ReStride cannot start');
      expect(text).toContain(
        `ReStride (browser mode, process ${process.pid}, running since 2026-11-27T08:00:00.000Z) already has this data folder open`,
      );
      expect(text).toContain('close the other one and try again');
    } finally {
      lock.release();
    }
  });
});
