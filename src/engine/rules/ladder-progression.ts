/**
 * Ladder progression: the starting stage from time off, fitness and injury (§1.3), advancing
 * after two successes with at most two advances in any 7 days (R4), and stepping back after a red
 * light (R6) or a long gap (E15).
 */
import type { DayNumber } from '../dates';
import type { Ladder } from '../protocols/ladders';
import { stageRunMinutes, WALKING_ENTRY_TEST_STEP, WALKING_STEPS } from '../protocols/ladders';
import type { PlanRequest } from '../types';

/** Successful sessions needed at a stage before the next (R4). */
export const SUCCESSES_PER_STAGE = 2;
/** At most this many stage advances within any ADVANCE_WINDOW_DAYS days (R4). */
export const MAX_ADVANCES_IN_WINDOW = 2;
export const ADVANCE_WINDOW_DAYS = 7;
/** A gap of this many days since the last run steps back one stage per such period (E15). */
export const GAP_DAYS = 7;

/**
 * Starting stage (clinical-reference §1.3). Surgery, bone stress, postnatal, calf and severe or
 * recurrent cases use their own ladder from stage 1. On the standard ladder: new runners and long
 * lay-offs start at stage 1, experienced runners off more than 4 weeks at 1-minute jogs (stage 2
 * [S14]), off 2–4 weeks at stage 4, off under 2 weeks with a mild injury at stage 5 [S9, S13, SYN].
 * A client who already runs a little without a flare may start where the stage's running time
 * matches that run, never past the ladder's second-to-last stage.
 */
export function startStage(request: PlanRequest, ladder: Ladder): number {
  if (ladder.id !== 'standard') return 1;
  const { injury, client, fitness } = request;
  if (client.experience === 'new' || fitness.painFreeWalkMinutes < 30) return 1;
  const weeksOff = injury.weeksWithoutRunning;
  let stage: number;
  if (weeksOff >= 16) stage = 1;
  else if (weeksOff >= 4) stage = 2;
  else if (weeksOff >= 2) stage = injury.severity === 'severe' ? 2 : 4;
  else stage = injury.severity === 'mild' ? 5 : 4;
  if (client.experience === 'returning') stage = Math.min(stage, 2);
  const maxStage = Math.max(1, ladder.stages.length - 1);
  for (const row of ladder.stages) {
    if (row.stage <= maxStage && stageRunMinutes(row) <= fitness.longestRecentRunMinutes) {
      stage = Math.max(stage, row.stage);
    }
  }
  return Math.min(stage, maxStage);
}

/** First walking step: the longest walk the client already manages, up to the entry test. */
export function startWalkStep(painFreeWalkMinutes: number): number {
  let step = 0;
  for (let i = 0; i <= WALKING_ENTRY_TEST_STEP - 1; i++) {
    const row = WALKING_STEPS[i];
    if (row && row.minutes <= painFreeWalkMinutes) step = i;
  }
  return step;
}

/** R4: true when another advance on `day` keeps at most `limit` advances (two; one when
 * progressing slowly, E28) in any 7 days. */
export function advanceAllowed(
  advanceDays: readonly DayNumber[],
  day: DayNumber,
  limit = MAX_ADVANCES_IN_WINDOW,
): boolean {
  const recent = advanceDays.filter((d) => d > day - ADVANCE_WINDOW_DAYS).length;
  return recent < limit;
}

/** E15: stages to step back after a gap of `gapDays` since the last run (0 under 7 days). */
export function gapStepBack(gapDays: number): number {
  return gapDays >= GAP_DAYS ? Math.floor(gapDays / GAP_DAYS) : 0;
}
