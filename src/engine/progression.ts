/**
 * Applies what happened (a log) or what the projection assumes (success) to the progression
 * state: pain lights and their actions (R4–R7, E14), acceptable pain (E35), the rolling morning
 * baseline (E36), flare ceilings (E22, E23), effusion after knee surgery (E37), the referral rules
 * (E16, E24, E25), and gaps after missed sessions (E15). Every decision taken from a log is
 * recorded in `history`.
 */
import type { PlanContext } from './context';
import { LAST_WALK_STEP, painLimitsAt, text } from './context';
import { listArg, sub } from './i18n/message';
import type { DayNumber } from './dates';
import { fromDay } from './dates';
import type { MessageKey } from './i18n/messages';
import type { Ladder } from './protocols/ladders';
import { stageRunMinutes } from './protocols/ladders';
import { gapStepBack } from './rules/ladder-progression';
import { longestRecentRun, SINGLE_RUN_FACTOR } from './rules/load-caps';
import type { LightResult, PainTrigger } from './rules/pain-lights';
import { ACCEPTABLE_AMBER, painLight, REDS_WINDOW_DAYS, restDaysAfter } from './rules/pain-lights';
import type { DayScore, ProgressState, ReferState } from './state';
import { resetBuild } from './state';
import type { HistoryAction, PainLight, SessionLog } from './types';
import type { Why } from './why';

/** Shortest continuous run; below it the client goes back to the walk-run ladder. */
export const MIN_CONTINUOUS_MINUTES = 10;
/** E23: days after a flare during which runs stay near what was tolerated before it. */
export const POST_FLARE_DAYS = 14;
/** E37: a second effusion within this many days after knee surgery refers. */
export const EFFUSION_WINDOW_DAYS = 14;
/** E24: a muscle strain's first weeks back, when a stopped red means a suspected re-strain [S35]. */
export const EARLY_STRAIN_DAYS = 28;

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

/** The highest ladder stage whose running time is at most `minutes` (stage 1 at least). */
export function stageForMinutes(ladder: Ladder, minutes: number): number {
  let stage = 1;
  for (const row of ladder.stages) if (stageRunMinutes(row) <= minutes + 1e-9) stage = row.stage;
  return stage;
}

/**
 * Steps the progression back `n` steps in the current phase (R6, E15) and returns how many it
 * really took: at stage 1 or the first walk there is nowhere further back to go.
 */
export function stepBack(ctx: PlanContext, st: ProgressState, n: number): number {
  if (n <= 0) return 0;
  if (st.phase === 'walking') {
    const taken = Math.min(n, st.walkStep);
    st.walkStep -= taken;
    return taken;
  }
  if (st.phase === 'walk_run') {
    const taken = Math.min(n, st.stage - 1);
    st.stage -= taken;
    st.successes = 0;
    return taken;
  }
  const ceiling = Math.floor(st.lastRunMinutes / Math.pow(SINGLE_RUN_FACTOR, n));
  st.ceilingSuccesses = 0;
  if (st.phase === 'build') st.buildHold = 'drop';
  if (ceiling < MIN_CONTINUOUS_MINUTES) {
    // Back to the ladder, at the stage whose running time matches what is left (E40).
    st.phase = 'walk_run';
    st.stage = stageForMinutes(ctx.ladder, ceiling);
    st.successes = 0;
    st.ceiling = null;
    st.baseRuns = 0;
    resetBuild(st);
    return n;
  }
  st.ceiling = Math.min(st.ceiling ?? Number.POSITIVE_INFINITY, ceiling);
  return n;
}

function referFor(st: ProgressState, day: DayNumber, reason: Omit<ReferState, 'day'>): void {
  if (!st.refer) st.refer = { ...reason, day };
}

export interface Outcome {
  light: PainLight;
  action: HistoryAction;
  rules: string[];
  /** The words for the action in the session's explanation. */
  actionKey: MessageKey;
}

