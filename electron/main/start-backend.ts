import type { Backup } from '../../src/contract/backups';
import { openBackend, type Backend, type BackendOptions } from '../../src/backend/open-backend';

export interface StartBackendOptions {
  dataDir: string;
  nativeBinding: string | undefined;
  /** The built restore worker beside the main bundle (see bundlePaths). */
  restoreWorker: string;
  /** Registers the IPC host on the opened backend; returns its disposer. */
  registerIpc: (backend: Backend) => () => void;
  /** Opens the window, once the backend answers calls. */
  openWindow: () => void;
  /** For tests: the backend opener (default: openBackend). */
  open?: (options: BackendOptions) => Promise<Backend>;
  log?: (line: string) => void;
}

export interface StartedBackend {
  backend: Backend;
  disposeIpc: () => void;
  /** The start-up backup, running in the background after the window opened (null: none due). */
  dailyBackup: Promise<Backup | null>;
}

/**
 * The desktop app's start, in browser mode's order (src/host/start-host.ts): open the database,
 * answer IPC, open the window, and only then take the daily backup, in the background. Copying a
 * large database takes seconds; the window must not wait for it, and calls go on while it runs
 * (closing the backend waits for it).
 */
export async function startBackend(options: StartBackendOptions): Promise<StartedBackend> {
  const open = options.open ?? openBackend;
  const log = options.log ?? ((line: string): void => console.log(line));
  const backend = await open({
    dataDir: options.dataDir,
    dailyBackup: false,
    restoreWorker: options.restoreWorker,
    // Named to a browser mode or CLI started on the same data folder, which is refused.
    kind: 'desktop app',
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  let disposeIpc: () => void;
  try {
    disposeIpc = options.registerIpc(backend);
    options.openWindow();
  } catch (error) {
    await backend.close();
    throw error;
  }
  // takeDailyBackup logs a failure and resolves to null; it never rejects.
  const dailyBackup = backend.takeDailyBackup().then((backup) => {
    if (backup) log(`[app] start-up backup written: ${backup.fileName}`);
    return backup;
  });
  return { backend, disposeIpc, dailyBackup };
}
