import type { ErrorCode, FieldIssue } from '../contract/result';

/** A failure a handler expects and the user can act on; dispatch turns it into a Result error. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError => new DomainError('not_found', `${what} was not found.`);

export const invalidFields = (issues: FieldIssue[]): DomainError =>
  new DomainError('invalid_input', 'Some fields need attention.', issues);
