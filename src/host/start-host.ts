import { randomBytes } from 'node:crypto';
import type { Backup } from '../contract/backups';
import { secureDataDir } from '../backend/data-dir';
import { seedDemoData } from '../backend/demo/seed-demo';
import { openBackend, type Backend } from '../backend/open-backend';
import { createHostServer, openParam, type HostServer } from './http-server';

export interface StartHostOptions {
  dataDir: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** Add the sample clients when the database is empty. */
  demo?: boolean;
  clock?: () => Date;
  log?: (line: string) => void;
}

export interface RunningHost {
  backend: Backend;
  server: HostServer;
  port: number;
  /** The session cookie's value (never shown; the browser gets it by opening `openUrl`). */
  token: string;
  /** The URL to print: it carries a one-time secret that the host exchanges for the session cookie. */
  openUrl: string;
  /** The start-up backup, running in the background once the server listens (null: none due). */
  dailyBackup: Promise<Backup | null>;
  /** Stops answering, waits for a running backup, closes the database. */
  stop(): Promise<void>;
}

/**
 * Browser mode's start: opens the database, listens, and only then takes the daily backup, in the
 * background. Copying a large database takes seconds; the first page must not wait for it, and
 * calls go on while it runs, as they do during a manual backup.
 */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const log = options.log ?? ((): void => undefined);
  // Another local user must not read the clinic's data: 0700 folders and 0600 files, also for
  // installs made before this rule.
  secureDataDir(options.dataDir);
  const backend = await openBackend({
    dataDir: options.dataDir,
    dailyBackup: false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  try {
    if (options.demo) {
      const added = await seedDemoData(backend.dispatch);
      if (added > 0) log(`Added ${added} sample clients.`);
    }
    const token = randomBytes(24).toString('base64url');
    const openSecret = randomBytes(24).toString('base64url');
    const server = createHostServer({
      dispatch: backend.dispatch,
      rendererDir: options.rendererDir,
      token,
      openSecret,
      log,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', resolve);
    });
    const { port } = server.address() as { port: number };
    const dailyBackup = backend.takeDailyBackup().then((backup) => {
      if (backup) log(`Start-up backup written: ${backup.fileName}`);
      return backup;
    });
    return {
      backend,
      server,
      port,
      token,
      openUrl: `http://127.0.0.1:${port}/?${openParam}=${openSecret}`,
      dailyBackup,
      async stop() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}
