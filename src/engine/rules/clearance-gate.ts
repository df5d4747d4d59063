/**
 * Clearance gate (R1): each session kind needs a minimum clearance; a session above the clearance
 * in force on its date is still planned, but locked with a reason. Before the clearance date the
 * client counts as not cleared: the request carries only the current clearance.
 */
import type { DayNumber } from '../dates';
import type { ClearanceLevel, SessionKind } from '../types';
import { CLEARANCE_LEVELS, RUNNING_KINDS } from '../types';

/** Minimum clearance per session kind (plan-engine.md §Vocabulary). */
export const REQUIRED_CLEARANCE: Readonly<Record<SessionKind, ClearanceLevel>> = {
  walk: 'walking',
  walk_run: 'walk_run',
  easy_run: 'continuous',
  progressive_run: 'full',
  strides: 'full',
  hills: 'full',
  cross_training: 'not_cleared',
  strength: 'not_cleared',
  mobility: 'not_cleared',
};

/** Position of a level in the order not_cleared < walking < walk_run < continuous < full. */
export function levelRank(level: ClearanceLevel): number {
  return CLEARANCE_LEVELS.indexOf(level);
}

export function atLeast(level: ClearanceLevel, required: ClearanceLevel): boolean {
  return levelRank(level) >= levelRank(required);
}

export function isRunningKind(kind: SessionKind): boolean {
  return (RUNNING_KINDS as readonly string[]).includes(kind);
}

/** The clearance in force on a day: the recorded level from its date on, nothing before. */
export function clearanceOn(level: ClearanceLevel, clearanceDay: DayNumber, day: DayNumber): ClearanceLevel {
  return day >= clearanceDay ? level : 'not_cleared';
}

/**
 * First day the pathway may reach `required`: today's level from its date; a higher level is not
 * expected before the review date (E18), so the projection holds until then.
 */
export function earliestDayFor(
  required: ClearanceLevel,
  level: ClearanceLevel,
  clearanceDay: DayNumber,
  reviewDay: DayNumber | null,
): DayNumber {
  if (atLeast(level, required)) return clearanceDay;
  return Math.max(clearanceDay, reviewDay ?? clearanceDay);
}
