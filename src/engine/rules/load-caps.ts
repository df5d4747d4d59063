/**
 * Load caps once continuous running starts: R9 (no run longer than 110% of the longest run in the
 * previous 30 days), R10 as the contract states it (a week at most 110% — or 10 minutes more,
 * whichever is larger — of the highest of the previous four weeks) and cut-back weeks (E10).
 */
import type { DayNumber } from '../dates';

export const SINGLE_RUN_FACTOR = 1.1;
export const SINGLE_RUN_WINDOW_DAYS = 30;
export const WEEKLY_FACTOR = 1.1;
export const WEEKLY_MIN_STEP_MINUTES = 10;
export const WEEKLY_LOOKBACK_WEEKS = 4;
/** Build weeks between cut-backs: every 4th build week is a cut-back (E10, [S53]). */
export const BUILD_WEEKS_BEFORE_CUTBACK = 3;
/** A cut-back week runs 25% less than the week before (20–30% in the contract). */
export const CUTBACK_FACTOR = 0.75;

export interface RunRecord {
  day: DayNumber;
  minutes: number;
  /** Green or amber (or projected): a run the tissue tolerated. An orange or red run is no base. */
  tolerated: boolean;
}

/**
 * Longest tolerated run in the 30 days before `day` (not counting `day`). A run that flared is
 * not a base to build on (E23), so it never raises the next run's ceiling.
 */
export function longestRecentRun(runs: readonly RunRecord[], day: DayNumber): number {
  let longest = 0;
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    if (!run || run.day < day - SINGLE_RUN_WINDOW_DAYS) break;
    if (run.day < day && run.tolerated && run.minutes > longest) longest = run.minutes;
  }
  return longest;
}

/** R9: the longest run allowed on `day`, in whole minutes (rounded down to stay under 110%). */
export function singleRunCap(runs: readonly RunRecord[], day: DayNumber): number {
  return Math.floor(longestRecentRun(runs, day) * SINGLE_RUN_FACTOR + 1e-9);
}

/**
 * R10: the running minutes a week may hold, given the totals of the weeks before it. `stepFloor`
 * is the smallest increase (10 minutes; more for a runner rebuilding towards half their
 * pre-injury volume, E29), which applies only while the week is below `volumeTarget`.
 */
export function weeklyCap(
  previousWeeks: readonly number[],
  stepFloor = WEEKLY_MIN_STEP_MINUTES,
  volumeTarget = 0,
): number {
  const recent = previousWeeks.slice(-WEEKLY_LOOKBACK_WEEKS);
  const highest = recent.length === 0 ? 0 : Math.max(...recent);
  const step =
    highest < volumeTarget ? Math.max(stepFloor, WEEKLY_MIN_STEP_MINUTES) : WEEKLY_MIN_STEP_MINUTES;
  const capped = Math.max(
    highest * WEEKLY_FACTOR,
    Math.min(highest + step, Math.max(volumeTarget, highest + WEEKLY_MIN_STEP_MINUTES)),
  );
  return Math.floor(capped + 1e-9);
}
