import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { RendererTarget } from './paths';

/**
 * The window's web preferences are the security boundary of the whole app: the page gets no
 * Node, runs sandboxed and isolated from the preload, and can reach the main process only
 * through the preload's per-channel functions.
 */
export function mainWindowOptions(options: {
  preload: string;
  devTools: boolean;
}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'ReStride',
    // Shown on ready-to-show, so the user never sees a blank white frame.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.devTools,
      spellcheck: true,
    },
  };
}

export function createMainWindow(options: {
  preload: string;
  target: RendererTarget;
  devTools: boolean;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  // Navigation, new windows and <webview> are refused for every WebContents in
  // app-lifecycle.ts ('web-contents-created'), which covers this window too.
  // The built page comes through the app scheme (app-protocol.ts), never as a file:// URL.
  window
    .loadURL(options.target.url)
    .catch((error: unknown) => console.error('[window] the page failed to load', error));
  return window;
}
