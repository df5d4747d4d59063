import type { Migration } from 'kysely';
import * as m001 from './2026-11-27-001-clients';
import * as m002 from './2026-11-27-002-injuries';
import * as m003 from './2026-11-27-003-clearances';
import * as m004 from './2026-11-27-004-intake';
import * as m005 from './2026-11-27-005-programmes';
import * as m006 from './2026-11-27-006-session-logs';
import * as m007 from './2026-11-27-007-groups';
import * as m008 from './2026-11-27-008-settings';
import * as m009 from './2026-11-27-009-client-status';
import * as m010 from './2026-11-27-010-audit-log';
import * as m011 from './2026-12-06-011-clinical-details';
import * as m012 from './2026-12-06-012-derived-programme';
import * as m013 from './2026-12-06-013-caseload-search';
import * as m014 from './2026-12-06-014-print-files';
import * as m015 from './2026-12-06-015-assessments';
import * as m016 from './2026-12-06-016-one-club';
import * as m017 from './2026-12-06-017-session-log-details';

/**
 * Every migration, in order. Static on purpose: once the main process is bundled a folder scan
 * finds nothing. The schema version of a database is the number of migrations applied to it.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-001-clients': m001,
  '2026-11-27-002-injuries': m002,
  '2026-11-27-003-clearances': m003,
  '2026-11-27-004-intake': m004,
  '2026-11-27-005-programmes': m005,
  '2026-11-27-006-session-logs': m006,
  '2026-11-27-007-groups': m007,
  '2026-11-27-008-settings': m008,
  '2026-11-27-009-client-status': m009,
  '2026-11-27-010-audit-log': m010,
  '2026-12-06-011-clinical-details': m011,
  '2026-12-06-012-derived-programme': m012,
  '2026-12-06-013-caseload-search': m013,
  '2026-12-06-014-print-files': m014,
  '2026-12-06-015-assessments': m015,
  '2026-12-06-016-one-club': m016,
  '2026-12-06-017-session-log-details': m017,
};
