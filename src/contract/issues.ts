import type { z } from 'zod';
import type { FieldIssue } from './result';

/** Stable reason code of a zod issue: a refinement's own `params.code`, else zod's code. */
function reasonCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : 'invalid';
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'required';
  if (issue.code === 'invalid_format') return `invalid_${issue.format}`;
  return issue.code;
}

/** Turns zod's issues into field paths and readable reasons, one entry per offending field. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: reasonCode(issue),
    message: issue.message,
  }));
}
