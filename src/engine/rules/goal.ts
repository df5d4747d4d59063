/**
 * Goal phase (E11–E13): the build week's running budget and long run within the load caps, cut-back
 * weeks, and the taper before a race date. The goal date never speeds the progression up; when it
 * comes too soon the plan stays safe and warns (goal_date_unsafe).
 */
import type { DayNumber } from '../dates';
import { BUILD_WEEKS_BEFORE_CUTBACK, CUTBACK_FACTOR } from './load-caps';

/** Shortest easy run in a build week. */
export const MIN_EASY_RUN_MINUTES = 20;

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
}

export interface BuildWeekPlan {
  budget: number;
  longRun: number;
  easyRun: number;
  cutback: boolean;
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
  budget = Math.max(0, budget);
  // The long run is the key session: it takes its share first, leaving the easy runs at least
  // MIN_EASY_RUN_MINUTES each; the easy runs then share what is left, up to their target.
  if (input.noLongRun) {
    return {
      budget,
      longRun: 0,
      easyRun: Math.min(input.easyTarget, Math.floor(budget / Math.max(1, input.runs))),
      cutback,
    };
  }
  const longRun =
    others === 0
      ? Math.min(longCap, budget)
      : Math.max(0, Math.min(longCap, budget - others * MIN_EASY_RUN_MINUTES));
  const easyRun =
    others === 0
      ? 0
      : Math.max(0, Math.min(input.easyTarget, longRun, Math.floor((budget - longRun) / others)));
  return { budget, longRun, easyRun, cutback };
}
