import type { Kysely } from 'kysely';
import type { AuditAction, AuditDetails } from '../../contract/audit';
import type { Database } from '../db/schema';
import { findSettings } from '../settings/settings.repository';
import type { AuditLogRow } from './audit.table';

/** Who an entry names when the settings name no clinician. */
export const DEFAULT_ACTOR = 'ReStride';

/** One action to record. The actor is read from the settings when it is written. */
export interface AuditRecord {
  /** When the action happened: a UTC ISO timestamp from the context's clock. */
  at: string;
  action: AuditAction;
  /** The client the action was about; null for actions about no client (a restore, an erasure). */
  clientId: number | null;
  /** What it was about, without personal data: 'programme 12', 'clearance walk_run'. */
  subject: string;
  /** Ids, counts, versions; never names, birth dates or contact data. */
  details: AuditDetails;
}

/**
 * Appends an audit entry naming the clinician in the settings (or 'ReStride'). Call it with the
 * transaction of the action when the action writes, so the entry and the change commit together.
 */
export async function recordAudit(db: Kysely<Database>, entry: AuditRecord): Promise<void> {
  const settings = await findSettings(db);
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: settings?.clinician ?? DEFAULT_ACTOR,
      action: entry.action,
      client_id: entry.clientId,
      subject: entry.subject,
      details: JSON.stringify(entry.details),
    })
    .execute();
}

/** Entries newest first: one client's, or every entry when `clientId` is null. */
export async function listAuditEntries(
  db: Kysely<Database>,
  clientId: number | null,
  limit: number,
): Promise<AuditLogRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (clientId !== null) query = query.where('client_id', '=', clientId);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

/** Unlinks a client's entries from the client (at erasure); returns how many there were. */
export async function detachAuditEntries(db: Kysely<Database>, clientId: number): Promise<number> {
  const result = await db
    .updateTable('audit_log')
    .set({ client_id: null })
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
