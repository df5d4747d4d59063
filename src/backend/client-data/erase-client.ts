import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, unlinkSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Kysely } from 'kysely';
import { detachAuditEntries } from '../audit/audit.repository';
import type { Database } from '../db/schema';
import { isClientPrintFile } from '../exports/file-names';
import { PRINTS_FOLDER } from '../print/print-folder';
import {
  countClientRows,
  deleteClientRow,
  listInjuryIds,
  type ClientRowCounts,
} from './client-data.repository';

/** What an erasure removed: rows per table and the audit entries it detached from the client. */
export interface ErasedRows {
  deleted: ClientRowCounts;
  auditEntriesDetached: number;
}

/**
 * Deletes the client and every row about them (the cascades declared by the migrations), proves
 * that no table holds a row of theirs any more, and detaches their audit entries (whose subjects
 * carry no personal data) from the id. Call inside a transaction: a row left behind throws, and
 * the whole erasure rolls back rather than half-erasing.
 */
export async function eraseClientRows(db: Kysely<Database>, clientId: number): Promise<ErasedRows> {
  const injuryIds = await listInjuryIds(db, clientId);
  const deleted = await countClientRows(db, clientId, injuryIds);
  await deleteClientRow(db, clientId);
  const left = await countClientRows(db, clientId, injuryIds);
  const tables = Object.entries(left).filter(([, count]) => count > 0);
  if (tables.length > 0) {
    // A table without ON DELETE CASCADE (or a connection without foreign keys): a bug, not a user error.
    throw new Error(`Erasing client ${clientId} left rows in ${tables.map(([table]) => table).join(', ')}`);
  }
  const auditEntriesDetached = await detachAuditEntries(db, clientId);
  return { deleted, auditEntriesDetached };
}

/** What erasure did with the files a client's programme was handed out in. */
export interface ErasedFiles {
  /** Print-to-folder PDFs deleted from the data folder's prints/. */
  printFilesDeleted: number;
  /** Downloaded prints, calendars and watch workouts: saved where the app cannot reach them. */
  downloadsHandedOut: number;
  /** Exports of the client's whole record (JSON), likewise out of the app's reach. */
  recordExports: number;
}

/** A name the new print files carry (`… – 0042.pdf`, `… – 0042 (2).pdf`): never a legacy one. */
const NUMBERED_PRINT = / – \d{4,}(?: \(\d+\))?\.pdf$/u;

/**
 * Deletes the client's files in `<dataDir>/prints/` and counts what was handed out beyond reach.
 * Found three ways: the paths their print snapshots recorded; any file named with their client
 * number that no other client's snapshot claims (a print whose record a crash prevented); and,
 * for prints made before paths were recorded, any unnumbered PDF whose SHA-256 is one of their
 * prints'. A recorded path that leads outside prints/ (a forged or damaged database) is ignored.
 * Call inside the erasure's transaction, before the rows go: should the transaction then fail,
 * the files are gone and the record stays for another try — never the other way round, which
 * would leave files that nothing points to any more.
 */
export async function eraseClientFiles(
  db: Kysely<Database>,
  dataDir: string,
  clientId: number,
): Promise<ErasedFiles> {
  const snapshots = await db
    .selectFrom('plan_snapshot')
    .select(['purpose', 'print_file', 'file_sha256'])
    .where('client_id', '=', clientId)
    .execute();
  const { exports } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('exports'))
    .where('client_id', '=', clientId)
    .where('action', '=', 'client.export')
    .executeTakeFirstOrThrow();
  const prints = resolve(dataDir, PRINTS_FOLDER);
  const inPrints = (relative: string): string | null => {
    const path = resolve(prints, relative);
    return path.startsWith(prints + sep) && path.endsWith('.pdf') ? path : null;
  };

  const doomed = new Set<string>();
  for (const { print_file: file } of snapshots) {
    const path = file === null ? null : inPrints(file);
    if (path !== null) doomed.add(path);
  }
  const legacyHashes = new Set(
    snapshots
      .filter((s) => s.purpose === 'print_to_folder' && s.print_file === null)
      .map((s) => s.file_sha256),
  );
  const claimedByOthers = new Set(
    (
      await db
        .selectFrom('plan_snapshot')
        .select('print_file')
        .where('client_id', '!=', clientId)
        .where('print_file', 'is not', null)
        .execute()
    ).map(({ print_file: file }) => inPrints(file ?? '')),
  );
  for (const batch of listEntries(prints)) {
    if (!batch.isDirectory()) continue;
    for (const entry of listEntries(join(prints, batch.name))) {
      if (!entry.isFile()) continue;
      const path = join(prints, batch.name, entry.name);
      if (isClientPrintFile(entry.name, clientId)) {
        if (!claimedByOthers.has(path)) doomed.add(path);
      } else if (legacyHashes.size > 0 && entry.name.endsWith('.pdf') && !NUMBERED_PRINT.test(entry.name)) {
        if (legacyHashes.has(createHash('sha256').update(readFileSync(path)).digest('hex'))) doomed.add(path);
      }
    }
  }

  let printFilesDeleted = 0;
  for (const path of doomed) {
    try {
      if (!lstatSync(path).isFile()) continue;
      unlinkSync(path);
      printFilesDeleted += 1;
    } catch (error) {
      // Already gone (an earlier erasure that rolled back, or the clinic tidied the folder).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return {
    printFilesDeleted,
    downloadsHandedOut: snapshots.filter((s) => s.purpose !== 'print_to_folder').length,
    recordExports: Number(exports),
  };
}

function listEntries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
