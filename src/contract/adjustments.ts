import { z } from 'zod';
import { LOG_FAMILIES } from '../engine/types';
import { calendarDate } from './dates';
import { idOf, multiLineText, oneOf, singleLineText } from './fields';
import { ADJUSTMENT_LIMITS, AdjustmentActionSchema } from './plan';
import { derivedProgrammeSchema } from './programmes';

/**
 * A clinician's adjustment to the plan the engine proposes: move a session to another day,
 * shorten or skip it, swap a run for cross-training, or hold a week. An input like a log: stored
 * with who, when and why, applied on every derivation, and checked by the engine's safety rules.
 * `date` and `kind` name the planned session as a log does; a held week names any day of it.
 */
export const adjustmentAddSchema = z
  .object({
    clientId: idOf('A client id'),
    date: calendarDate,
    kind: oneOf(LOG_FAMILIES, 'Session kind').optional(),
    action: AdjustmentActionSchema,
    by: singleLineText('Adjusted by', 120),
    reason: multiLineText('Reason', ADJUSTMENT_LIMITS.textChars),
  })
  .superRefine((value, ctx) => {
    const hold = value.action?.type === 'hold_week';
    if (hold && value.kind !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Holding a week takes no session kind' });
    }
    if (!hold && value.kind === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'Say which session: run, walk, strength, mobility or cross-training',
        params: { code: 'required' },
      });
    }
    if (value.action?.type === 'move' && value.action.toDate === value.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['action', 'toDate'],
        message: 'The new day is the day it is on',
      });
    }
  });

export const adjustmentSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  date: calendarDate,
  kind: z.enum(LOG_FAMILIES).nullable(),
  action: AdjustmentActionSchema,
  by: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});

export type Adjustment = z.infer<typeof adjustmentSchema>;

export const adjustmentsChannels = {
  /** The client's adjustments in the order they were made. */
  'adjustments.list': {
    input: z.object({ clientId: idOf('A client id') }),
    output: z.array(adjustmentSchema),
  },
  /**
   * Records an adjustment and answers the programme derived with it. One the engine cannot apply
   * (the session is not in the plan, a past session, a day that breaks a restriction or the rest
   * days, longer instead of shorter, no cross-training allowed…) is a `conflict` with the
   * engine's reason, and nothing is stored.
   */
  'adjustments.add': {
    input: adjustmentAddSchema,
    output: z.object({ adjustment: adjustmentSchema, programme: derivedProgrammeSchema }),
  },
  /** Takes an adjustment back: the plan is as the engine proposes it again. */
  'adjustments.remove': {
    input: z.object({ id: idOf('An adjustment id') }),
    output: z.object({ id: z.number().int() }),
  },
} as const;
