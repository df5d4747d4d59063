import i18next from 'i18next';

const locales: Record<string, string> = { en: 'en-GB', de: 'de-DE' };

/** The Intl locale of the UI language. */
const locale = (): string => locales[i18next.language] ?? 'en-GB';

/**
 * Day and month as the language writes plan dates everywhere (engine texts, PDF, UI): German is
 * numeric (`01.12.2026`), English names the month (`1 Dec 2026`). Every date the renderer shows
 * goes through this file, so the screen never mixes formats with the engine's texts it quotes.
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
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'short',
    ...dayMonth(),
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcDate(isoDate));
}

/** A plan date without the weekday, e.g. "1 Dec 2026" / "01.12.2026". */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '—';
  return new Intl.DateTimeFormat(locale(), {
    ...dayMonth(),
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(isoDate));
}

/** A month and year, for the calendar's title: "December 2026" / "Dezember 2026". */
export function formatMonth(year: number, month: number): string {
  return new Intl.DateTimeFormat(locale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month, 1)));
}

/** A UTC timestamp (ISO string) in local time, e.g. "27 Nov 2026, 16:42" / "27.11.2026, 16:42". */
export function formatTimestamp(iso: string): string {
  return new Intl.DateTimeFormat(locale(), {
    ...dayMonth(),
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A day and month without the year, for chart axes: "2 Dec" / "02.12.". */
export function formatShortDate(isoDate: string): string {
  return new Intl.DateTimeFormat(locale(), { ...dayMonth(), timeZone: 'UTC' }).format(utcDate(isoDate));
}

/** A week's first and last day, or the one day of a week that has only one: "Tue 1 Dec – Mon 7 Dec". */
export function formatDayRange(startDate: string, endDate: string): string {
  return startDate === endDate ? formatDay(startDate) : `${formatDay(startDate)} – ${formatDay(endDate)}`;
}

/** A weekday's short name in the UI language ("Tue" / "Di."); `weekday` 0 is Sunday, as Date counts. */
export function formatWeekday(weekday: number): string {
  // 4 Jan 1970 was a Sunday.
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(1970, 0, 4 + weekday)),
  );
}

/** A file size in the unit that reads best: "840 KB", "1.8 MB" / "1,8 MB". */
export function formatBytes(bytes: number): string {
  const units = ['KB', 'MB', 'GB'];
  let value = Math.max(bytes, 1024) / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