const REFER_REASONS: Partial<Record<PainTrigger, { reason: MessageKey; rules: string[] }>> = {
  not_settled_72h: { reason: 'reason.not_settled', rules: ['R7', 'E16'] },
  effusion_again: { reason: 'reason.effusion_again', rules: ['E37', 'E16'] },
  high_risk_site_pain: { reason: 'reason.high_risk_site', rules: ['E25', 'E16'] },
  suspected_restrain: { reason: 'reason.suspected_restrain', rules: ['E24', 'E16'] },
};

function referReason(
  ctx: PlanContext,
  trigger: PainTrigger,
  log: SessionLog,
): { state: Omit<ReferState, 'day'>; rules: string[] } {
  const known = REFER_REASONS[trigger];
  if (known) return { state: { reason: known.reason, params: {} }, rules: ['E14', ...known.rules] };
  const flags = ctx.profile.postOpKnee ? log.redFlags.filter((f) => f !== 'effusion') : log.redFlags;
  return {
    state: {
      reason: 'reason.red_flag',
      params: {
        flags: listArg(flags.map((f) => sub(`flag.${f}`))),
      },
    },
    rules: ['E14', 'R7', 'E16'],
  };
}

/** E35: pain-during this week at least a point above the week before. */
function painRising(pains: readonly DayScore[], day: DayNumber): boolean {
  const mean = (from: DayNumber, to: DayNumber): number | null => {
    const inside = pains.filter((p) => p.day > from && p.day <= to);
    return inside.length === 0 ? null : inside.reduce((sum, p) => sum + p.score, 0) / inside.length;
  };
  const thisWeek = mean(day - 7, day);
  const lastWeek = mean(day - 14, day - 7);
  return thisWeek !== null && lastWeek !== null && thisWeek >= lastWeek + 1;
}

/**
 * E22/E23: after an orange or red, no running session plans more running than the one that
 * flared until that amount is tolerated again, and for 14 days runs stay within 110% of the
 * longest run tolerated before the flare.
 */
function recordFlare(st: ProgressState, day: DayNumber, runMinutes: number): void {
  st.flareCaps.push(Math.floor(runMinutes));
  st.flareCap = Math.min(...st.flareCaps);
  const cap = Math.floor(longestRecentRun(st.runs, day) * SINGLE_RUN_FACTOR + 1e-9);
  st.postFlare = {
    until: day + POST_FLARE_DAYS,
    cap: st.postFlare && st.postFlare.until >= day ? Math.min(st.postFlare.cap, cap) : cap,
  };
}

const outcome = (
  light: PainLight,
  action: HistoryAction,
  rules: string[],
  actionKey: MessageKey,
): Outcome => ({
  light,
  action,
  rules,
  actionKey,
});

/**
 * Applies one session's light to the state. `result` is the log's light, or green for a
 * projected session. `runMinutes` is the session's planned running time. `progresses` is false
 * for sessions that do not move the ladder (strength, cross-training, mobility).
 */
