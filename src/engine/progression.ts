/**
 * Applies what happened (a log) or what the projection assumes (success) to the progression
 * state: pain lights and their actions (R4–R7, E14), gaps after missed sessions (E15) and
 * referral (E16). Every decision taken from a log is recorded in `history`.
 */
import type { PlanContext } from './context';
import { LAST_WALK_STEP, painLimitsAt, text } from './context';
import type { DayNumber } from './dates';
import { fromDay } from './dates';
import { formatList } from './i18n/messages';
import { gapStepBack, SUCCESSES_PER_STAGE } from './rules/ladder-progression';
import { painLight, REDS_WINDOW_DAYS, restDaysAfter, type LightResult } from './rules/pain-lights';
import type { ProgressState, ReferState } from './state';
import type { HistoryAction, PainLight, SessionLog } from './types';
import type { Why } from './why';

/** Shortest continuous run; below it the client goes back to the walk-run ladder. */
export const MIN_CONTINUOUS_MINUTES = 10;

export type Mode = 'logged' | 'projected' | 'missed' | 'frozen';

/** How a session counts: logged facts, missed past, frozen after a referral, or projected. */
export function modeOf(
  ctx: PlanContext,
  st: ProgressState,
  day: DayNumber,
  log: SessionLog | undefined,
): Mode {
  if (log) return 'logged';
  if (day < ctx.today) return 'missed';
  if (st.refer) return 'frozen';
  return 'projected';
}

/** Steps the progression back `n` steps in the current phase (R6, E15). */
export function stepBack(ctx: PlanContext, st: ProgressState, n: number): void {
  if (n <= 0) return;
  if (st.phase === 'walking') {
    st.walkStep = Math.max(0, st.walkStep - n);
    return;
  }
  if (st.phase === 'walk_run') {
    st.stage = Math.max(1, st.stage - n);
    st.successes = 0;
    return;
  }
  const ceiling = Math.floor(st.lastRunMinutes / Math.pow(1.1, n));
  st.ceilingSuccesses = 0;
  if (st.phase === 'build') st.buildHold = 'drop';
  if (ceiling < MIN_CONTINUOUS_MINUTES) {
    st.phase = 'walk_run';
    st.stage = Math.max(1, ctx.ladder.stages.length - (n - 1));
    st.successes = 0;
    st.ceiling = null;
    st.baseRuns = 0;
    return;
  }
  st.ceiling = ceiling;
}

function referFor(st: ProgressState, day: DayNumber, reason: ProgressState['refer']): void {
  if (!st.refer && reason) st.refer = { ...reason, day };
}

export interface Outcome {
  light: PainLight;
  action: HistoryAction;
  rules: string[];
}

const LIGHT_RULES: Readonly<Record<PainLight, string[]>> = {
  green: ['E14', 'R5', 'R4'],
  amber: ['E14', 'R5'],
  orange: ['E14', 'R6'],
  red: ['E14', 'R6'],
  refer: ['E14', 'R7', 'E16'],
};

/**
 * Applies one session's light to the state. `light` is the log's, or green for a projected
 * session. `runMinutes` is the session's running time (ceilings after amber and red).
 * `progresses` is false for sessions that do not move the ladder (strength, cross-training).
 */
