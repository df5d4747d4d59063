/** Pure calendar arithmetic (no Date). */
import { describe, expect, it } from 'vitest';
import { addDays, diffDays, fromDay, isIsoDate, toDay, weekdayOf } from '../../../src/engine/dates';

describe('dates', () => {
  it.each([
    ['1970-01-01', 0, 'thu'],
    ['2000-02-29', 11016, 'tue'],
    ['2026-12-01', 20788, 'tue'],
    ['2028-02-29', 21243, 'tue'],
  ])('%s is day %i, a %s', (date, day, weekday) => {
    expect(toDay(date)).toBe(day);
    expect(fromDay(day)).toBe(date);
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2026-12-01', 154, '2027-05-04'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(diffDays(from, to)).toBe(days);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-01', 'tomorrow', '2026-04-31'])(
    '%s is not a date',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => toDay(value)).toThrow(RangeError);
    },
  );

  it('round-trips every day over 30 years', () => {
    for (let d = toDay('2010-01-01'); d < toDay('2040-01-01'); d++) expect(toDay(fromDay(d))).toBe(d);
  });
});
