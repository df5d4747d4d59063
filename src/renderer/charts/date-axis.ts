/**
 * A time axis for charts whose points are calendar days: the day as a number (days since
 * 1970-01-01), so points sit at their real distance, and ticks only on whole days that have a
 * point, thinned to a readable few (a label never appears twice).
 */
const DAY_MS = 86_400_000;

/** A YYYY-MM-DD date as its day number. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** A day number back as YYYY-MM-DD. */
export function isoOfDay(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/** At most `max` distinct days among `days`, evenly spread, always with the first and the last. */
export function dayTicks(days: readonly number[], max = 7): number[] {
  const unique = [...new Set(days.map(Math.round))].sort((a, b) => a - b);
  if (unique.length <= max) return unique;
  const step = (unique.length - 1) / (max - 1);
  return [...new Set(Array.from({ length: max }, (_, i) => unique[Math.round(i * step)]!))];
}