export function applyLight(
  ctx: PlanContext,
  st: ProgressState,
  day: DayNumber,
  light: PainLight,
  runMinutes: number,
  progresses: boolean,
  logDay: DayNumber,
  log: SessionLog | null,
): Outcome {
  const counts = logDay >= ctx.clearanceDay;
  const wasReferred = st.refer !== null;
  if (light === 'refer') {
    if (counts && log) {
      const reason: Omit<ReferState, 'day'> =
        log.redFlags.length > 0
          ? {
              reason: 'reason.red_flag' as const,
              params: {
                flags: formatList(
                  ctx.locale,
                  log.redFlags.map((f) => text(ctx, `flag.${f}`)),
                ),
              },
            }
          : { reason: 'reason.not_settled' as const, params: {} };
      referFor(st, day, { ...reason, day });
      return { light, action: wasReferred ? 'not_counted' : 'refer', rules: LIGHT_RULES.refer };
    }
    // Seen by the clinician before the current clearance: it no longer refers, but it is a red.
    light = 'red';
  }
  st.restUntil = Math.max(st.restUntil, day + restDaysAfter(light));
  if (light === 'red') {
    const recentRed = st.redDays.some((d) => day - d <= REDS_WINDOW_DAYS);
    if (counts) st.redDays.push(day);
    if (counts && recentRed) {
      referFor(st, day, { reason: 'reason.two_reds', params: {}, day });
      return {
        light,
        action: wasReferred ? 'not_counted' : 'refer',
        rules: [...LIGHT_RULES.red, 'R7', 'E16'],
      };
    }
  }
  if (wasReferred) return { light, action: 'not_counted', rules: ['E16'] };
  if (!progresses) {
    // Strength and cross-training logs count for pain and red flags, not for the ladder.
    return {
      light,
      action: light === 'red' ? 'rest_repeat' : 'not_counted',
      rules: light === 'red' ? ['E14', 'R6'] : ['E14', 'R5'],
    };
  }
  const continuous = st.phase === 'continuous' || st.phase === 'build';
  switch (light) {
    case 'red':
      stepBack(ctx, st, 1);
      return { light, action: 'step_back', rules: LIGHT_RULES.red };
    case 'orange':
    case 'amber':
      if (continuous) {
        st.ceiling = Math.min(
          st.ceiling ?? Number.POSITIVE_INFINITY,
          Math.max(MIN_CONTINUOUS_MINUTES, Math.floor(runMinutes)),
        );
        st.ceilingSuccesses = 0;
        if (st.phase === 'build' && st.buildHold !== 'drop') st.buildHold = 'hold';
      }
      return { light, action: light === 'orange' ? 'rest_repeat' : 'repeat', rules: LIGHT_RULES[light] };
    default:
      break;
  }
  // green
  if (st.phase === 'walking') {
    st.walkStep = Math.min(LAST_WALK_STEP, st.walkStep + 1);
    return { light, action: 'advance', rules: ['E14', 'R5', 'E8'] };
  }
  if (st.phase === 'walk_run') {
    st.successes += 1;
    return {
      light,
      action: st.successes >= SUCCESSES_PER_STAGE ? 'advance' : 'count_success',
      rules: LIGHT_RULES.green,
    };
  }
  if (st.ceiling !== null) {
    st.ceilingSuccesses += 1;
    if (st.ceilingSuccesses >= SUCCESSES_PER_STAGE) {
      st.ceiling = null;
      st.ceilingSuccesses = 0;
    }
  }
  return { light, action: 'count_success', rules: ['E14', 'R5', 'R9'] };
}

/** The light of a log, updating the morning baseline from sessions that went well. */
export function lightOfLog(
  ctx: PlanContext,
  st: ProgressState,
  log: SessionLog,
  day: DayNumber,
): LightResult {
  const result = painLight(log, painLimitsAt(ctx, day), st.baselineMorning);
  if ((result.light === 'green' || result.light === 'amber') && log.painNextMorning !== null)
    st.baselineMorning = log.painNextMorning;
  return result;
}

/** Records a decision taken from a log (or a gap) in the programme's history. */
export function record(
  st: ProgressState,
  sessionId: string,
  day: DayNumber,
  outcome: Outcome | { light: null; action: HistoryAction; rules: string[] },
): void {
  st.history.push({
    sessionId,
    date: fromDay(day),
    light: outcome.light,
    action: outcome.action,
    rules: outcome.rules,
  });
}

/**
 * E15: before a run that happens, a gap of 7+ days since the last run steps back one stage per
 * week; a shorter gap after missed sessions resumes at the same stage.
 */
export function applyGap(
  ctx: PlanContext,
  st: ProgressState,
  sessionId: string,
  day: DayNumber,
): Why | null {
  // Only missed sessions open a gap: a client who runs once a week has not missed anything.
  if (st.lastRunDay === null || !st.missedSinceRun) return null;
  const gap = day - st.lastRunDay;
  const steps = gapStepBack(gap);
  const hadMissed = st.missedSinceRun;
  st.missedSinceRun = false;
  if (steps > 0) {
    stepBack(ctx, st, steps);
    record(st, sessionId, day, { light: null, action: 'gap_step_back', rules: ['E15'] });
    return {
      rule: 'E15',
      text: text(ctx, 'explain.gap', {
        days: gap,
        action: text(ctx, 'action.gap_step_back', { stages: steps }),
      }),
    };
  }
  if (hadMissed) {
    record(st, sessionId, day, { light: null, action: 'gap_resume', rules: ['E15'] });
    return {
      rule: 'E15',
      text: text(ctx, 'explain.gap', { days: gap, action: text(ctx, 'action.gap_resume') }),
    };
  }
  return null;
}
