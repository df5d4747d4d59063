import type { TFunction } from 'i18next';
import type { ContractError } from '../../contract/result';

/** Field path → translated message, from a backend `invalid_input` error (first issue per field). */
export function fieldErrors(error: ContractError | null, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    errors[issue.path] ??= t(`validation.${issue.code}`, { defaultValue: issue.message });
  }
  return errors;
}
