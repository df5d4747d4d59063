import { z } from 'zod';
import { INJURY_TYPES, SEVERITIES, SIDES, type InjuryType } from '../engine/types';
import { calendarDate } from './dates';
import { evenWithFieldErrors, idOf, oneOf, optionalDate, wholeNumber } from './fields';
import { injuryNoteSchema } from './notes';
import type { FieldIssue } from './result';

export const injuryStatuses = ['active', 'resolved'] as const;
export type InjuryStatus = (typeof injuryStatuses)[number];

/** Injury types whose time gate starts at the surgery date (plan-engine.md rule 2). */
export const SURGICAL_INJURY_TYPES: readonly InjuryType[] = ['acl_reconstruction', 'knee_surgery_other'];

export const injuryIdSchema = idOf('An injury id');

const injuryShape = {
  type: oneOf(INJURY_TYPES, 'Injury type'),
  side: oneOf(SIDES, 'Side'),
  onsetDate: optionalDate,
  weeksWithoutRunning: wholeNumber('Weeks without running', 0, 520),
  severity: oneOf(SEVERITIES, 'Severity'),
  surgeryDate: optionalDate,
  deliveryDate: optionalDate,
  recurrent: z.boolean({ error: 'Recurrent must be yes or no' }),
  imagingConfirmedHealing: z.boolean({ error: 'Imaging-confirmed healing must be yes or no' }),
};

interface CrossFields {
  type?: unknown;
  onsetDate?: unknown;
  surgeryDate?: unknown;
  deliveryDate?: unknown;
}

/**
 * Rules across fields, shared by create (in the schema) and update (on the merged row, in the
 * handler): the time gates need their start date.
 */
export function injuryCrossFieldIssues(fields: CrossFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const type = fields.type as InjuryType | undefined;
  if (type !== undefined && SURGICAL_INJURY_TYPES.includes(type) && !fields.surgeryDate) {
    issues.push({
      path: 'surgeryDate',
      code: 'required',
      message: 'Surgery date is required after knee surgery',
    });
  }
  if (type === 'postnatal' && !fields.deliveryDate) {
    issues.push({
      path: 'deliveryDate',
      code: 'required',
      message: 'Delivery date is required for postnatal return',
    });
  }
  return issues;
}

function addCrossFieldIssues(value: CrossFields, ctx: z.RefinementCtx): void {
  for (const issue of injuryCrossFieldIssues(value)) {
    ctx.addIssue({
      code: 'custom',
      path: [issue.path],
      message: issue.message,
      params: { code: issue.code },
    });
  }
}

/** A new injury. Defaults: side `na`, severity `moderate`, not recurrent, no imaging. */
export const injuryCreateSchema = z
  .object({
    clientId: idOf('A client id'),
    ...injuryShape,
    side: injuryShape.side.default('na'),
    weeksWithoutRunning: injuryShape.weeksWithoutRunning.default(0),
    severity: injuryShape.severity.default('moderate'),
    onsetDate: injuryShape.onsetDate.default(null),
    surgeryDate: injuryShape.surgeryDate.default(null),
    deliveryDate: injuryShape.deliveryDate.default(null),
    recurrent: injuryShape.recurrent.default(false),
    imagingConfirmedHealing: injuryShape.imagingConfirmedHealing.default(false),
  })
  .superRefine(addCrossFieldIssues, evenWithFieldErrors);

/**
 * Changes to an injury: only the fields sent change. `status: 'resolved'` resolves it,
 * `'active'` reactivates it. The cross-field rules are checked on the merged result.
 */
export const injuryUpdateSchema = z.object({
  id: injuryIdSchema,
  type: injuryShape.type.optional(),
  side: injuryShape.side.optional(),
  onsetDate: injuryShape.onsetDate.optional(),
  weeksWithoutRunning: injuryShape.weeksWithoutRunning.optional(),
  severity: injuryShape.severity.optional(),
  surgeryDate: injuryShape.surgeryDate.optional(),
  deliveryDate: injuryShape.deliveryDate.optional(),
  recurrent: injuryShape.recurrent.optional(),
  imagingConfirmedHealing: injuryShape.imagingConfirmedHealing.optional(),
  status: oneOf(injuryStatuses, 'Status').optional(),
});

/** An injury as the UI sees it, with its notes newest first. */
export const injurySchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  type: z.enum(INJURY_TYPES),
  side: z.enum(SIDES),
  onsetDate: calendarDate.nullable(),
  weeksWithoutRunning: z.number().int(),
  severity: z.enum(SEVERITIES),
  surgeryDate: calendarDate.nullable(),
  deliveryDate: calendarDate.nullable(),
  recurrent: z.boolean(),
  imagingConfirmedHealing: z.boolean(),
  status: z.enum(injuryStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
  notes: z.array(injuryNoteSchema),
});

export type Injury = z.infer<typeof injurySchema>;

export const injuriesChannels = {
  /** A client's injuries, newest first, each with its notes newest first. */
  'injuries.list': { input: z.object({ clientId: idOf('A client id') }), output: z.array(injurySchema) },
  'injuries.create': { input: injuryCreateSchema, output: injurySchema },
  'injuries.update': { input: injuryUpdateSchema, output: injurySchema },
} as const;
