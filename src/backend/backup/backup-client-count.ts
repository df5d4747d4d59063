import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteFile } from '../db/connection';

/** Counts already read, by file name, size and time of the last change (a backup never changes). */
const counted = new Map<string, number | null>();

/**
 * How many clients a backup holds, read from the file itself (opened read-only, one count), so
 * the restore dialog can say which backup it is about; null when the file cannot be read as a
 * database of ours. Cached per file: a backup is written once and listing them stays cheap.
 */
export function backupClientCount(
  folder: string,
  fileName: string,
  nativeBinding: string | undefined,
): number | null {
  const file = join(folder, fileName);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return null;
  const key = `${file}:${stat.size}:${stat.mtimeMs}`;
  if (counted.has(key)) return counted.get(key) ?? null;
  let count: number | null;
  try {
    const sqlite = openSqliteFile(file, { readonly: true, nativeBinding });
    try {
      const row = sqlite.prepare('select count(*) as clients from client').get() as { clients: number };
      count = Number(row.clients);
    } finally {
      sqlite.close();
    }
  } catch {
    count = null;
  }
  counted.set(key, count);
  return count;
}
