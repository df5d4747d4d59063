/**
 * app-lifecycle's start once Electron is ready: the backend is started through startBackend (window
 * first, daily backup in the background) with the restore worker built beside the main bundle.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StartBackendOptions } from '../../../electron/main/start-backend';

const app = vi.hoisted(() => ({
  enableSandbox: vi.fn(),
  setPath: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  isPackaged: false,
  getPath: vi.fn(() => '/tmp/restride-user-data'),
}));
const started = vi.hoisted(() => ({ options: [] as StartBackendOptions[] }));

vi.mock('electron', async () => ({
  ...(await import('./electron-mock')).electronMock(),
  app,
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
vi.mock('../../../electron/main/start-backend', () => ({
  startBackend: vi.fn(async (options: StartBackendOptions) => {
    started.options.push(options);
    return { backend: {}, disposeIpc: () => undefined, dailyBackup: Promise.resolve(null) };
  }),
}));

describe('app start', () => {
  it('starts the backend with the bundled restore worker, the window opening before the backup', async () => {
    const { startApp } = await import('../../../electron/main/app-lifecycle');
    startApp({ mainDir: '/opt/ReStride/resources/app.asar/out/main' });
    await vi.waitFor(() => expect(started.options).toHaveLength(1));
    const options = started.options[0]!;
    expect(options).toMatchObject({
      dataDir: '/tmp/restride-user-data',
      restoreWorker: join('/opt/ReStride/resources/app.asar/out/main', 'restore-worker.js'),
    });
    expect(typeof options.openWindow).toBe('function');
    expect(app.exit).not.toHaveBeenCalled();
  });
});
