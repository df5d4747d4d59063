import { dirname, join } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import type { Backend } from '../../src/backend/open-backend';
import { registerIpcHost } from './ipc-host';
import { installMenu } from './menu';
import { bundlePaths, resolveRendererTarget, resolveSqliteBinding, resolveUserDataOverride } from './paths';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { createMainWindow } from './window';
import { setFontDirectory } from '../../src/backend/pdf/pdf-fonts';
import { openDownloadsWhenSaved } from './downloads';
import { startBackend } from './start-backend';

/**
 * The desktop shell's whole life: one instance, one window, one backend. Everything security-
 * relevant is wired before the first page loads.
 */
export function startApp(options: { mainDir: string }): void {
  // Sandbox every renderer, including any a future change might create without saying so.
  app.enableSandbox();
  // Before ready, as Electron requires: the scheme the built page is served on.
  registerAppScheme(protocol);

  // Before the single-instance lock: the lock lives in userData.
  const userDataOverride = resolveUserDataOverride({ isPackaged: app.isPackaged, env: process.env });
  if (userDataOverride) {
    app.setPath('userData', userDataOverride);
  }
  if (!app.requestSingleInstanceLock()) {
    // Another ReStride owns the database; it is told to come to the front ('second-instance').
    app.quit();
    return;
  }

  const paths = bundlePaths(options.mainDir);
  const target = resolveRendererTarget({
    isPackaged: app.isPackaged,
    env: process.env,
    rendererIndex: paths.rendererIndex,
  });
  const isDev = !app.isPackaged;
  let window: BrowserWindow | null = null;
  let backend: Backend | null = null;
  let disposeIpc: (() => void) | null = null;

  const openWindow = (): void => {
    window = createMainWindow({ preload: paths.preload, target, devTools: isDev });
    window.on('closed', () => {
      window = null;
    });
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) {
        window.restore();
      }
      window.focus();
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens it.
    if (backend && BrowserWindow.getAllWindows().length === 0) {
      openWindow();
    }
  });
  let closing = false;
  app.on('will-quit', (event) => {
    // Closing the database checkpoints the WAL; wait for it before the process ends.
    if (!backend || closing) {
      return;
    }
    event.preventDefault();
    closing = true;
    disposeIpc?.();
    const open = backend;
    backend = null;
    open
      .close()
      .catch((error: unknown) => console.error('[app] closing the database failed', error))
      .finally(() => app.quit());
  });

  void app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession, target);
      if (target.kind === 'file') {
        serveAppFiles(protocol, dirname(target.file));
      }
      openDownloadsWhenSaved(session.defaultSession);
      // The packaged app ships the PDF font outside the asar (electron-builder extraResources).
      if (app.isPackaged) setFontDirectory(join(process.resourcesPath, 'fonts'));
      installMenu({ isMac: process.platform === 'darwin', isDev });
      const nativeBinding = resolveSqliteBinding({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        env: process.env,
      });
      // The window opens as soon as the database answers; the daily backup follows in the background.
      const started = await startBackend({
        dataDir: app.getPath('userData'),
        nativeBinding,
        restoreWorker: paths.restoreWorker,
        registerIpc: (opened) =>
          registerIpcHost({ backend: opened, isTrustedSender: (frame) => isTrustedSender(frame, target) }),
        openWindow,
      });
      backend = started.backend;
      disposeIpc = started.disposeIpc;
    })
    .catch((error: unknown) => {
      console.error('[app] start-up failed', error);
      dialog.showErrorBox(
        'ReStride cannot start',
        describeStartupError(error, { isPackaged: app.isPackaged }),
      );
      app.exit(1);
    });
}

/**
 * The text of the start-up error box. The backend's own messages (e.g. a database newer than
 * the app, naming both versions) are shown as they are; a native-module mismatch gets the fix.
 */
export function describeStartupError(error: unknown, context: { isPackaged: boolean }): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!context.isPackaged && /NODE_MODULE_VERSION|better_sqlite3\.node|was compiled against/i.test(message)) {
    return (
      `${message}\n\nThe database driver is built for Node.js, not for Electron. ` +
      'Start the desktop app with "npm start", which prepares an Electron build of it.'
    );
  }
  return message;
}
