import type SQLite from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase, openSqliteFile } from '../db/connection';
import { appSchemaVersion, migrateTo } from '../db/migrate';
import { migrations } from '../db/migrations';
import { DomainError } from '../errors';

/** Why a file cannot be restored; the message says it in words. */
export type RefusalReason = 'not_sqlite' | 'truncated' | 'integrity' | 'not_restride' | 'too_new';

/** A file that must not replace the database. A `conflict`: the request was fine, the file is not. */
export class BackupRefusedError extends DomainError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super('conflict', message);
    this.name = 'BackupRefusedError';
  }
}

export interface BackupCheck {
  /** The file's schema version: how many of the app's migrations it has had. */
  schemaVersion: number;
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const knownMigrations = Object.keys(migrations);

/**
 * Checks that `file` is a whole, intact ReStride database this app can open, reading it only
 * (read-only connection). `label` names the file in messages. Throws BackupRefusedError naming the
 * first problem: not an SQLite file, truncated, integrity check failed, not a ReStride database,
 * or written by a newer ReStride (naming both schema versions).
 */
export async function checkBackupFile(
  file: string,
  label: string,
  nativeBinding: string | undefined,
): Promise<BackupCheck> {
  checkFileHeader(file, label);
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = openSqliteFile(file, { readonly: true, nativeBinding });
    return await checkContents(sqlite, label, nativeBinding);
  } catch (error) {
    throw asRefusal(error, label);
  } finally {
    sqlite?.close();
  }
}

/**
 * SQLite's 100-byte header: the magic string, and a page count that the file's size must cover.
 * Reads 100 bytes, so a restore runs it on its source first and refuses most damaged or foreign
 * files at once, before copying anything.
 */
export function checkFileHeader(file: string, label: string): void {
  const size = statSync(file).size;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(HEADER)) {
    throw new BackupRefusedError(
      'not_sqlite',
      `"${label}" is not a ReStride database: it is not an SQLite database file (it is empty, damaged or another kind of file).`,
    );
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The page count in the header is valid only when the "version valid for" number matches the change counter.
  const pageCountValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const expected = pageSize * pageCount;
  if ((pageCountValid && pageCount > 0 && size < expected) || size % pageSize !== 0) {
    const of = pageCountValid
      ? ` (${size} of ${expected} bytes)`
      : ` (${size} bytes is not a whole number of pages)`;
    throw new BackupRefusedError('truncated', `"${label}" is damaged: the file is truncated${of}.`);
  }
}

async function checkContents(
  sqlite: SQLite.Database,
  label: string,
  nativeBinding: string | undefined,
): Promise<BackupCheck> {
  const problems = sqlite.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[];
  const first = problems[0]?.integrity_check;
  if (problems.length !== 1 || first !== 'ok') {
    const detail = problems.map((row) => row.integrity_check).join('; ');
    throw new BackupRefusedError(
      'integrity',
      `"${label}" cannot be restored: integrity check failed (${detail}).`,
    );
  }

  const tables = new Set(
    (sqlite.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const notOurs = (why: string): BackupRefusedError =>
    new BackupRefusedError('not_restride', `"${label}" is not a ReStride database (${why}).`);
  if (!tables.has('kysely_migration') || !tables.has('client')) throw notOurs('it has no ReStride tables');

  const history = (
    sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]
  ).map((row) => row.name);
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const unknown = history.filter((name) => !knownMigrations.includes(name));
  if (userVersion > appSchemaVersion || unknown.length > 0) {
    const version = Math.max(userVersion, history.length);
    throw new BackupRefusedError(
      'too_new',
      `"${label}" was written by a newer ReStride (schema ${version}; this app understands ${appSchemaVersion}). ` +
        'Update ReStride to restore it.',
    );
  }
  if (history.length === 0 || history.some((name, index) => knownMigrations[index] !== name)) {
    throw notOurs('its migration history does not match this app');
  }

  const missing = [...(await tablesAtVersion(history.length, nativeBinding))].filter((t) => !tables.has(t));
  if (missing.length > 0) throw notOurs(`tables missing: ${missing.join(', ')}`);
  return { schemaVersion: history.length };
}

const tablesByVersion = new Map<number, Promise<Set<string>>>();

/**
 * The tables a ReStride database has at a schema version, learnt by running the real migrations
 * on an empty in-memory database (so the check can never drift from the migrations).
 */
function tablesAtVersion(version: number, nativeBinding: string | undefined): Promise<Set<string>> {
  let tables = tablesByVersion.get(version);
  if (!tables) {
    tables = (async () => {
      const { db, sqlite } = openDatabase(
        nativeBinding ? { file: ':memory:', nativeBinding } : { file: ':memory:' },
      );
      try {
        await migrateTo(db, knownMigrations[version - 1] ?? '');
        const { rows } = await sql<{ name: string }>`
          select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
        return new Set(rows.map((row) => row.name));
      } finally {
        await db.destroy();
        sqlite.close();
      }
    })();
    tablesByVersion.set(version, tables);
    // A failed attempt is not remembered: the next check tries again.
    tables.catch(() => tablesByVersion.delete(version));
  }
  return tables;
}

/** SQLite's own errors on a damaged file, in the same words as the checks above. */
function asRefusal(error: unknown, label: string): unknown {
  if (error instanceof BackupRefusedError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') {
    return new BackupRefusedError(
      'not_sqlite',
      `"${label}" is not a ReStride database: it is not an SQLite database file (it is damaged or another kind of file).`,
    );
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
    return new BackupRefusedError(
      'integrity',
      `"${label}" cannot be restored: integrity check failed (${(error as Error).message}).`,
    );
  }
  return error;
}
