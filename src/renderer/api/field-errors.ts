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

/**
 * The error as one line for the form's footer, in words and without field paths (`log.date:`):
 * the messages of the issues no field of the form shows (`shown`: the paths it shows next to
 * their fields), or the error's own message when it has no such issue. Null without an error.
 */
export function formErrorText(
  error: ContractError | null,
  t: TFunction,
  shown: readonly string[] = [],
): string | null {
  if (!error) return null;
  const messages = fieldErrors(error, t);
  const rest = Object.entries(messages)
    .filter(([path]) => !shown.includes(path))
    .map(([, message]) => message);
  if (rest.length > 0) return [...new Set(rest)].join(' ');
  // Every issue shows at its field; the footer then adds nothing.
  if (Object.keys(messages).length > 0) return null;
  return error.message;
}
