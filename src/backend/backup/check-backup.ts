import type SQLite from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { openDatabase, openSqliteFile } from '../db/connection';
import { appSchemaVersion, migrateTo } from '../db/migrate';
import { migrations } from '../db/migrations';
import { DomainError } from '../errors';

/** Why a file cannot be restored; the message says it in words. */
export type RefusalReason =
  'not_sqlite' | 'truncated' | 'integrity' | 'not_restride' | 'too_new' | 'schema' | 'foreign_keys';

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
 * written by a newer ReStride (naming both schema versions), database objects other than the
 * migrations make at its version (a trigger, view, index, table or column of its own, or one
 * missing: a restored file must not bring code or a schema of its own; named), or rows whose
 * foreign keys point nowhere (the tables named).
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

  const version = history.length;
  const differences = compareSchema(schemaOf(sqlite), await schemaAtVersion(version, nativeBinding));
  if (differences.length > 0) {
    throw new BackupRefusedError(
      'schema',
      `"${label}" cannot be restored: its database objects are not the ones ReStride creates at schema ${version} ` +
        `(${differences.join('; ')}).`,
    );
  }
  const violations = foreignKeyViolations(sqlite);
  if (violations.length > 0) {
    throw new BackupRefusedError(
      'foreign_keys',
      `"${label}" cannot be restored: it has rows that refer to rows that do not exist (${violations.join('; ')}).`,
    );
  }
  return { schemaVersion: version };
}

/** One entry of `sqlite_master`: a table (with its columns in `sql`), index, trigger or view. */
interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  /** The CREATE statement, whitespace normalised; '' for SQLite's own automatic indexes. */
  sql: string;
}

/** Every object of the file's schema, keyed by type and name. */
function schemaOf(sqlite: SQLite.Database): Map<string, SchemaObject> {
  const rows = sqlite.prepare('select type, name, tbl_name as tblName, sql from sqlite_master').all() as {
    type: string;
    name: string;
    tblName: string;
    sql: string | null;
  }[];
  return new Map(
    rows.map((row) => [
      `${row.type} ${row.name}`,
      { type: row.type, name: row.name, tblName: row.tblName, sql: normaliseSql(row.sql ?? '') },
    ]),
  );
}

/**
 * The differences between a file's schema and the reference, in words naming each object:
 * unexpected objects (a trigger, view, index or table the migrations never made), missing ones and
 * changed ones (other columns, another definition, another table). Empty when they are the same.
 */
export function compareSchema(
  actual: ReadonlyMap<string, SchemaObject>,
  expected: ReadonlyMap<string, SchemaObject>,
): string[] {
  const describe = (object: SchemaObject): string =>
    object.type === 'table' || object.tblName === object.name
      ? `${object.type} "${object.name}"`
      : `${object.type} "${object.name}" on ${object.tblName}`;
  const unexpected: string[] = [];
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [key, object] of actual) {
    const reference = expected.get(key);
    if (!reference) unexpected.push(describe(object));
    else if (reference.sql !== object.sql || reference.tblName !== object.tblName)
      changed.push(describe(object));
  }
  for (const [key, object] of expected) if (!actual.has(key)) missing.push(describe(object));
  const parts: string[] = [];
  if (unexpected.length > 0) parts.push(`unexpected: ${unexpected.join(', ')}`);
  if (missing.length > 0) parts.push(`missing: ${missing.join(', ')}`);
  if (changed.length > 0) parts.push(`changed: ${changed.join(', ')}`);
  return parts;
}

/**
 * A CREATE statement with runs of whitespace outside quotes made one space (and none at the ends):
 * the same definition reads the same however it was laid out, while names and literals stay exact.
 */
export function normaliseSql(text: string): string {
  let out = '';
  let quote: string | null = null;
  let space = false;
  for (const char of text) {
    if (quote) {
      out += char;
      if (char === quote) quote = null;
      continue;
    }
    if (/\s/.test(char)) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += char;
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '[') quote = ']';
  }
  return out;
}

/** `PRAGMA foreign_key_check`, summed up per table and the table it refers to. */
function foreignKeyViolations(sqlite: SQLite.Database): string[] {
  const rows = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.table} → ${row.parent}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} in ${key}`);
}

const schemaByVersion = new Map<number, Promise<Map<string, SchemaObject>>>();

/**
 * The schema a ReStride database has at a schema version, learnt by running the real migrations
 * on an empty in-memory database (so the check can never drift from the migrations). Cached per
 * version for the life of the thread.
 */
function schemaAtVersion(
  version: number,
  nativeBinding: string | undefined,
): Promise<Map<string, SchemaObject>> {
  let schema = schemaByVersion.get(version);
  if (!schema) {
    schema = (async () => {
      const { db, sqlite } = openDatabase(
        nativeBinding ? { file: ':memory:', nativeBinding } : { file: ':memory:' },
      );
      try {
        await migrateTo(db, knownMigrations[version - 1] ?? '');
        return schemaOf(sqlite);
      } finally {
        await db.destroy();
        sqlite.close();
      }
    })();
    schemaByVersion.set(version, schema);
    // A failed attempt is not remembered: the next check tries again.
    schema.catch(() => schemaByVersion.delete(version));
  }
  return schema;
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
