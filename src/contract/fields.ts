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

/**
 * Characters that change how text reads without being visible: the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C). A name carrying one
 * can print reversed and cannot be typed back into a one-line confirmation field.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Every control character (Cc: C0, DEL, C1) and the Unicode line and paragraph separators. */
const CONTROL_OR_LINE_BREAK = /[\p{Cc}\u2028\u2029]/u;
/** In multi-line text: controls other than tab, line feed and carriage return. */
const CONTROL_EXCEPT_LAYOUT = /[^\P{Cc}\t\n\r]/u;

/** Why `value` is not acceptable as one line of text (a name), or null when it is. */
export function singleLineProblem(label: string, value: string): string | null {
  if (/[\n\r\u2028\u2029]/u.test(value)) return `${label} must be on one line`;
  if (CONTROL_OR_LINE_BREAK.test(value) || BIDI_CONTROLS.test(value)) {
    return `${label} cannot contain control characters or invisible text-direction marks`;
  }
  return null;
}

/** Why `value` is not acceptable as multi-line text (a note), or null when it is. */
export function multiLineProblem(label: string, value: string): string | null {
  if (CONTROL_EXCEPT_LAYOUT.test(value) || BIDI_CONTROLS.test(value)) {
    return `${label} cannot contain control characters (other than line breaks and tabs) or invisible text-direction marks`;
  }
  return null;
}

/** Adds a rule (a `…Problem` function above) to a string schema, with the rule's own message. */
function withRule(
  schema: z.ZodString,
  label: string,
  problem: (label: string, value: string) => string | null,
) {
  return schema.check((ctx) => {
    const message = problem(label, ctx.value);
    if (message !== null) {
      ctx.issues.push({ code: 'custom', message, input: ctx.value, params: { code: 'control_characters' } });
    }
  });
}

/**
 * A name (of a client, group or clinician): required text like `requiredText`, on one line, with
 * no control characters and no bidi controls.
 */
export function singleLineText(label: string, max: number): z.ZodString {
  return withRule(requiredText(label, max), label, singleLineProblem);
}

/** Required multi-line text (a note): line breaks and tabs are kept; NUL, other controls and bidi controls are refused. */
export function multiLineText(label: string, max: number): z.ZodString {
  return withRule(requiredText(label, max), label, multiLineProblem);
}

/** `optionalText` that must also pass `rule` (singleLineProblem or multiLineProblem). */
export function optionalTextWith(
  label: string,
  max: number,
  rule: (label: string, value: string) => string | null,
) {
  return withRule(
    z
      .string()
      .trim()
      .max(max, { error: `${label} must be at most ${max} characters` }),
    label,
    rule,
  )
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
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
