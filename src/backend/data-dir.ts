import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where browser mode and the CLI keep the database: the flag, else RESTRIDE_DATA_DIR, else ~/.restride. */
export function resolveDataDir(flag: string | undefined, env: Record<string, string | undefined>): string {
  const chosen = flag ?? env.RESTRIDE_DATA_DIR;
  return chosen && chosen.trim() !== '' ? resolve(chosen) : join(homedir(), '.restride');
}
