import type SQLite from 'better-sqlite3';
import type { Backup } from '../../contract/backups';
import type { BackupService } from './backup-service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the start-up backup is due: no backup of any kind within a day of `now`. A clock set
 * back far behind the newest backup counts as a day passed, so one bad date cannot stop backups.
 */
export function dailyBackupDue(backups: readonly Backup[], now: Date): boolean {
  const newest = backups[0];
  if (!newest) return true;
  return Math.abs(now.getTime() - Date.parse(newest.createdAt)) >= DAY_MS;
}

/**
 * Whether any of the app's tables holds a row: an empty database is not worth a backup. Only
 * ordinary tables count: a full-text index's shadow tables (`*_data`, `*_config`) hold rows from
 * the moment it is created.
 */
export function hasData(sqlite: SQLite.Database): boolean {
  const tables = sqlite
    .prepare(
      `select name from pragma_table_list
       where schema = 'main' and type = 'table'
         and name not like 'sqlite\\_%' escape '\\' and name not like 'kysely\\_%' escape '\\'`,
    )
    .pluck()
    .all() as string[];
  return tables.some((table) => {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    return sqlite.prepare(`select exists (select 1 from ${quoted})`).pluck().get() === 1;
  });
}

/**
 * The start-up backup, when the database holds data and no backup is a day old. A failure is
 * logged, not thrown: the clinic can still work, and the next start tries again. Resolves to the
 * backup taken, or null when none was due (or it failed).
 */
export async function takeDailyBackup(
  sqlite: SQLite.Database,
  backups: BackupService,
  now: Date,
): Promise<Backup | null> {
  try {
    if (dailyBackupDue(backups.list(), now) && hasData(sqlite)) return await backups.create('auto');
  } catch (error) {
    console.error('ReStride: the start-up backup failed', error);
  }
  return null;
}
