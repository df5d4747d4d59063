/**
 * Goal phase (E11–E13): the build week's running budget and long run within the load caps, cut-back
 * weeks, and the taper before a race date. The goal date never speeds the progression up; when it
 * comes too soon the plan stays safe and warns (goal_date_unsafe).
 */
import type { DayNumber } from '../dates';
import { BUILD_WEEKS_BEFORE_CUTBACK, CUTBACK_FACTOR } from './load-caps';

/** Shortest easy run in a build week. */
export const MIN_EASY_RUN_MINUTES = 20;
/**
 * E38: with only two running days the load cannot be spread; the longer run then holds at most
 * this share of the week (instead of stretching it) [SYN].
 */
export const TWO_DAY_SHARE = 0.55;

/** Share of the peak week kept in each taper week, from the race week backwards [S53, SYN]. */
const TAPER_VOLUME = [0.6, 0.75, 0.85];
const TAPER_LONG_RUN = [0.5, 0.7, 0.85];

/** Weeks left before the goal date for a week starting on `weekStart` (0 = the race week). */
export function weeksToGoal(goalDay: DayNumber, weekStart: DayNumber): number {
  return Math.floor((goalDay - weekStart) / 7);
}

/** Taper volume and long-run factors for a week, or null when the week is not a taper week. */
export function taperFactors(
  goalDay: DayNumber | null,
  taperWeeks: number,
  weekStart: DayNumber,
): { volume: number; longRun: number; weeksLeft: number } | null {
  if (goalDay === null || taperWeeks === 0) return null;
  const left = weeksToGoal(goalDay, weekStart);
  if (left < 0 || left >= taperWeeks) return null;
  return { volume: TAPER_VOLUME[left] ?? 1, longRun: TAPER_LONG_RUN[left] ?? 1, weeksLeft: left };
}

export interface BuildInputs {
  weeklyCap: number;
  lastWeekMinutes: number;
  preCutbackMinutes: number | null;
  buildWeeksSinceCutback: number;
  hold: 'hold' | 'drop' | null;
  singleRunCap: number;
  lastLongRun: number;
  goalLongRun: number;
  easyTarget: number;
  runs: number;
  /** The goal's own week: the goal is the long effort, every run before it is easy. */
  noLongRun: boolean;
  taper: { volume: number; longRun: number } | null;
  peakWeekMinutes: number;
  peakLongRun: number;
  /** E38: the largest share of the week's running the long run may hold (3+ runs). */
  longRunShare: number;
  /** E38 / R8: this week brings a new kind of quality session, so the long run holds. */
  newQuality: boolean;
}

export interface BuildWeekPlan {
  budget: number;
  longRun: number;
  easyRun: number;
  cutback: boolean;
  /** The long run was held at last week's length because a new quality session came in. */
  holdForQuality: boolean;
}

/** E38: the share of the week the long run may hold with this many runs. */
export function longRunShareFor(runs: number, share: number): number {
  if (runs >= 3) return share;
  return runs === 2 ? TWO_DAY_SHARE : 1;
}

/** Plans a build or taper week: budget, long run and easy runs, all within R9 and R10. */
export function planBuildWeek(input: BuildInputs): BuildWeekPlan {
  const others = Math.max(0, input.runs - 1);
  let budget = input.weeklyCap;
  let longCap = Math.min(input.goalLongRun, input.singleRunCap);
  let cutback = false;
  if (input.taper) {
    budget = Math.min(budget, Math.floor(input.peakWeekMinutes * input.taper.volume));
    longCap = Math.min(longCap, Math.floor(input.peakLongRun * input.taper.longRun));
  } else if (input.buildWeeksSinceCutback >= BUILD_WEEKS_BEFORE_CUTBACK && input.lastWeekMinutes > 0) {
    cutback = true;
    budget = Math.min(budget, Math.floor(input.lastWeekMinutes * CUTBACK_FACTOR));
    if (input.lastLongRun > 0) longCap = Math.min(longCap, Math.floor(input.lastLongRun * 0.8));
  } else if (input.preCutbackMinutes !== null) {
    // The week after a cut-back returns to the earlier level, not past it.
    budget = Math.min(budget, input.preCutbackMinutes);
  }
  // After amber or red the week repeats (or drops below) the last one; a first build week has no
  // long run to compare with, so only the budget is held.
  if (input.hold === 'hold' && input.lastWeekMinutes > 0) {
    budget = Math.min(budget, input.lastWeekMinutes);
    if (input.lastLongRun > 0) longCap = Math.min(longCap, input.lastLongRun);
  } else if (input.hold === 'drop' && input.lastWeekMinutes > 0) {
    budget = Math.min(budget, Math.floor(input.lastWeekMinutes * 0.9));
    if (input.lastLongRun > 0) longCap = Math.min(longCap, Math.floor(input.lastLongRun / 1.1));
  }
  // One change at a time (R8): the week a new kind of quality session comes in, the long run holds.
  let holdForQuality = false;
  if (input.newQuality && input.lastLongRun > 0 && input.lastLongRun < longCap) {
    longCap = input.lastLongRun;
    holdForQuality = true;
  }
  budget = Math.max(0, budget);
  if (input.noLongRun) {
    return {
      budget,
      longRun: 0,
      easyRun: Math.min(input.easyTarget, Math.floor(budget / Math.max(1, input.runs))),
      cutback,
      holdForQuality: false,
    };
  }
  // E38: the long run holds at most its share of the week; the easy runs carry the rest, as long
  // as they need to be for that share (never longer than the long run).
  const share = longRunShareFor(input.runs, input.longRunShare);
  const longRun =
    others === 0 ? Math.min(longCap, budget) : Math.max(0, Math.min(longCap, Math.floor(share * budget)));
  const easyNeeded = others === 0 ? 0 : Math.ceil((longRun * (1 - share)) / (share * others));
  const easyRun =
    others === 0
      ? 0
      : Math.max(
          0,
          Math.min(Math.max(input.easyTarget, easyNeeded), longRun, Math.floor((budget - longRun) / others)),
        );
  return { budget, longRun, easyRun, cutback, holdForQuality };
}