export function applyLight(
  ctx: PlanContext,
  st: ProgressState,
  day: DayNumber,
  result: LightResult,
  runMinutes: number,
  progresses: boolean,
  logDay: DayNumber,
  log: SessionLog | null,
): Outcome {
  let light = result.light;
  const counts = logDay >= ctx.clearanceDay;
  const wasReferred = st.refer !== null;
  if (light === 'refer') {
    if (counts && log) {
      const { state, rules } = referReason(ctx, result.trigger, log);
      referFor(st, day, state);
      return outcome(light, wasReferred ? 'not_counted' : 'refer', rules, 'action.refer');
    }
    // Seen by the clinician before the current clearance: it no longer refers, but it is a red.
    light = 'red';
  }
  st.restUntil = Math.max(st.restUntil, day + restDaysAfter(light));
  if (light === 'red') {
    const recentRed = st.redDays.some((d) => day - d <= REDS_WINDOW_DAYS);
    if (counts) st.redDays.push(day);
    if (counts && recentRed) {
      referFor(st, day, { reason: 'reason.two_reds', params: {} });
      return outcome(
        light,
        wasReferred ? 'not_counted' : 'refer',
        ['E14', 'R6', 'R7', 'E16'],
        'action.refer',
      );
    }
  }
  if (wasReferred) return outcome(light, 'not_counted', ['E16'], 'action.not_counted');
  if (!progresses) {
    // Strength and cross-training logs count for pain and red flags, not for the ladder.
    return light === 'red'
      ? outcome(light, 'rest_repeat', ['E14', 'R6'], 'action.rest_two_days')
      : outcome(light, 'not_counted', ['E14', 'R5'], 'action.not_counted');
  }
  const continuous = st.phase === 'continuous' || st.phase === 'build';
  const morningRule = ['morning_worse', 'morning_much_worse', 'morning_rising'].includes(result.trigger)
    ? ['E36']
    : [];
  if (light === 'red' || light === 'orange') {
    recordFlare(st, day, runMinutes);
    const rules = [
      'E14',
      'R6',
      'E22',
      'E23',
      ...morningRule,
      ...(result.trigger === 'effusion' ? ['E37'] : []),
    ];
    if (light === 'red') {
      const taken = stepBack(ctx, st, 1);
      if (continuous) return outcome(light, 'step_back', rules, 'action.step_back_continuous');
      return taken > 0
        ? outcome(light, 'step_back', rules, 'action.step_back')
        : outcome(light, 'rest_repeat', rules, 'action.rest_two_days');
    }
    if (continuous) holdContinuous(st, runMinutes);
    return outcome(
      light,
      'rest_repeat',
      rules,
      continuous ? 'action.rest_hold_continuous' : 'action.rest_repeat',
    );
  }
  // Green or amber: the session was tolerated so far. Whether it was tolerated overnight is part
  // of success (R5: back to baseline within 24 hours); until the next-morning pain is recorded the
  // session is repeated, not counted, and counts as soon as it is entered.
  if (log !== null && log.painNextMorning === null) {
    if (continuous) holdContinuous(st, runMinutes);
    return outcome(light, 'repeat', ['R5'], 'action.await_morning');
  }
  // Each flare's amount stays a ceiling until it is tolerated; a lower, later one goes first.
  st.flareCaps = st.flareCaps.filter((cap) => runMinutes < cap - 1e-9 && !ladderCapReached(ctx, st, cap));
  st.flareCap = st.flareCaps.length === 0 ? null : Math.min(...st.flareCaps);
  const acceptable =
    light === 'amber' &&
    log !== null &&
    ACCEPTABLE_AMBER.has(result.trigger) &&
    log.painNextMorning !== null &&
    !painRising(st.duringPains, day);
  if (light === 'amber' && !acceptable) {
    if (continuous) holdContinuous(st, runMinutes);
    return outcome(light, 'repeat', ['E14', 'R5'], continuous ? 'action.hold_continuous' : 'action.repeat');
  }
  const successRules = acceptable ? ['E14', 'E35', 'R4'] : ['E14', 'R5', 'R4'];
  const successKey: MessageKey = acceptable ? 'action.count_success_acceptable' : 'action.count_success';
  if (st.phase === 'walking') {
    st.walkStep = Math.min(LAST_WALK_STEP, st.walkStep + 1);
    return outcome(light, 'advance', [...successRules, 'E8'], 'action.advance_walk');
  }
  if (st.phase === 'walk_run') {
    st.successes += 1;
    return st.successes >= ctx.profile.successesPerStage
      ? outcome(light, 'advance', successRules, 'action.advance')
      : outcome(light, 'count_success', successRules, successKey);
  }
  if (st.ceiling !== null) {
    st.ceilingSuccesses += 1;
    if (st.ceilingSuccesses >= ctx.profile.successesPerStage) {
      st.ceiling = null;
      st.ceilingSuccesses = 0;
    }
  }
  return outcome(light, 'count_success', [...successRules, 'R9'], successKey);
}

/**
 * E22 on the ladder: the stage just tolerated is the highest whose running fits the flared amount
 * (the next one holds more), so the ladder cannot come closer to it: that amount counts as
 * tolerated again.
 */
function ladderCapReached(ctx: PlanContext, st: ProgressState, cap: number): boolean {
  if (st.phase !== 'walk_run') return false;
  const next = ctx.ladder.stages[st.stage];
  return (
    next !== undefined && stageRunMinutes(next) > cap + 1e-9 && st.stage >= stageForMinutes(ctx.ladder, cap)
  );
}

