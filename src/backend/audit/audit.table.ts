import type { Generated, Insertable, Selectable } from 'kysely';

/** Append-only: entries are added and, on a client's erasure, detached from the client; never changed otherwise. */
export interface AuditLogTable {
  id: Generated<number>;
  /** UTC ISO timestamp. */
  at: string;
  /** The clinician named in the settings, or 'ReStride'. */
  actor: string;
  /** One of the contract's auditActions. */
  action: string;
  /** No foreign key: null for actions about no client and after the client's erasure. */
  client_id: number | null;
  /** Without personal data: 'programme 12', 'clearance walk_run'. */
  subject: string;
  /** JSON object of flat values, without personal data. */
  details: string;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
