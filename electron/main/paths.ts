import { join } from 'node:path';
import { appPageUrl } from './app-protocol';

/**
 * Where the window's page comes from. Packaged and `npm start`: our own built index.html on disk
 * (`file`), served from its folder as restride://app/index.html (`url`, see app-protocol.ts).
 * `electron-vite dev`: the dev server, which electron-vite announces in ELECTRON_RENDERER_URL.
 */
export type RendererTarget =
  { kind: 'file'; file: string; url: string } | { kind: 'dev'; url: string; origin: string };

export interface BundlePaths {
  preload: string;
  rendererIndex: string;
  /** The worker thread a restore prepares its copy in (its own entry in the main build). */
  restoreWorker: string;
}

/** The bundles electron-vite writes next to out/main (see electron.vite.config.ts). */
export function bundlePaths(mainDir: string): BundlePaths {
  return {
    // CommonJS on purpose: an ESM preload would force `sandbox: false`.
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererIndex: join(mainDir, '..', 'renderer', 'index.html'),
    restoreWorker: join(mainDir, 'restore-worker.js'),
  };
}

export function resolveRendererTarget(options: {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
  rendererIndex: string;
}): RendererTarget {
  const devUrl = options.isPackaged ? undefined : options.env['ELECTRON_RENDERER_URL'];
  if (devUrl) {
    const url = new URL(devUrl);
    // A dev server on another machine would be trusted with the whole IPC surface: loopback only.
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
      return { kind: 'dev', url: url.href, origin: url.origin };
    }
  }
  return { kind: 'file', file: options.rendererIndex, url: appPageUrl };
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * The Electron build of better-sqlite3. Packaged: shipped in resources/native by
 * electron-builder.yml. Unpackaged: built by electron/launch/start.mjs and announced in
 * RESTRIDE_SQLITE_BINDING. The env var is ignored when packaged so an environment cannot make the
 * installed app load arbitrary native code.
 */
export function resolveSqliteBinding(options: {
  isPackaged: boolean;
  resourcesPath: string;
  env: NodeJS.ProcessEnv;
}): string | undefined {
  if (options.isPackaged) {
    return join(options.resourcesPath, 'native', 'better_sqlite3.node');
  }
  return options.env['RESTRIDE_SQLITE_BINDING'] || undefined;
}

/**
 * Unpackaged runs (development, the Playwright Electron spec) may point userData elsewhere so
 * they never touch a real installation's database. Ignored when packaged.
 */
export function resolveUserDataOverride(options: {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
}): string | undefined {
  if (options.isPackaged) {
    return undefined;
  }
  return options.env['RESTRIDE_USER_DATA_DIR'] || undefined;
}
