import i18next from 'i18next';

const locales: Record<string, string> = { en: 'en-GB', de: 'de-DE' };

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** A plan date (YYYY-MM-DD, a calendar day) in the UI language, e.g. "Tue 1 Dec" / "Di., 1. Dez.". */
export function formatDay(isoDate: string, withYear = false): string {
  return new Intl.DateTimeFormat(locales[i18next.language] ?? 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcDate(isoDate));
}

/** A plan date without the weekday, e.g. "1 Dec 2026". */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '—';
  return new Intl.DateTimeFormat(locales[i18next.language] ?? 'en-GB', {
    day: 'numeric',
    month: 'short',
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

/** A UTC timestamp (ISO string) in local time, e.g. "27 Nov 2026, 16:42". */
export function formatTimestamp(iso: string): string {
  return new Intl.DateTimeFormat(locales[i18next.language] ?? 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
