import type { TFunction } from 'i18next';

/** The oldest age a client can plausibly have, in years (the backend checks the same). */
export const MAX_AGE_YEARS = 110;
/** The earliest plausible year of birth. */
export const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Why a typed date of birth (`YYYY-MM-DD`, '' for none) cannot be right, in words; null when it is
 * plausible: a year from 1900 to this year, not after today, and an age of at most 110 years. A
 * date field lets one type year 0304 or 9999; this says so before the form is sent.
 */
export function birthDateProblem(value: string, today: string, t: TFunction): string | null {
  if (value === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return t('plausibility.birthDateFormat');
  const year = Number(match[1]);
  const thisYear = Number(today.slice(0, 4));
  if (year < EARLIEST_BIRTH_YEAR || year > thisYear) {
    return t('plausibility.birthYear', { from: EARLIEST_BIRTH_YEAR, to: thisYear });
  }
  if (value > today) return t('plausibility.birthFuture');
  const earliest = `${String(thisYear - MAX_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
  if (value < earliest) return t('plausibility.birthAge', { max: MAX_AGE_YEARS });
  return null;
}
