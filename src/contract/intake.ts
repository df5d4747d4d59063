import { z } from 'zod';
import { EXPERIENCE_LEVELS, GOAL_KINDS, MODALITIES, REDS_SIGNS, WEEKDAYS } from '../engine/types';
import { calendarDate } from './dates';
import { evenWithFieldErrors, idOf, oneOf, optionalDate, wholeNumber } from './fields';

/** Reports each repeated entry of a list (after the first), whatever else is wrong with the list. */
function addDuplicateIssues(values: unknown, field: string, label: string, ctx: z.RefinementCtx): void {
  if (!Array.isArray(values)) return;
  values.forEach((value: unknown, index) => {
    if (values.indexOf(value) !== index) {
      ctx.addIssue({
        code: 'custom',
        path: [field, index],
        message: `${label} lists this twice`,
        params: { code: 'duplicate' },
      });
    }
  });
}

/** Signs of low energy availability (RED-S) the clinician has noted; none by default. */
export const redsSignsSchema = z
  .array(oneOf(REDS_SIGNS, 'RED-S sign'), { error: 'RED-S signs must be a list' })
  .default([]);

/** Breastfeeding now (missed periods are then expected); no by default. */
export const breastfeedingSchema = z.boolean({ error: 'Breastfeeding must be yes or no' }).default(false);

/**
 * The client's intake: fitness, weekly availability, cross-training, goal and start date, and the
 * clinical findings the plan adapts to (RED-S signs, breastfeeding). One per client; saving
 * replaces it.
 */
export const intakeSaveSchema = z
  .object({
    clientId: idOf('A client id'),
    experience: oneOf(EXPERIENCE_LEVELS, 'Running experience'),
    painFreeWalkMinutes: wholeNumber('Pain-free walking minutes', 0, 300),
    longestRecentRunMinutes: wholeNumber('Longest recent run', 0, 600),
    preInjuryWeeklyRunMinutes: wholeNumber('Weekly running before the injury', 0, 3000),
    days: z
      .array(oneOf(WEEKDAYS, 'Day'), { error: 'Choose the available days' })
      .min(1, { error: 'Choose at least one available day' }),
    maxSessionMinutes: wholeNumber('Longest session', 10, 240),
    crossTraining: z.array(oneOf(MODALITIES, 'Cross-training')).default([]),
    preferredTime: z.preprocess(
      (value) => (value === '' || value === undefined ? null : value),
      z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use the format HH:MM, e.g. 07:30' })
        .nullable(),
    ),
    goalKind: oneOf(GOAL_KINDS, 'Goal'),
    goalDate: optionalDate.default(null),
    startDate: calendarDate,
    redsSigns: redsSignsSchema,
    breastfeeding: breastfeedingSchema,
  })
  .superRefine((value, ctx) => {
    addDuplicateIssues(value.days, 'days', 'Available days', ctx);
    addDuplicateIssues(value.crossTraining, 'crossTraining', 'Cross-training', ctx);
    addDuplicateIssues(value.redsSigns, 'redsSigns', 'RED-S signs', ctx);
    if (
      typeof value.goalDate === 'string' &&
      typeof value.startDate === 'string' &&
      value.goalDate <= value.startDate
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['goalDate'],
        message: 'The goal date must be after the start date',
        params: { code: 'before_date' },
      });
    }
  }, evenWithFieldErrors);

export const intakeSchema = z.object({
  clientId: z.number().int(),
  experience: z.enum(EXPERIENCE_LEVELS),
  painFreeWalkMinutes: z.number().int(),
  longestRecentRunMinutes: z.number().int(),
  preInjuryWeeklyRunMinutes: z.number().int(),
  days: z.array(z.enum(WEEKDAYS)),
  maxSessionMinutes: z.number().int(),
  crossTraining: z.array(z.enum(MODALITIES)),
  preferredTime: z.string().nullable(),
  goalKind: z.enum(GOAL_KINDS),
  goalDate: calendarDate.nullable(),
  startDate: calendarDate,
  redsSigns: z.array(z.enum(REDS_SIGNS)),
  breastfeeding: z.boolean(),
  updatedAt: z.string(),
});

export type Intake = z.infer<typeof intakeSchema>;

export const intakeChannels = {
  /** The client's intake, or null before it has been completed. */
  'intake.get': { input: z.object({ clientId: idOf('A client id') }), output: intakeSchema.nullable() },
  'intake.save': { input: intakeSaveSchema, output: intakeSchema },
} as const;
