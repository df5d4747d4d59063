/**
 * The client's progression state while the planner walks through the programme day by day. The
 * planner owns and mutates it; the request is never touched. Past days replay the logs, future
 * days project the pathway as if every session went well.
 */
import type { PlanContext } from './context';
import type { DayNumber } from './dates';
import type { MessageArgs } from './i18n/message';
import type { MessageKey } from './i18n/messages';
import { startStage, startWalkStep } from './rules/ladder-progression';
import type { RunRecord } from './rules/load-caps';
import type { ClearanceLevel, HistoryEntry, PainLight } from './types';
import type { LogFamily } from './log-matching';
import type { AdjustmentOutcome } from './adjustments';

export type ProgressPhase = 'walking' | 'walk_run' | 'continuous' | 'build';

export interface ReferState {
  day: DayNumber;
  reason: MessageKey;
  params: MessageArgs;
}

export interface DayScore {
  day: DayNumber;
  score: number;
}

/** A restriction or cap that keeps a ladder stage or a run from progressing (E40). */
export interface CapHold {
  key: 'max_session_minutes' | 'max_run_minutes' | 'available_minutes' | 'weekly_limit';
  minutes: number;
}

export interface ProgressState {
  phase: ProgressPhase;
  walkStep: number;
  stage: number;
  /** Successful sessions at the current stage (R4; green or acceptable amber, E35). */
  successes: number;
  /** Days a new stage was first run (R4 window). */
  advanceDays: DayNumber[];
  /** No running on days up to and including this one (R6). */
  restUntil: DayNumber;
  /** Last day with a running session that happened or is projected. */
  lastRunDay: DayNumber | null;
  /** Last day with a running session in the programme, whatever its status (spacing, R3). */
  lastScheduledRunDay: DayNumber | null;
  /** A continuous run has happened or is projected (first continuous run rule). */
  hadContinuous: boolean;
  lastWeekCutback: boolean;
  /** Sessions were missed since the last run (E15). */
  missedSinceRun: boolean;
  /** Runs that happened or are projected, in date order (R9). */
  runs: RunRecord[];
  /** Running minutes per week index (0-based) that happened or are projected (R10). */
  weekRunMinutes: number[];
  /** Easy continuous runs of 30 minutes or more (R11, E19). */
  baseRuns: number;
  /** Running-minute ceiling after amber, orange or red in continuous running. */
  ceiling: number | null;
  ceilingSuccesses: number;
  lastRunMinutes: number;
  /** Adaptation carried to the next build week. */
  buildHold: 'hold' | 'drop' | null;
  buildWeeks: number;
  buildWeeksSinceCutback: number;
  /** The week before the last cut-back, which the following week may return to but not pass. */
  preCutbackMinutes: number | null;
  lastLongRun: number;
  /** The week index of the last long run (one change at a time compares with last week only). */
  lastLongRunWeek: number | null;
  peakWeekMinutes: number;
  peakLongRun: number;
  quality: { strides: number; hills: number; progressive: number };
  /** Days of strides sessions that happened or are projected (E34: graded return to speed). */
  stridesDays: DayNumber[];
  refer: ReferState | null;
  redDays: DayNumber[];
  /** Next-morning scores logged so far, in date order: the rolling baseline (E36). */
  mornings: DayScore[];
  /** Pain-during scores of logged running sessions, in date order (E35 trend). */
  duringPains: DayScore[];
  /** Days an effusion was logged after knee surgery (E37). */
  effusionDays: DayNumber[];
  /** E22: no running session plans more running minutes than this until it is tolerated again. */
  flareCap: number | null;
  /** The running minutes of every flare not yet tolerated again (E22); `flareCap` is the lowest. */
  flareCaps: number[];
  /** E23: until `until`, continuous runs stay within `cap` (110% of the tolerated run before the flare). */
  postFlare: { until: DayNumber; cap: number } | null;
  /** The last logged running session and its light (E39: silence after a flare). */
  lastLoggedRun: { day: DayNumber; light: PainLight } | null;
  /** Logged running sessions with their planned running minutes (E39: progress check). */
  loggedRuns: DayScore[];
  /** First day a running session happened or is projected (E24: first weeks back). */
  firstRunDay: DayNumber | null;
  /** What holds the ladder or run length below the next step, if anything (E40). */
  capHold: CapHold | null;
  /** E25: days the client became ready for continuous running and for the build phase. */
  readyDays: { continuous: DayNumber | null; build: DayNumber | null };
  /** Last day with a strength session (strength never on consecutive days, E38). */
  lastStrengthDay: DayNumber | null;
  goalReachedDay: DayNumber | null;
  history: HistoryEntry[];
  crossCounter: number;
  /** First date a session needing each level appears in the pathway (checkpoints). */
  firstDayNeeding: Partial<Record<ClearanceLevel, DayNumber>>;
  /** Positions (in the request's logs) of the logs a session or E21 has taken. */
  consumedLogs: Set<number>;
  /** Logs no planned session claims any more: their date and kind of session (E21). */
  unmatchedLogs: { day: DayNumber; family: LogFamily | null }[];
  /** E41: what became of each clinician adjustment in the weeks planned so far. */
  adjustmentOutcomes: AdjustmentOutcome[];
}