/** Orange or a non-acceptable amber in continuous running: keep the running time (R6). */
function holdContinuous(st: ProgressState, runMinutes: number): void {
  st.ceiling = Math.min(
    st.ceiling ?? Number.POSITIVE_INFINITY,
    Math.max(MIN_CONTINUOUS_MINUTES, Math.floor(runMinutes)),
  );
  st.ceilingSuccesses = 0;
  if (st.phase === 'build' && st.buildHold !== 'drop') st.buildHold = 'hold';
}

/**
 * The light of a log against the rolling morning baseline (E36) and the injury's referral rules,
 * recording its morning score and (for runs) its pain during for the trends that follow.
 */
export function lightOfLog(
  ctx: PlanContext,
  st: ProgressState,
  log: SessionLog,
  day: DayNumber,
  running: boolean,
): LightResult {
  const earlier = st.mornings.filter((m) => m.day < day);
  const weekMornings = earlier.filter((m) => m.day >= day - 7);
  const result = painLight(log, {
    limits: painLimitsAt(ctx, day),
    previousMorning: earlier[earlier.length - 1]?.score ?? null,
    weekLowMorning: weekMornings.length === 0 ? null : Math.min(...weekMornings.map((m) => m.score)),
    postOpKnee: ctx.profile.postOpKnee,
    effusionWithin14Days: st.effusionDays.some((d) => d < day && day - d <= EFFUSION_WINDOW_DAYS),
    highRiskBone: ctx.profile.highRiskBone,
    earlyMuscleStrain:
      ctx.profile.muscleStrain && st.firstRunDay !== null && day - st.firstRunDay < EARLY_STRAIN_DAYS,
  });
  // E37: every effusion after knee surgery counts towards a second, whatever else the log says;
  // one the clinician saw before the current clearance does not.
  const effusion = log.swelling || log.redFlags.includes('effusion');
  if (ctx.profile.postOpKnee && effusion && day >= ctx.clearanceDay) st.effusionDays.push(day);
  if (log.painNextMorning !== null) st.mornings.push({ day, score: log.painNextMorning });
  if (running && log.painDuring !== null) st.duringPains.push({ day, score: log.painDuring });
  return result;
}

/** Records a decision taken from a log (or a gap) in the programme's history. */
export function record(
  st: ProgressState,
  sessionId: string,
  day: DayNumber,
  entry: { light: PainLight | null; action: HistoryAction; rules: string[] },
  logIndex?: number,
): void {
  st.history.push({
    sessionId,
    ...(logIndex === undefined ? {} : { logIndex }),
    date: fromDay(day),
    light: entry.light,
    action: entry.action,
    rules: entry.rules,
  });
}

/**
 * E15: before a run that happens, a gap of 7+ days since the last run steps back one stage per
 * week (saying how far it really went: never below stage 1); a shorter gap after missed sessions
 * resumes at the same stage.
 */
export function applyGap(ctx: PlanContext, st: ProgressState, sessionId: string, day: DayNumber): Why | null {
  // Only missed sessions open a gap: a client who runs once a week has not missed anything.
  if (st.lastRunDay === null || !st.missedSinceRun) return null;
  const gap = day - st.lastRunDay;
  const steps = gapStepBack(gap);
  st.missedSinceRun = false;
  if (steps > 0) {
    const continuous = st.phase === 'continuous' || st.phase === 'build';
    const taken = stepBack(ctx, st, steps);
    record(st, sessionId, day, { light: null, action: 'gap_step_back', rules: ['E15'] });
    const action = continuous
      ? sub('action.gap_shorter')
      : taken > 0
        ? sub('action.gap_step_back', { stages: taken })
        : sub('action.gap_restart');
    return { rule: 'E15', ...text(ctx, 'explain.gap', { days: gap, action }) };
  }
  record(st, sessionId, day, { light: null, action: 'gap_resume', rules: ['E15'] });
  return {
    rule: 'E15',
    ...text(ctx, 'explain.gap', { days: gap, action: sub('action.gap_resume') }),
  };
}
