/**
 * The Result envelope every channel answers with. Errors travel as data because Electron's IPC
 * keeps only an error's message, and because the UI must branch on a code, never on text.
 */
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'engine_rejected',
  'unauthorized',
  'forbidden',
  'payload_too_large',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * One offending field. `path` is the dotted field path (`email`, `availability.days.0`);
 * `code` is a stable reason the UI translates (`required`, `future_date`, …); `message` is English.
 */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export interface ContractError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}
