import type { Kysely } from 'kysely';
import type { BackupService } from './backup/backup-service';
import type { Database } from './db/schema';

/** What every handler receives: the database, a clock (the engine gets `today` from here) and the folder it may write to. */
export interface BackendContext {
  /** The live connection; read it on every use, since a restore replaces it. */
  readonly db: Kysely<Database>;
  clock: () => Date;
  dataDir: string;
  /** Backups of the database and restore from one (the only code that replaces `db`). */
  backups: BackupService;
}
