import { z } from 'zod';
import { idOf } from './fields';

/**
 * What the audit log records. Each entry names the clinician (from the settings) and the time; its
 * subject and details never contain personal data, so entries outlive an erased client.
 */
export const auditActions = [
  'clearance.set',
  // Before the programme was derived on read (kept: older entries name it).
  'programme.generate',
  'plan.adjust',
  'plan.adjust_remove',
  // Recorded tests (issue 10); details keep the assessment before and after (date, tester, results).
  'assessment.add',
  'assessment.update',
  'assessment.remove',
  'programme.print',
  'programme.print_to_folder',
  'export.ics',
  'export.fit',
  'client.export',
  'client.import',
  'client.erase',
  'backup.restore',
  // Issue 13: what was entered, with before → after (details.changes, see AuditChange).
  'client.create',
  'client.update',
  'injury.create',
  'injury.update',
  'note.add',
  'note.update',
  'restriction.end',
  'intake.save',
  'session.log',
  'session.update',
] as const;

export type AuditAction = (typeof auditActions)[number];

/** Flat, JSON-safe facts about an action: ids, counts, versions. Never names, dates of birth or contact data. */
export const auditDetailsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

export type AuditDetails = z.infer<typeof auditDetailsSchema>;

/** A scalar as the audit trail keeps it: codes, numbers, dates; never names or contact data. */
export type AuditValue = string | number | boolean | null;

/**
 * One changed field of an entry: its name in the record (`side`, `restriction.max_run_minutes`,
 * `experience`) with the value before and after as codes, which the UI puts into words. Kept in
 * `details.changes` as a JSON array, since details hold flat values only.
 */
export interface AuditChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
}

/** The changes of an entry (details.changes), or none. */
export function auditChangesOf(details: AuditDetails): AuditChange[] {
  const raw = details['changes'];
  if (typeof raw !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as AuditChange[]) : [];
  } catch {
    return [];
  }
}

export const auditEntrySchema = z.object({
  id: z.number().int(),
  /** UTC ISO timestamp. */
  at: z.string(),
  /** The clinician named in the settings at the time, or 'ReStride' when none was set. */
  actor: z.string(),
  action: z.enum(auditActions),
  /** Null for actions about no client, and for every entry of an erased client. */
  clientId: z.number().int().nullable(),
  /** What the action was about, without personal data: 'programme 12', 'clearance walk_run'. */
  subject: z.string(),
  details: auditDetailsSchema,
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListInputSchema = z.object({
  /** Only this client's entries; every entry when left out. */
  clientId: idOf('A client id').optional(),
  limit: z
    .number({ error: 'The limit must be a number' })
    .int({ error: 'The limit must be a whole number' })
    .min(1, { error: 'The limit must be at least 1' })
    .max(500, { error: 'The limit must be at most 500' })
    .default(100),
});

export const auditChannels = {
  /** Audit entries newest first: one client's, or all of them. */
  'audit.list': { input: auditListInputSchema, output: z.array(auditEntrySchema) },
} as const;
