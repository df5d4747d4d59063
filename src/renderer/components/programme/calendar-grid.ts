/** Monday-first days covering one month, completed to whole weeks with the neighbouring days. */
export function monthGrid(year: number, month: number): Date[] {
  const first = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(year, month + 1, 0));
  const leading = (first.getUTCDay() + 6) % 7;
  const trailing = 6 - ((last.getUTCDay() + 6) % 7);
  const count = leading + last.getUTCDate() + trailing;
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month, 1 - leading + i)));
}
