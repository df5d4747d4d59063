/**
 * Goal targets for the build phase (clinical-reference.md §6, [S53] and [SYN]). The engine plans
 * by time, so a distance goal becomes a long-run duration at an easy pace that depends on the
 * client's experience. These are coaching conventions, not evidence.
 */
import type { Experience, GoalKind } from '../types';
import type { SourceId } from './sources';

export interface GoalProfile {
  /** Race distance in km; null for a time goal. */
  distanceKm: number | null;
  /**
   * Long run needed before the goal, as a fraction of the race time at easy pace: enough to finish
   * comfortably after an injury, not a performance target.
   */
  longRunFactor: number;
  minLongRunMinutes: number;
  maxLongRunMinutes: number;
  /** Easy runs besides the long run, minutes. */
  easyRunMinutes: number;
  taperWeeks: number;
  sources: readonly SourceId[];
}

export const GOAL_PROFILES: Readonly<Record<GoalKind, GoalProfile>> = {
  run_30min: {
    distanceKm: null,
    longRunFactor: 1,
    minLongRunMinutes: 30,
    maxLongRunMinutes: 30,
    easyRunMinutes: 30,
    taperWeeks: 0,
    sources: ['S11'],
  },
  '5k': {
    distanceKm: 5,
    longRunFactor: 1.2,
    minLongRunMinutes: 35,
    maxLongRunMinutes: 50,
    easyRunMinutes: 30,
    taperWeeks: 1,
    sources: ['S11', 'S53'],
  },
  '10k': {
    distanceKm: 10,
    longRunFactor: 0.8,
    minLongRunMinutes: 50,
    maxLongRunMinutes: 80,
    easyRunMinutes: 30,
    taperWeeks: 1,
    sources: ['S53'],
  },
  half_marathon: {
    distanceKm: 21.1,
    longRunFactor: 0.8,
    minLongRunMinutes: 95,
    maxLongRunMinutes: 150,
    easyRunMinutes: 35,
    taperWeeks: 2,
    sources: ['S53'],
  },
  marathon: {
    distanceKm: 42.2,
    longRunFactor: 0.7,
    minLongRunMinutes: 150,
    maxLongRunMinutes: 180,
    easyRunMinutes: 40,
    taperWeeks: 3,
    sources: ['S53'],
  },
};

/** Easy pace, minutes per km, by experience [SYN]: conservative for a runner coming back. */
export const EASY_PACE_MIN_PER_KM: Readonly<Record<Experience, number>> = {
  new: 8,
  returning: 7.5,
  regular: 6.75,
  advanced: 6,
};

/** Minutes of continuous easy running that count as an established base (R6, §6 [SYN]). */
export const BASE_RUN_MINUTES = 30;
/** Easy continuous runs of at least BASE_RUN_MINUTES before strides, hills or progressive runs. */
export const BASE_RUNS_BEFORE_QUALITY = 3;
