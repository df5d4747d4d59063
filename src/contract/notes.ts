import { z } from 'zod';
import { FLAG_RESTRICTION_CODES, NUMERIC_RESTRICTION_CODES, RESTRICTION_CODES } from '../engine/types';
import type { NumericRestrictionCode, RestrictionCode } from '../engine/types';
import { calendarDate } from './dates';
import { evenWithFieldErrors, idOf, multiLineText, oneOf, singleLineText } from './fields';

/** The allowed range of each numeric restriction's value. */
export const RESTRICTION_VALUE_RANGES: Readonly<
  Record<NumericRestrictionCode, { min: number; max: number }>
> = {
  max_session_minutes: { min: 5, max: 300 },
  max_run_minutes: { min: 1, max: 300 },
  max_sessions_per_week: { min: 1, max: 14 },
  pain_limit: { min: 0, max: 10 },
};

export function isNumericRestriction(code: RestrictionCode): code is NumericRestrictionCode {
  return (NUMERIC_RESTRICTION_CODES as readonly string[]).includes(code);
}

/**
 * A clinician's restriction. Numeric codes need a `value` in their range; on/off codes carry none.
 * `until` is the last day it applies (inclusive); null means until further notice.
 */
export const restrictionSchema = z
  .object({
    code: oneOf(RESTRICTION_CODES, 'Restriction'),
    value: z
      .number({ error: 'The value must be a number' })
      .int({ error: 'The value must be a whole number' })
      .nullable()
      .default(null),
    until: z.preprocess(
      (value) => (value === '' || value === undefined ? null : value),
      calendarDate.nullable(),
    ),
  })
  .superRefine((restriction, ctx) => {
    const code = restriction.code as RestrictionCode | undefined;
    if (code === undefined || !(RESTRICTION_CODES as readonly string[]).includes(code)) return;
    if (
      typeof restriction.value !== 'number' &&
      restriction.value !== null &&
      restriction.value !== undefined
    )
      return;
    if (isNumericRestriction(code)) {
      const range = RESTRICTION_VALUE_RANGES[code];
      if (restriction.value === null || restriction.value === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'This restriction needs a number',
          params: { code: 'required' },
        });
      } else if (restriction.value < range.min || restriction.value > range.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `The value must be from ${range.min} to ${range.max}`,
          params: { code: 'out_of_range' },
        });
      }
    } else if (restriction.value !== null && restriction.value !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'This restriction takes no number',
        params: { code: 'unexpected' },
      });
    }
  }, evenWithFieldErrors);

export type Restriction = z.output<typeof restrictionSchema>;

/** A restriction cannot end before the note that sets it. */
function addUntilIssues(note: { date?: unknown; restrictions?: unknown }, ctx: z.RefinementCtx): void {
  if (typeof note.date !== 'string' || !Array.isArray(note.restrictions)) return;
  const date = note.date;
  note.restrictions.forEach((restriction: { until?: unknown } | undefined, index) => {
    if (restriction && typeof restriction.until === 'string' && restriction.until < date) {
      ctx.addIssue({
        code: 'custom',
        path: ['restrictions', index, 'until'],
        message: 'The end date cannot be before the note date',
        params: { code: 'before_date' },
      });
    }
  });
}

const restrictionsField = z.array(restrictionSchema).max(30, { error: 'At most 30 restrictions per note' });

/** A dated injury note with the restrictions it sets. */
export const noteAddSchema = z
  .object({
    injuryId: idOf('An injury id'),
    date: calendarDate,
    author: singleLineText('Author', 120),
    text: multiLineText('Note', 5000),
    restrictions: restrictionsField.default([]),
  })
  .superRefine(addUntilIssues, evenWithFieldErrors);

/**
 * A corrected note: its date, text and restrictions as they should be (the whole list; ending a
 * restriction is setting its `until`, lifting one is leaving it out). The note keeps its author;
 * the audit trail keeps who changed what, and the values before and after.
 */
export const noteUpdateSchema = z
  .object({
    id: idOf('A note id'),
    date: calendarDate,
    text: multiLineText('Note', 5000),
    restrictions: restrictionsField,
  })
  .superRefine(addUntilIssues, evenWithFieldErrors);

export const injuryNoteSchema = z.object({
  id: z.number().int(),
  injuryId: z.number().int(),
  date: calendarDate,
  author: z.string(),
  text: z.string(),
  restrictions: z.array(restrictionSchema),
  createdAt: z.string(),
});

export type InjuryNote = z.infer<typeof injuryNoteSchema>;

/** A restriction proposed from the words of a note, with the words that suggested it. */
export const suggestedRestrictionSchema = z.object({
  code: z.enum(RESTRICTION_CODES),
  value: z.number().nullable(),
  until: calendarDate.nullable(),
  /** The phrase in the text that triggered the suggestion, as written. */
  match: z.string(),
});

export type SuggestedRestriction = z.infer<typeof suggestedRestrictionSchema>;

export const notesChannels = {
  'notes.add': { input: noteAddSchema, output: injuryNoteSchema },
  /** Corrects a note, ends or lifts its restrictions; the plan follows at once. */
  'notes.update': { input: noteUpdateSchema, output: injuryNoteSchema },
  /**
   * Restrictions the words of a note suggest ("no hills for 4 weeks" → no_hills until +28 days),
   * for the clinician to confirm. `date` is the note's date (default: today), which `until` counts from.
   */
  'notes.suggestRestrictions': {
    input: z.object({
      text: z
        .string({ error: 'Text is required' })
        .max(5000, { error: 'Note must be at most 5000 characters' }),
      date: z.preprocess((value) => (value === '' ? undefined : value), calendarDate.optional()),
    }),
    output: z.array(suggestedRestrictionSchema),
  },
} as const;

export { FLAG_RESTRICTION_CODES, NUMERIC_RESTRICTION_CODES };
