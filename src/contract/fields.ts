import { z } from 'zod';
import { calendarDate } from './dates';

/** A positive integer id; `what` names it in the message ("A client id is required"). */
export function idOf(what: string): z.ZodNumber {
  return z
    .number({ error: `${what} is required` })
    .int({ error: `${what} must be a whole number` })
    .positive();
}

/** Required free text: trimmed, at least one character, at most `max`. */
export function requiredText(label: string, max: number): z.ZodString {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });
}

/** Optional free text: trimmed; empty or missing becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
}

/** An optional local date: '' and missing become null. */
export const optionalDate = z.preprocess(
  (value) => (value === '' || value === undefined ? null : value),
  calendarDate.nullable(),
);

/** A whole number in a range, with the label in every message. */
export function wholeNumber(label: string, min: number, max: number): z.ZodNumber {
  return z
    .number({ error: `${label} is required` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` });
}

/** An enum with a readable list of the allowed values in its message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `${label} must be one of: ${values.join(', ')}` });
}

/**
 * Option for cross-field refinements: run them even when a field already failed, so a form gets
 * every problem in one answer. The refinement must then guard against malformed fields.
 */
export const evenWithFieldErrors = {
  when: (payload: { value: unknown }): boolean => typeof payload.value === 'object' && payload.value !== null,
};
