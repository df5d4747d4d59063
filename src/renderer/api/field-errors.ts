import i18next, { type TFunction } from 'i18next';
import type { ContractError } from '../../contract/result';

/**
 * Field path → message, from a backend `invalid_input` error (first issue per field). In English
 * the backend's own message is the most specific ("Name is required"); other languages translate
 * the issue's stable code and fall back to the English message for codes they do not know.
 */
export function fieldErrors(error: ContractError | null, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const english = i18next.language === 'en';
  for (const issue of error?.issues ?? []) {
    errors[issue.path] ??= english
      ? issue.message
      : t(`validation.${issue.code}`, { defaultValue: issue.message });
  }
  return errors;
}
