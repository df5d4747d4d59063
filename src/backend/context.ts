import type { Kysely } from 'kysely';
import type { Database } from './db/schema';

/** What every handler receives: the database, a clock (the engine gets `today` from here) and the folder it may write to. */
export interface BackendContext {
  db: Kysely<Database>;
  clock: () => Date;
  dataDir: string;
}
