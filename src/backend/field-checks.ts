import type { FieldIssue } from '../contract/result';
import { localDate } from './clock';
import type { BackendContext } from './context';
import type { FieldCheck } from './handler';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a dotted path (`log.date`) from raw input without trusting its shape. */
function readPath(raw: unknown, path: string): unknown {
  let value: unknown = raw;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A check that the given date fields are not after today's local date (the context's clock),
 * which the contract's schemas cannot know. `fields` maps a dotted path to its label.
 */
export function datesNotInFuture(fields: Readonly<Record<string, string>>): FieldCheck {
  return (context: BackendContext, raw: unknown): FieldIssue[] => {
    const today = localDate(context.clock());
    const issues: FieldIssue[] = [];
    for (const [path, label] of Object.entries(fields)) {
      const value = readPath(raw, path);
      if (typeof value === 'string' && ISO_DATE.test(value) && value > today) {
        issues.push({ path, code: 'future_date', message: `${label} cannot be in the future` });
      }
    }
    return issues;
  };
}

/** The oldest a person can plausibly be, in years: older birth dates are typing errors. */
export const MAX_AGE_YEARS = 110;

/**
 * A check that a birth date is plausible: not after today (the context's clock) and at most
 * MAX_AGE_YEARS years before it. `9999-12-31` and `1800-01-01` are typing errors, and a client
 * with one would be shown, sorted and printed with an impossible age.
 */
export function plausibleBirthDate(path = 'birthDate', label = 'Birth date'): FieldCheck {
  const notInFuture = datesNotInFuture({ [path]: label });
  return (context: BackendContext, raw: unknown): FieldIssue[] => {
    const future = notInFuture(context, raw);
    if (future.length > 0) return future;
    const value = readPath(raw, path);
    const today = localDate(context.clock());
    const earliest = `${String(Number(today.slice(0, 4)) - MAX_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
    if (typeof value === 'string' && ISO_DATE.test(value) && value < earliest) {
      return [
        {
          path,
          code: 'implausible_date',
          message: `${label} must be within the last ${MAX_AGE_YEARS} years (on or after ${earliest})`,
        },
      ];
    }
    return [];
  };
}
