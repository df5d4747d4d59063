/**
 * Texts, dates, numbers, durations and distances for the printed programme in English or German.
 * Month and weekday names are written out here rather than taken from `Intl`, so a PDF does not
 * change with the ICU data of the Node or Electron build that prints it.
 */
import type { IsoDate } from '../../../engine/types';
import { de } from './de';
import { en, type PdfMessageKey } from './en';

export type PdfLocale = 'en' | 'de';
export type MessageParams = Readonly<Record<string, string | number>>;

const CATALOGUES: Readonly<Record<PdfLocale, Readonly<Record<PdfMessageKey, string>>>> = { en, de };
const PLACEHOLDER = /\{(\w+)\}/g;

/** The text of `key` with `{name}` placeholders filled; a missing param stays visible. */
export function t(locale: PdfLocale, key: PdfMessageKey, params: MessageParams = {}): string {
  return CATALOGUES[locale][key].replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Placeholder names of a template, sorted (for the catalogue test). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** English month names; German dates are numeric (`01.12.2026`), as the engine writes them. */
const MONTHS_EN: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
/** Monday first. */
const WEEKDAYS: Readonly<Record<PdfLocale, readonly string[]>> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  de: ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
};

interface DateParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

function parts(date: IsoDate): DateParts {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  // UTC noon: a calendar date, never shifted by the machine's time zone.
  const utcDay = new Date(Date.UTC(year, month - 1, day, 12)).getUTCDay();
  return { year, month, day, weekday: (utcDay + 6) % 7 };
}

/** `Mon`, `Mo.` */
export function formatWeekday(locale: PdfLocale, date: IsoDate): string {
  return WEEKDAYS[locale][parts(date).weekday] ?? '';
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `1 Dec`, `01.12.` */
export function formatShortDate(locale: PdfLocale, date: IsoDate): string {
  const { month, day } = parts(date);
  return locale === 'de' ? `${pad2(day)}.${pad2(month)}.` : `${day} ${MONTHS_EN[month - 1] ?? ''}`;
}

/** `1 Dec 2026`, `01.12.2026`: one format per language, the same as the engine's texts. */
export function formatDate(locale: PdfLocale, date: IsoDate): string {
  const { year } = parts(date);
  return locale === 'de'
    ? `${formatShortDate(locale, date)}${year}`
    : `${formatShortDate(locale, date)} ${year}`;
}

/** `Mon 1 Dec 2026`, `Mo., 01.12.2026` */
export function formatLongDate(locale: PdfLocale, date: IsoDate): string {
  const weekday = formatWeekday(locale, date);
  return locale === 'de'
    ? `${weekday}, ${formatDate(locale, date)}`
    : `${weekday} ${formatDate(locale, date)}`;
}

/** Up to `decimals` places, trailing zeros dropped; German uses a decimal comma. */
export function formatNumber(locale: PdfLocale, value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const text = String(Math.round(value * factor) / factor);
  return locale === 'de' ? text.replace('.', ',') : text;
}

/** Whole seconds as `5 min`, `30 s`, `1 min 30 s` (German `Min.`, `Sek.`). */
export function formatDuration(locale: PdfLocale, seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} ${t(locale, 'unit.sec')}`;
  const min = Math.floor(whole / 60);
  const sec = whole % 60;
  if (sec === 0) return `${min} ${t(locale, 'unit.min')}`;
  return t(locale, 'duration.minSec', { min, sec });
}

const KM_PER_MILE = 1.609344;

/**
 * A distance given in kilometres, in the client's units. Race distances keep their kilometre
 * name (a 10 km race is a 10 km race) with miles added, so `(10, 'mi')` gives `10 km (6,2 mi)`.
 */
export function formatRaceDistance(locale: PdfLocale, km: number, units: 'km' | 'mi'): string {
  const kmText = `${formatNumber(locale, km)} km`;
  return units === 'mi' ? `${kmText} (${formatNumber(locale, km / KM_PER_MILE)} mi)` : kmText;
}

/** A range of kilometres in the client's units, rounded to tens: `600–800 km`, `370–500 mi`. */
export function formatDistanceRange(
  locale: PdfLocale,
  fromKm: number,
  toKm: number,
  units: 'km' | 'mi',
): string {
  const convert = (km: number): number => (units === 'mi' ? Math.round(km / KM_PER_MILE / 10) * 10 : km);
  return `${formatNumber(locale, convert(fromKm))}–${formatNumber(locale, convert(toKm))} ${units}`;
}

/** `a, b and c` / `a, b und c`. */
export function formatList(locale: PdfLocale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(locale, 'list.and')} ${items[items.length - 1] ?? ''}`;
}
