/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`) without `Date`: a date becomes a day number
 * (days since 1970-01-01 in the proleptic Gregorian calendar), so there is no time zone, no clock
 * and no daylight-saving surprise. Algorithms after H. Hinnant's "chrono-compatible low-level date
 * algorithms" (public domain description), written out here.
 */
import type { IsoDate, Weekday } from './types';
import { WEEKDAYS } from './types';

/** Days since 1970-01-01. */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: DayNumber): [number, number, number] {
  const shifted = z + 719468;
  const era = Math.floor(shifted / 146097);
  const doe = shifted - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Parses `YYYY-MM-DD` to a day number; throws on anything else (the contract validates first). */
export function toDay(date: IsoDate): DayNumber {
  const match = ISO_DATE.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// Formatting is pure and a programme formats the same few hundred days again and again, so each
// day's text is kept (bounded: the table starts over when it grows large).
const ISO_DATES = new Map<DayNumber, IsoDate>();

/** Formats a day number as `YYYY-MM-DD`. */
export function fromDay(day: DayNumber): IsoDate {
  let date = ISO_DATES.get(day);
  if (date === undefined) {
    if (ISO_DATES.size > 50_000) ISO_DATES.clear();
    const [year, month, dom] = civilFromDays(day);
    date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dom)}`;
    ISO_DATES.set(day, date);
  }
  return date;
}

/** The date `days` later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDay(to) - toDay(from);
}

/** The weekday of a day number. 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: DayNumber): Weekday {
  const index = (((day + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] as Weekday;
}

/** The weekday code of a date. */
export function weekdayOf(date: IsoDate): Weekday {
  return weekdayOfDay(toDay(date));
}

/** Year, month (1–12) and day of month, for formatting. */
export function dateParts(day: DayNumber): { year: number; month: number; day: number } {
  const [year, month, dom] = civilFromDays(day);
  return { year, month, day: dom };
}