/**
 * Leaving the build phase (back to continuous runs or the ladder after a flare or a gap): the
 * build's own history (long run, cut-back rhythm, holds) no longer describes the client, so the
 * next build starts afresh from the runs they do then.
 */
export function resetBuild(st: ProgressState): void {
  st.lastLongRun = 0;
  st.lastLongRunWeek = null;
  st.buildWeeks = 0;
  st.buildWeeksSinceCutback = 0;
  st.lastWeekCutback = false;
  st.preCutbackMinutes = null;
  st.buildHold = null;
}

/** The state on the programme's first day. */
export function initialState(ctx: PlanContext): ProgressState {
  return {
    phase: ctx.startsWithWalking ? 'walking' : ctx.startsContinuous ? 'continuous' : 'walk_run',
    walkStep: startWalkStep(ctx.request.fitness.painFreeWalkMinutes),
    stage: startStage(ctx.request, ctx.ladder),
    successes: 0,
    advanceDays: [],
    restUntil: Number.NEGATIVE_INFINITY,
    lastRunDay: null,
    lastScheduledRunDay: null,
    hadContinuous: ctx.startsContinuous,
    lastWeekCutback: false,
    missedSinceRun: false,
    // The client's recent run counts as the longest run of the last 30 days (R9).
    runs: ctx.startsContinuous
      ? [{ day: ctx.start - 1, minutes: ctx.request.fitness.longestRecentRunMinutes, tolerated: true }]
      : [],
    weekRunMinutes: [],
    baseRuns: 0,
    // Starting continuous: repeat the recent run length twice before adding time.
    ceiling: ctx.startsContinuous ? Math.floor(ctx.request.fitness.longestRecentRunMinutes) : null,
    ceilingSuccesses: 0,
    lastRunMinutes: 0,
    buildHold: null,
    buildWeeks: 0,
    buildWeeksSinceCutback: 0,
    preCutbackMinutes: null,
    lastLongRun: 0,
    lastLongRunWeek: null,
    peakWeekMinutes: 0,
    peakLongRun: 0,
    quality: { strides: 0, hills: 0, progressive: 0 },
    stridesDays: [],
    refer: null,
    redDays: [],
    mornings: [],
    duringPains: [],
    effusionDays: [],
    flareCap: null,
    flareCaps: [],
    postFlare: null,
    lastLoggedRun: null,
    loggedRuns: [],
    firstRunDay: null,
    capHold: null,
    readyDays: { continuous: null, build: null },
    lastStrengthDay: null,
    goalReachedDay: null,
    history: [],
    crossCounter: 0,
    firstDayNeeding: {},
    consumedLogs: new Set(),
    unmatchedLogs: [],
    adjustmentOutcomes: [],
  };
}
