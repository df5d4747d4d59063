import { z } from 'zod';
import {
  BSI_SITES,
  HIGH_RISK_BSI_SITES,
  INJURY_TYPES,
  SEVERITIES,
  SIDES,
  type InjuryType,
} from '../engine/types';
import { calendarDate } from './dates';
import { evenWithFieldErrors, idOf, oneOf, optionalDate, wholeNumber } from './fields';
import { injuryNoteSchema } from './notes';
import type { FieldIssue } from './result';

export const injuryStatuses = ['active', 'resolved'] as const;
export type InjuryStatus = (typeof injuryStatuses)[number];

/** Injury types whose time gate starts at the surgery date (plan-engine.md rule 2). */
export const SURGICAL_INJURY_TYPES: readonly InjuryType[] = ['acl_reconstruction', 'knee_surgery_other'];

export const injuryIdSchema = idOf('An injury id');

/** The most earlier episodes of one injury the contract takes. */
export const MAX_PREVIOUS_EPISODES = 20;

/** Earlier episodes of the same injury: a whole number from 0 to 20. */
export const previousEpisodesSchema = z
  .number({ error: 'Earlier episodes must be a number' })
  .int({ error: 'Earlier episodes must be a whole number' })
  .min(0, { error: 'Earlier episodes cannot be negative' })
  .max(MAX_PREVIOUS_EPISODES, {
    error: `Earlier episodes must be at most ${MAX_PREVIOUS_EPISODES}`,
  });

/**
 * Earlier episodes and `recurrent` agree: an injury is recurrent exactly when an earlier episode is
 * recorded. A bare `recurrent: true` (older callers, version 1 files) counts one earlier episode,
 * as the PlanRequest contract reads it; `recurrent: false` alone means none.
 */
export function episodesOf(
  previousEpisodes: number | undefined,
  recurrent: boolean | undefined,
): { previousEpisodes: number; recurrent: boolean } | null {
  if (previousEpisodes === undefined && recurrent === undefined) return null;
  const episodes =
    previousEpisodes === undefined
      ? recurrent
        ? 1
        : 0
      : Math.max(previousEpisodes, recurrent === true ? 1 : 0);
  return { previousEpisodes: episodes, recurrent: episodes > 0 };
}

const injuryShape = {
  type: oneOf(INJURY_TYPES, 'Injury type'),
  side: oneOf(SIDES, 'Side'),
  onsetDate: optionalDate,
  weeksWithoutRunning: wholeNumber('Weeks without running', 0, 520),
  severity: oneOf(SEVERITIES, 'Severity'),
  surgeryDate: optionalDate,
  deliveryDate: optionalDate,
  recurrent: z.boolean({ error: 'Recurrent must be yes or no' }),
  previousEpisodes: previousEpisodesSchema,
  bsiSite: oneOf(BSI_SITES, 'Bone stress site').nullable(),
  imagingConfirmedHealing: z.boolean({ error: 'Imaging-confirmed healing must be yes or no' }),
};

interface CrossFields {
  type?: unknown;
  onsetDate?: unknown;
  surgeryDate?: unknown;
  deliveryDate?: unknown;
  bsiSite?: unknown;
}

/**
 * Rules across fields, shared by create (in the schema), update (on the merged row, in the
 * handler) and record import: the time gates need their start date; a bone stress site belongs to
 * a bone stress injury of its own risk class.
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
  const site = fields.bsiSite;
  if (typeof site === 'string' && (BSI_SITES as readonly string[]).includes(site)) {
    const highRisk = (HIGH_RISK_BSI_SITES as readonly string[]).includes(site);
    if (type !== 'bsi_high_risk' && type !== 'bsi_low_risk') {
      issues.push({
        path: 'bsiSite',
        code: 'bsi_site_not_bsi',
        message: 'A bone stress site is only recorded for a bone stress injury',
      });
    } else if (highRisk !== (type === 'bsi_high_risk')) {
      issues.push(
        highRisk
          ? {
              path: 'bsiSite',
              code: 'bsi_site_high_risk',
              message: 'This is a high-risk site: record the injury as a bone stress injury (high-risk site)',
            }
          : {
              path: 'bsiSite',
              code: 'bsi_site_low_risk',
              message: 'This is a low-risk site: record the injury as a bone stress injury (low-risk site)',
            },
      );
    }
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

/** A new injury. Defaults: side `na`, severity `moderate`, no earlier episodes, no site, no imaging. */
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
    /** Missing: 1 when `recurrent`, else 0 (see episodesOf). */
    previousEpisodes: injuryShape.previousEpisodes.optional(),
    bsiSite: injuryShape.bsiSite.default(null),
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
  previousEpisodes: injuryShape.previousEpisodes.optional(),
  bsiSite: injuryShape.bsiSite.optional(),
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
  previousEpisodes: z.number().int(),
  bsiSite: z.enum(BSI_SITES).nullable(),
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
