import type { Kysely } from 'kysely';
import type { AuditChange, AuditValue } from '../../contract/audit';
import type { Database } from '../db/schema';
import { recordAudit } from './audit.repository';

/**
 * The fields whose value differs between two records, in the order of `fields`, as the audit
 * trail keeps them (codes, numbers, dates). A field missing on one side counts as null.
 */
export function changedFields(
  before: Readonly<Record<string, AuditValue | undefined>> | null,
  after: Readonly<Record<string, AuditValue | undefined>> | null,
  fields: readonly string[],
): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    if (was !== is) changes.push({ field, before: was, after: is });
  }
  return changes;
}

/** The changes as a flat detail (details hold flat values only). */
export function changesDetail(changes: readonly AuditChange[]): string {
  return JSON.stringify(changes);
}

/** A session log as the audit trail keeps it: what was done and how it felt, no free text. */
export interface AuditedSessionLog {
  /** The log's id. */
  id: number;
  /** The planned session's date (YYYY-MM-DD). */
  date: string;
  /** Flat facts of the log: kind, completion, minutes, sets, pain during/after/next morning, RPE … */
  values: Readonly<Record<string, AuditValue>>;
}

/**
 * Records a session log in the audit trail: `session.log` for a new log (every value as after),
 * `session.update` for a changed one (before → after of the values that changed). Call it inside
 * the transaction that writes the log, after the write, with the log before (null when new) and
 * after. Nothing is recorded when an update changes nothing.
 */
export async function auditSessionLog(
  trx: Kysely<Database>,
  entry: {
    at: Date;
    clientId: number;
    before: AuditedSessionLog | null;
    after: AuditedSessionLog;
  },
): Promise<void> {
  const fields = [
    ...new Set([...Object.keys(entry.before?.values ?? {}), ...Object.keys(entry.after.values)]),
  ];
  const changes = changedFields(entry.before?.values ?? null, entry.after.values, fields);
  if (entry.before !== null && changes.length === 0) return;
  await recordAudit(trx, {
    at: entry.at.toISOString(),
    action: entry.before === null ? 'session.log' : 'session.update',
    clientId: entry.clientId,
    subject: `session log ${entry.after.id}`,
    details: { sessionLogId: entry.after.id, date: entry.after.date, changes: changesDetail(changes) },
  });
}
