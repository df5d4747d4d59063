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
