/**
 * Scheduling (R3, E3, E5, E9, R12): which available days of a week carry runs, walks, strength,
 * cross-training and mobility. Runs are spread with a rest day between them; consecutive days are
 * used only when the clearance is full, the injury allows it and the week still needs them.
 */
import type { DayNumber } from '../dates';

/** Runs a week early on (R3). */
export const EARLY_RUNS_PER_WEEK = 3;
/** Most runs a week (R3); also the most a build week plans. */
export const MAX_RUNS_PER_WEEK = 4;
/** Most brisk walks a week in the walking phase (E8). */
export const MAX_WALKS_PER_WEEK = 5;
/** Strength sessions a week (R12). */
export const STRENGTH_PER_WEEK = 2;
/** Cross-training sessions a week on non-running days (R12), more while not running at all. */
export const CROSS_PER_WEEK = 2;
export const CROSS_PER_WEEK_PRE_RUNNING = 3;

/**
 * Picks up to `target` run days from `days` (ascending): first with a rest day between runs
 * (counting the last run before the week), then, only if allowed, filling consecutive days.
 */
export function pickRunDays(
  days: readonly DayNumber[],
  lastRunDay: DayNumber | null,
  target: number,
  allowConsecutive: boolean,
): DayNumber[] {
  const chosen: DayNumber[] = [];
  let last = lastRunDay;
  for (const day of days) {
    if (chosen.length >= target) break;
    if (last !== null && day - last < 2) continue;
    chosen.push(day);
    last = day;
  }
  if (allowConsecutive && chosen.length < target) {
    for (const day of days) {
      if (chosen.length >= target) break;
      if (!chosen.includes(day)) chosen.push(day);
    }
    chosen.sort((a, b) => a - b);
  }
  return chosen;
}

/**
 * Picks up to `count` days for strength, spread out: days without a primary session first (R12:
 * non-run days), then run days, where strength comes after the run. Strength is never on two
 * consecutive days, counting the last strength day before the week (E38).
 */
export function pickStrengthDays(
  days: readonly DayNumber[],
  primary: readonly DayNumber[],
  count: number,
  lastStrengthDay: DayNumber | null = null,
): DayNumber[] {
  const free = days.filter((d) => !primary.includes(d));
  const chosen: DayNumber[] = [];
  // Prefer the free days farthest apart: the first free day, then the last one.
  const ordered = free.length > 1 ? [free[0] as DayNumber, ...free.slice(1).reverse()] : free;
  addSpread(chosen, ordered, count, lastStrengthDay);
  if (chosen.length < count)
    addSpread(chosen, primary.length > 1 ? [...primary].reverse() : primary, count, lastStrengthDay);
  return chosen.sort((a, b) => a - b);
}

/** Adds days of `pool` in order to `chosen`, up to `count`, keeping strength days apart. */
function addSpread(
  chosen: DayNumber[],
  pool: readonly DayNumber[],
  count: number,
  lastStrengthDay: DayNumber | null,
): void {
  for (const day of pool) {
    if (chosen.length >= count) return;
    if (spacedFrom(chosen, lastStrengthDay, day)) chosen.push(day);
  }
}

/** Whether `day` keeps a day's gap to every strength day chosen and the last one before. */
function spacedFrom(
  chosen: readonly DayNumber[],
  lastStrengthDay: DayNumber | null,
  day: DayNumber,
): boolean {
  if (lastStrengthDay !== null && day - lastStrengthDay < 2) return false;
  for (const c of chosen) if (Math.abs(c - day) < 2) return false;
  return true;
}

/** Cross-training days: available days with neither a primary session nor strength. */
export function pickCrossDays(
  days: readonly DayNumber[],
  taken: readonly DayNumber[],
  count: number,
): DayNumber[] {
  return days.filter((d) => !taken.includes(d)).slice(0, count);
}

/** The mobility day: a day without strength, preferably one already holding another session. */
export function pickMobilityDay(
  days: readonly DayNumber[],
  strength: readonly DayNumber[],
  busy: readonly DayNumber[],
): DayNumber | null {
  const withoutStrength = days.filter((d) => !strength.includes(d));
  return withoutStrength.find((d) => busy.includes(d)) ?? withoutStrength[0] ?? days[0] ?? null;
}
