import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../contract/result';
import type { BackendContext } from './context';
import { openDatabase } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { dispatch } from './dispatch';

export interface BackendOptions {
  dataDir: string;
  clock?: () => Date;
  /** An Electron-ABI build of better_sqlite3.node; the Node build otherwise. */
  nativeBinding?: string;
}

export interface Backend {
  context: BackendContext;
  databaseFile: string;
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export const databaseFileName = 'restride.sqlite';

/** Opens (creating and migrating on first start) the installation's database and serves the contract. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, databaseFileName);
  const { db } = openDatabase(
    options.nativeBinding
      ? { file: databaseFile, nativeBinding: options.nativeBinding }
      : { file: databaseFile },
  );
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const context: BackendContext = {
    db,
    clock: options.clock ?? (() => new Date()),
    dataDir: options.dataDir,
  };
  return {
    context,
    databaseFile,
    dispatch: (channel, input) => dispatch(context, channel, input),
    close: () => db.destroy(),
  };
}
