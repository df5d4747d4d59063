import type { Kysely } from 'kysely';
import { detachAuditEntries } from '../audit/audit.repository';
import type { Database } from '../db/schema';
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
