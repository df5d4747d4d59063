import { z } from 'zod';
import { CLEARANCE_LEVELS } from '../engine/types';
import { calendarDate } from './dates';
import { evenWithFieldErrors, idOf, oneOf, optionalDate, optionalText, singleLineText } from './fields';

/** The ACL sport-timing override: yes or no, no by default. */
export const sportGateOverride = z
  .boolean({ error: 'Allowing speed, hills and uneven ground early must be yes or no' })
  .default(false);

/**
 * A new clearance entry. Clearances are append-only history: setting one adds a row and keeps the
 * earlier ones. A time-gate override needs its reason; the review cannot be before the clearance.
 * `overrideSportGate`: after ACL reconstruction, speed, hills and uneven ground are allowed before
 * 9 months after surgery (recorded, and shown on every output).
 */
export const clearanceSetSchema = z
  .object({
    clientId: idOf('A client id'),
    level: oneOf(CLEARANCE_LEVELS, 'Clearance level'),
    date: calendarDate,
    by: singleLineText('Cleared by', 120),
    reviewDate: optionalDate.default(null),
    conditions: optionalText('Conditions', 2000),
    overrideTimeGate: z.boolean({ error: 'Override must be yes or no' }).default(false),
    overrideReason: optionalText('Override reason', 2000),
    overrideSportGate: sportGateOverride,
  })
  .superRefine((value, ctx) => {
    if (value.overrideTimeGate === true && !value.overrideReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['overrideReason'],
        message: 'Give the reason for overriding the time gate',
        params: { code: 'required' },
      });
    }
    if (
      typeof value.reviewDate === 'string' &&
      typeof value.date === 'string' &&
      value.reviewDate < value.date
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDate'],
        message: 'The review date cannot be before the clearance date',
        params: { code: 'before_date' },
      });
    }
  }, evenWithFieldErrors);

export const clearanceSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  level: z.enum(CLEARANCE_LEVELS),
  date: calendarDate,
  by: z.string(),
  reviewDate: calendarDate.nullable(),
  conditions: z.string().nullable(),
  overrideTimeGate: z.boolean(),
  overrideReason: z.string().nullable(),
  overrideSportGate: z.boolean(),
  createdAt: z.string(),
});

export type Clearance = z.infer<typeof clearanceSchema>;

export const clearancesChannels = {
  /** A client's clearance history, most recently recorded first; the first entry is current. */
  'clearances.list': { input: z.object({ clientId: idOf('A client id') }), output: z.array(clearanceSchema) },
  'clearances.set': { input: clearanceSetSchema, output: clearanceSchema },
} as const;
