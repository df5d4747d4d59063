import type { Migration } from 'kysely';
import * as m001 from './2026-11-27-001-clients';

/**
 * Every migration, in order. Static on purpose: once the main process is bundled a folder scan
 * finds nothing. The schema version of a database is the number of migrations applied to it.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-001-clients': m001,
};
