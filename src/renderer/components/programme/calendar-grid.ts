/**
 * Days covering one month, completed to whole weeks with the neighbouring days. Weeks start on
 * `firstWeekday` (0 Sunday … 6 Saturday, as Date counts): the programme's start day, so a row of
 * the calendar is a week of the programme.
 */
export function monthGrid(year: number, month: number, firstWeekday: number): Date[] {
  const first = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(year, month + 1, 0));
  const leading = (first.getUTCDay() - firstWeekday + 7) % 7;
  const trailing = 6 - ((last.getUTCDay() - firstWeekday + 7) % 7);
  const count = leading + last.getUTCDate() + trailing;
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month, 1 - leading + i)));
}

/** The weekday (0 Sunday … 6 Saturday) of a YYYY-MM-DD date. */
export function weekdayOf(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
