import type { AuditAction, AuditDetails, AuditEntry } from '../../contract/audit';
import type { AuditLogRow } from './audit.table';

/** Row → DTO at the edge. Only recordAudit writes the table, with a typed action and JSON details. */
export function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditAction,
    clientId: row.client_id,
    subject: row.subject,
    details: JSON.parse(row.details) as AuditDetails,
  };
}
