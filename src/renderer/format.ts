import i18next from 'i18next';

const locales: Record<string, string> = { en: 'en-GB', de: 'de-DE' };

/**
 * Day and month as the language writes plan dates everywhere (engine texts, PDF, UI): German is
 * numeric (`01.12.2026`), English names the month (`1 Dec 2026`).
 */
function dayMonth(): Intl.DateTimeFormatOptions {
  return i18next.language === 'de'
    ? { day: '2-digit', month: '2-digit' }
    : { day: 'numeric', month: 'short' };
}

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** A plan date (YYYY-MM-DD, a calendar day) in the UI language, e.g. "Tue 1 Dec" / "Di., 01.12.". */
export function formatDay(isoDate: string, withYear = false): string {
  return new Intl.DateTimeFormat(locales[i18next.language] ?? 'en-GB', {
    weekday: 'short',
    ...dayMonth(),
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcDate(isoDate));
}

/** A plan date without the weekday, e.g. "1 Dec 2026" / "01.12.2026". */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '—';
  return new Intl.DateTimeFormat(locales[i18next.language] ?? 'en-GB', {
    ...dayMonth(),
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(isoDate));
}

export function formatMonth(year: number, month: number): string {
  return new Intl.DateTimeFormat(locales[i18next.language] ?? 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month, 1)));
}

/** A UTC timestamp (ISO string) in local time, e.g. "27 Nov 2026, 16:42" / "27.11.2026, 16:42". */
export function formatTimestamp(iso: string): string {
  return new Intl.DateTimeFormat(locales[i18next.language] ?? 'en-GB', {
    ...dayMonth(),
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
