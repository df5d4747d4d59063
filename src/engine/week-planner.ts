/**
 * Plans one week: which days carry which sessions (from the state at the week's start), then walks
 * the days in order, building each session, locking it where the clearance, a gate or a referral
 * says so, and applying its log (or the projection) to the state before the next day.
 */
import { BASE_RUN_MINUTES, BASE_RUNS_BEFORE_QUALITY } from './protocols/goals';
import type { PlanContext } from './context';
import {
  derivedFromRestrictions,
  goalName,
  isAvailable,
  levelOn,
  painLimitsAt,
  remember,
  restrictionsAt,
  text,
  walkEntryPassed,
} from './context';
import type { Message } from './i18n/message';
import { dateArg, listArg, sub } from './i18n/message';
import type { DayNumber } from './dates';
import { fromDay, isIsoDate, toDay } from './dates';
import type { StrengthLevel } from './exercises/selection';
import type { Mode } from './progression';
import type { LightResult } from './rules/pain-lights';
import {
  applyGap,
  applyLight,
  lightOfLog,
  MIN_CONTINUOUS_MINUTES,
  modeOf,
  record,
  stageForMinutes,
} from './progression';
import { isRunningKind, levelRank, REQUIRED_CLEARANCE } from './rules/clearance-gate';
import { excludedModalities } from './rules/cross-training';
import type { BuildWeekPlan } from './rules/goal';
import { MIN_EASY_RUN_MINUTES, planBuildWeek, taperFactors, TWO_DAY_SHARE } from './rules/goal';
import { advanceAllowed } from './rules/ladder-progression';
import { longestRecentRun, singleRunCap, weeklyCap } from './rules/load-caps';
import {
  CROSS_PER_WEEK,
  CROSS_PER_WEEK_PRE_RUNNING,
  EARLY_RUNS_PER_WEEK,
  MAX_RUNS_PER_WEEK,
  MAX_WALKS_PER_WEEK,
  pickCrossDays,
  pickMobilityDay,
  pickRunDays,
  pickStrengthDays,
  STRENGTH_PER_WEEK,
} from './rules/scheduling';
import type { RunRole } from './run-sessions';
import type { LadderLimits } from './run-sessions';
import { familyOf, findLog } from './log-matching';
import type { SessionDirective, WeekDirectives } from './adjustments';
import {
  directiveFor,
  modalitiesOn,
  movedDay,
  movedDays,
  planAdjustedWeek,
  shortenSpec,
  swapSpec,
} from './adjustments';
import { minutes as toMinutes, sumBlocks } from './blocks';
import { GRADED_STRIDES_SESSIONS } from './rules/graded-speed';
import {
  chooseStage,
  continuousCapHold,
  continuousSpec,
  ladderSpec,
  restrictionExplains,
  walkSpec,
} from './run-sessions';
import type { SessionSpec } from './session-factory';
import { lockFor } from './locks';
import { phaseOfWeek, restDaysExplanation, totalsOf } from './week-summary';
import { crossSpec, makeSession, mobilitySpec, sessionId, strengthSpec } from './session-factory';
import type { ProgressState } from './state';
import { resetBuild } from './state';
import type { Phase, Session, SessionKind, SessionLog, SessionStatus, Week } from './types';
import type { Why } from './why';

type QualityRole = 'strides' | 'hills' | 'progressive_run';

interface WeekFrame {
  index: number;
  weekStart: DayNumber;
  weekEnd: DayNumber;
  runDays: DayNumber[];
  walkDays: DayNumber[];
  /** Running budget for the week (R10), null while on the ladder. */
  budget: number | null;
  build: BuildWeekPlan | null;
  longDay: DayNumber | null;
  qualityDay: DayNumber | null;
  quality: QualityRole | null;
  taper: boolean;
  runsScheduled: number;
  runMinutesUsed: number;
  /** The clinician's adjustments for this week (E41), null for a week as proposed. */
  directives: WeekDirectives | null;
  /** E41: a held week repeats the last one: no stage, step or phase advance, no longer runs. */
  held: boolean;
  /** In a held week, the longest run of the week before (null: nothing to hold to). */
  holdRunCap: number | null;
  heldWalkStep: number;
}

const EARLY_PHASES = new Set(['walking', 'walk_run']);
/** Weekly running minutes from which a build week may hold a 4th run. */
const FOUR_RUNS_FROM_MINUTES = 120;

function range(from: DayNumber, to: DayNumber): DayNumber[] {
  const out: DayNumber[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

/** First day of the walking/running pathway. */
export function pathwayStart(ctx: PlanContext): DayNumber {
  return ctx.startsWithWalking ? ctx.walkingStartDay : ctx.runStartDay;
}

/** E9 / R3: consecutive running days only with full clearance (and past the ladder top for
 * bone stress, MTSS and calf) and no no_consecutive_days restriction. */
function consecutiveAllowed(ctx: PlanContext, st: ProgressState, day: DayNumber): boolean {
  if (levelOn(ctx, day) !== 'full') return false;
  if (ctx.defaults.alternateDaysUntilLadderTop && EARLY_PHASES.has(st.phase)) return false;
  return !restrictionsAt(ctx, day).flags.has('no_consecutive_days');
}

function runsTarget(ctx: PlanContext, st: ProgressState, day: DayNumber): number {
  let target = EARLY_RUNS_PER_WEEK;
  const experienced =
    ctx.request.client.experience === 'regular' || ctx.request.client.experience === 'advanced';
  const longGoal = ['10k', 'half_marathon', 'marathon'].includes(ctx.request.goal.kind);
  // Frequency before duration (R8): a 4th run only in the build phase, with full clearance, once
  // three runs a week already hold enough time that a fourth does not squeeze the long run.
  const lastWeek = st.weekRunMinutes[st.weekRunMinutes.length - 2] ?? 0;
  if (
    st.phase === 'build' &&
    levelOn(ctx, day) === 'full' &&
    experienced &&
    longGoal &&
    lastWeek >= FOUR_RUNS_FROM_MINUTES
  ) {
    target = MAX_RUNS_PER_WEEK;
  }
  const limit = restrictionsAt(ctx, day).maxSessionsPerWeek;
  return limit === null ? target : Math.min(target, limit);
}

function strengthLevel(phase: ProgressState['phase'], inPathway: boolean): StrengthLevel {
  if (!inPathway || phase === 'walking') return 1;
  return phase === 'walk_run' ? 2 : 3;
}

function qualityFor(
  ctx: PlanContext,
  st: ProgressState,
  index: number,
  cutback: boolean,
  taper: boolean,
): QualityRole | null {
  if (ctx.request.goal.kind === 'run_30min' || st.baseRuns < BASE_RUNS_BEFORE_QUALITY) return null;
  if (cutback || taper) return 'strides';
  if (st.quality.strides < 2) return 'strides';
  if (st.quality.hills < 2) return 'hills';
  const rotation: QualityRole[] = ['strides', 'hills', 'progressive_run'];
  return rotation[index % rotation.length] ?? 'strides';
}

/** Whether a quality session may run on a day (R8, E19): full clearance and no restriction against it. */
function qualityAllowed(ctx: PlanContext, role: QualityRole, day: DayNumber): boolean {
  if (levelOn(ctx, day) !== 'full') return false;
  // E26: after a bone stress injury, faster running waits for the site's return-to-sport time.
  if (ctx.profile.boneReturnDay !== null && day < ctx.profile.boneReturnDay) return false;
  const flags = restrictionsAt(ctx, day).flags;
  if (role === 'hills')
    return (
      !flags.has('no_hills') &&
      !flags.has('no_downhill') &&
      !flags.has('treadmill_only') &&
      !flags.has('flat_surface')
    );
  return !flags.has('no_speed');
}

function weekPhase(ctx: PlanContext, st: ProgressState, frame: WeekFrame): Phase {
  if (frame.weekEnd < pathwayStart(ctx)) return 'pre_running';
  if (frame.taper) return 'taper';
  return st.phase;
}

function statusOf(mode: Mode, log: SessionLog | undefined, support = false): SessionStatus {
  if (mode === 'logged') return log && !log.completed ? 'stopped' : 'done';
  if (mode === 'missed') return support ? 'not_logged' : 'missed';
  return 'planned';
}

/** What a projected session is assumed to be: uneventful. */
const PROJECTED: LightResult = { light: 'green', trigger: 'within_limits' };

/** Plans week `index` (0-based) from `weekStart` to `weekEnd` and advances the state through it. */
export function planWeek(
  ctx: PlanContext,
  st: ProgressState,
  index: number,
  weekStart: DayNumber,
  weekEnd: DayNumber,
): Week {
  if (!ctx.adjustments?.byWeek.has(index)) return planWeekWith(ctx, st, index, weekStart, weekEnd, null);
  return planAdjustedWeek(ctx, st, index, weekStart, weekEnd, {
    plan: (state, directives) => planWeekWith(ctx, state, index, weekStart, weekEnd, directives),
    consecutiveAllowed: (state, day) => consecutiveAllowed(ctx, state, day),
  });
}

/** The week as proposed (no directives) or with the clinician's adjustments (E41). */
function planWeekWith(
  ctx: PlanContext,
  st: ProgressState,
  index: number,
  weekStart: DayNumber,
  weekEnd: DayNumber,
  directives: WeekDirectives | null,
): Week {
  const weekIndex = index + 1;
  st.weekRunMinutes[index] = 0;
  // Nothing is planned on the goal date itself: that day is the race or the goal run.
  const days = range(weekStart, weekEnd).filter((d) => isAvailable(ctx, d) && d !== ctx.goalDay);
  const frame = frameWeek(ctx, st, index, weekStart, weekEnd, days, directives);
  const inPathway = weekEnd >= pathwayStart(ctx);
  const phaseAtStart = weekPhase(ctx, st, frame);
  const primary = !inPathway ? [] : st.phase === 'walking' ? frame.walkDays : frame.runDays;
  const goalDay = ctx.goalDay;
  const raceWeek = goalDay !== null && goalDay >= weekStart && goalDay <= weekEnd;
  // In the goal's week, one light strength session, not in the last two days before it.
  const strengthPool = raceWeek ? days.filter((d) => d <= goalDay - 3) : days;
  const strengthCount = strengthPool.length >= 2 && !raceWeek ? STRENGTH_PER_WEEK : 1;
  const strengthPrimary = primary.filter((d) => strengthPool.includes(d));
  let strengthDays = pickStrengthDays(strengthPool, strengthPrimary, strengthCount, st.lastStrengthDay);
  // A short goal week may only offer the day after last week's strength: one session still
  // beats none (R12 outranks the spacing there).
  if (strengthDays.length === 0) strengthDays = pickStrengthDays(strengthPool, strengthPrimary, 1, null);
  const crossCount = phaseAtStart === 'pre_running' ? CROSS_PER_WEEK_PRE_RUNNING : CROSS_PER_WEEK;
  let crossDays = pickCrossDays(days, [...primary, ...strengthDays], crossCount);
  if (crossDays.length === 0 && (phaseAtStart === 'pre_running' || EARLY_PHASES.has(phaseAtStart))) {
    // Few free days early on: cross-training may share a day with strength (never with a run).
    crossDays = pickCrossDays(days, primary, 1);
  }
  const wantsMobility = phaseAtStart === 'pre_running' || EARLY_PHASES.has(st.phase);
  let mobilityDay = wantsMobility ? pickMobilityDay(days, strengthDays, [...primary, ...crossDays]) : null;
  if (directives && directives.moves.length > 0) {
    frame.runDays = movedDays(frame.runDays, directives, 'run');
    frame.walkDays = movedDays(frame.walkDays, directives, 'walk');
    frame.longDay = movedDay(frame.longDay, directives, 'run');
    frame.qualityDay = movedDay(frame.qualityDay, directives, 'run');
    strengthDays = movedDays(strengthDays, directives, 'strength');
    crossDays = movedDays(crossDays, directives, 'cross_training');
    mobilityDay = movedDay(mobilityDay, directives, 'mobility');
  }
  st.lastStrengthDay = strengthDays[strengthDays.length - 1] ?? st.lastStrengthDay;
  const level = strengthLevel(st.phase, inPathway);

  const sessions: Session[] = [];
  for (let day = weekStart; day <= weekEnd; day++) {
    if (!isAvailable(ctx, day) && !directives?.extraDays.has(day)) {
      processUnmatchedLogs(ctx, st, day);
      continue;
    }
    let restDay = false;
    if (day >= pathwayStart(ctx)) {
      const result = primarySession(ctx, st, frame, day);
      if (result === 'rest') restDay = true;
      else if (result) sessions.push(result);
    }
    if (strengthDays.includes(day)) {
      const afterRun = sessions.some((s) => s.date === fromDay(day) && isRunningKind(s.kind));
      const strength = finishSupportSession(
        ctx,
        st,
        strengthSpec(ctx, weekIndex, day, level, afterRun),
        directives,
      );
      if (strength) sessions.push(strength);
    }
    if (crossDays.includes(day) || restDay) {
      const cross = crossSession(ctx, st, frame, day, restDay, phaseAtStart);
      if (cross) sessions.push(cross);
    }
    const mobility =
      mobilityDay === day
        ? finishSupportSession(ctx, st, mobilitySpec(ctx, weekIndex, day), directives)
        : null;
    if (mobility) sessions.push(mobility);
    processUnmatchedLogs(ctx, st, day);
  }

  const weekPhaseValue = phaseOfWeek(phaseAtStart, sessions);
  const first = sessions[0];
  if (first && ctx.restWeekdays.length > 0) first.explain.push(restDaysExplanation(ctx));
  const weekMinutes = st.weekRunMinutes[index] ?? 0;
  if (frame.build && !frame.taper) {
    st.peakWeekMinutes = Math.max(st.peakWeekMinutes, weekMinutes);
  }
  return {
    index: weekIndex,
    startDate: fromDay(weekStart),
    endDate: fromDay(weekEnd),
    phase: weekPhaseValue,
    cutback: frame.build?.cutback ?? false,
    ...focusText(ctx, st, weekPhaseValue, frame),
    totals: totalsOf(sessions),
    sessions,
  };
}

function focusText(
  ctx: PlanContext,
  st: ProgressState,
  phase: Phase,
  frame: WeekFrame,
): { focus: string; focusI18n: Message } {
  const said =
    st.refer && st.refer.day <= frame.weekEnd
      ? text(ctx, 'focus.refer')
      : frame.build?.cutback
        ? text(ctx, 'focus.cutback')
        : text(ctx, `focus.${phase}`);
  return { focus: said.text, focusI18n: said.i18n };
}

/** Week-level decisions from the state at its start: run days, budget, long run, quality. */
function frameWeek(
  ctx: PlanContext,
  st: ProgressState,
  index: number,
  weekStart: DayNumber,
  weekEnd: DayNumber,
  days: DayNumber[],
  directives: WeekDirectives | null,
): WeekFrame {
  const previous = st.weekRunMinutes.slice(0, index);
  const cap = weeklyCap(previous, ctx.profile.weeklyStepFloor, ctx.profile.volumeTarget);
  const held = directives !== null && directives.hold !== null;
  // Phase changes happen at week boundaries so each week has one structure. (A held week may
  // enter the build: its first build week holds last week's minutes, see below.)
  if (
    st.phase === 'continuous' &&
    st.baseRuns >= BASE_RUNS_BEFORE_QUALITY &&
    ctx.request.goal.kind !== 'run_30min'
  ) {
    st.phase = 'build';
  }
  if (
    st.phase === 'build' &&
    (cap < EARLY_RUNS_PER_WEEK * MIN_EASY_RUN_MINUTES ||
      singleRunCap(st.runs, weekStart) < MIN_EASY_RUN_MINUTES)
  ) {
    // After a long gap the base is gone: rebuild it with continuous easy runs first.
    st.phase = 'continuous';
    st.baseRuns = 0;
    resetBuild(st);
  }
  const runPool = days.filter((d) => d >= ctx.runStartDay);
  const target = runsTarget(ctx, st, weekStart);
  const runDays = pickRunDays(
    runPool,
    st.lastScheduledRunDay,
    target,
    consecutiveAllowed(ctx, st, weekStart),
  );
  const walkDays =
    st.phase === 'walking' ? days.filter((d) => d >= ctx.walkingStartDay).slice(0, MAX_WALKS_PER_WEEK) : [];
  const frame: WeekFrame = {
    index,
    weekStart,
    weekEnd,
    runDays,
    walkDays,
    budget: null,
    build: null,
    longDay: null,
    qualityDay: null,
    quality: null,
    taper: false,
    runsScheduled: 0,
    runMinutesUsed: 0,
    directives,
    held,
    holdRunCap: held ? holdRunCapOf(st, weekStart) : null,
    heldWalkStep: st.walkStep,
  };
  // R10 holds from the first continuous run on, also if the client drops back to the ladder; the
  // programme's first week has no earlier week to compare with.
  if (index > 0 && (st.phase === 'continuous' || (st.phase === 'walk_run' && st.hadContinuous)))
    frame.budget = cap;
  const lastWeekMinutes = previous[previous.length - 1] ?? 0;
  if (held && frame.budget !== null && lastWeekMinutes > 0) frame.budget = Math.min(cap, lastWeekMinutes);
  if (st.phase !== 'build') return frame;

  st.readyDays.build ??= weekStart;
  const taper = taperFactors(ctx.goalDay, ctx.goalProfile.taperWeeks, weekStart);
  const raceWeek = ctx.goalDay !== null && ctx.goalDay <= weekEnd;
  const lastWeek = previous[previous.length - 1] ?? 0;
  const qualityDay = runDays.length > 1 || raceWeek ? (runDays[0] ?? null) : null;
  // The first build week brings the long run; quality waits a week (one change at a time, R8).
  let quality =
    qualityDay === null || st.buildWeeks === 0
      ? null
      : qualityFor(ctx, st, index, st.buildWeeksSinceCutback >= 3, taper !== null);
  let newQuality =
    quality !== null &&
    qualityAllowed(ctx, quality, qualityDay ?? weekStart) &&
    st.quality[qualityKey(quality)] === 0;
  if (held && newQuality) {
    // A held week brings nothing new (E41, R8): the new kind of quality session waits.
    quality = null;
    newQuality = false;
  }
  const build = planBuildWeek({
    weeklyCap: cap,
    lastWeekMinutes: lastWeek,
    preCutbackMinutes: st.lastWeekCutback ? st.preCutbackMinutes : null,
    buildWeeksSinceCutback: st.buildWeeksSinceCutback,
    hold: held && st.buildHold !== 'drop' ? 'hold' : st.buildHold,
    singleRunCap: singleRunCap(st.runs, weekStart),
    lastLongRun: st.lastLongRunWeek === index - 1 ? st.lastLongRun : 0,
    goalLongRun: ctx.goalLongRunMinutes,
    easyTarget: ctx.goalProfile.easyRunMinutes,
    runs: Math.max(1, runDays.length),
    noLongRun: raceWeek,
    taper,
    peakWeekMinutes: st.peakWeekMinutes,
    peakLongRun: st.peakLongRun,
    longRunShare: ctx.profile.longRunShare,
    newQuality,
  });
  st.buildHold = null;
  st.buildWeeks += 1;
  if (build.cutback) {
    st.preCutbackMinutes = lastWeek;
    st.buildWeeksSinceCutback = 0;
  } else if (!taper) {
    st.buildWeeksSinceCutback += 1;
  }
  st.lastWeekCutback = build.cutback;
  frame.build = build;
  frame.budget = build.budget;
  frame.taper = taper !== null;
  // In the goal's week the goal itself is the long effort: the runs before it stay easy.
  frame.longDay = raceWeek ? null : (runDays[runDays.length - 1] ?? null);
  frame.qualityDay = qualityDay;
  frame.quality = quality === null ? null : build.cutback ? 'strides' : quality;
  return frame;
}

/** E41: the longest run of the week before a held week, if it was a continuous run. */
function holdRunCapOf(st: ProgressState, weekStart: DayNumber): number | null {
  const last = st.runs.filter((r) => r.day >= weekStart - 7 && r.day < weekStart).map((r) => r.minutes);
  const longest = Math.max(0, ...last);
  return longest >= MIN_CONTINUOUS_MINUTES ? longest : null;
}

function qualityKey(role: QualityRole): 'strides' | 'hills' | 'progressive' {
  return role === 'progressive_run' ? 'progressive' : role;
}

/** The log of a planned session (by its date and kind, see log-matching.ts), claimed for it. */
function logFor(
  ctx: PlanContext,
  st: ProgressState,
  id: string,
  day: DayNumber,
  kind: SessionKind,
): SessionLog | undefined {
  const found = findLog(ctx.logs, st.consumedLogs, day, kind, id);
  if (!found) return undefined;
  st.consumedLogs.add(found.index);
  return found.log;
}

/** Records the first day a session needs each clearance level above today's (checkpoints). */
function noteLevelNeeded(ctx: PlanContext, st: ProgressState, kind: SessionKind, day: DayNumber): void {
  const required = REQUIRED_CLEARANCE[kind];
  if (levelRank(required) > levelRank(ctx.level) && st.firstDayNeeding[required] === undefined) {
    st.firstDayNeeding[required] = day;
  }
}

function overrideExplain(ctx: PlanContext): Why | null {
  if (!ctx.gate.overrideMatters || ctx.gate.kind === null) return null;
  return {
    rule: 'E2',
    ...text(ctx, 'explain.override', {
      gate: sub(`gate.${ctx.gate.kind}`, { weeks: ctx.gate.weeks }),
      by: ctx.request.clearance.by,
      date: dateArg(ctx.clearanceDay),
    }),
  };
}

/** The walk or run of a day, 'rest' when running is paused after a log, or null. */
function primarySession(
  ctx: PlanContext,
  st: ProgressState,
  frame: WeekFrame,
  day: DayNumber,
): Session | 'rest' | null {
  if (st.phase === 'walking' && walkEntryPassed(st.walkStep) && day >= ctx.runStartDay && !frame.held)
    st.phase = 'walk_run';
  if (st.phase === 'walking') {
    if (!frame.walkDays.includes(day) || directiveFor(frame.directives, day, 'walk')?.type === 'skip')
      return null;
    return walkSession(ctx, st, frame, day);
  }
  if (!frame.runDays.includes(day)) return null;
  if (day <= st.restUntil) return 'rest';
  if (st.lastScheduledRunDay === day - 1 && !consecutiveAllowed(ctx, st, day)) return null;
  const weekLimit = restrictionsAt(ctx, day).maxSessionsPerWeek;
  if (weekLimit !== null && frame.runsScheduled >= weekLimit) return null;
  if (frame.budget !== null && frame.budget - frame.runMinutesUsed < 1) return null;
  const directive = directiveFor(frame.directives, day, 'run');
  if (directive?.type === 'skip' || directive?.type === 'swap')
    return replacedRun(ctx, st, frame, day, directive);
  return runSession(ctx, st, frame, day);
}

/**
 * E41: a run the clinician skipped or swapped for cross-training. It keeps its share of the week's
 * running budget, so the other runs of the week do not grow into it; it counts for nothing else.
 */
function replacedRun(
  ctx: PlanContext,
  st: ProgressState,
  frame: WeekFrame,
  day: DayNumber,
  directive: SessionDirective,
): Session | null {
  frame.runMinutesUsed += directive.plannedRun;
  if (directive.type !== 'swap') return null;
  return finishSupportSession(ctx, st, swapSpec(ctx, frame.index + 1, day, directive), frame.directives);
}

function walkSession(ctx: PlanContext, st: ProgressState, frame: WeekFrame, day: DayNumber): Session {
  const weekIndex = frame.index + 1;
  const holdUntil = ctx.runStartDay > day ? ctx.runStartDay : null;
  let spec = walkSpec(ctx, weekIndex, day, st.walkStep, holdUntil);
  const shorten = directiveFor(frame.directives, day, 'walk');
  if (shorten?.type === 'shorten') spec = shortenSpec(ctx, spec, shorten.minutes);
  const id = sessionId(weekIndex, day, 'walk');
  const log = logFor(ctx, st, id, day, 'walk');
  const mode = modeOf(ctx, st, day, log);
  const lock = lockFor(ctx, st, 'walk', day);
  noteLevelNeeded(ctx, st, 'walk', day);
  const extra = outcomeExplain(ctx, st, id, day, mode, log, 0, true);
  if (frame.held) st.walkStep = Math.min(st.walkStep, frame.heldWalkStep);
  return makeSession({ ...spec, explain: [...spec.explain, ...extra] }, lock, statusOf(mode, log));
}

/** Whether a run of this day has a log (so the session happened), whatever kind of run it is. */
function dayHasRunLog(ctx: PlanContext, st: ProgressState, weekIndex: number, day: DayNumber): boolean {
  if (!ctx.logs.claimableDays.has(day)) return false;
  const kinds: SessionKind[] = ['walk_run', 'easy_run', 'progressive_run', 'strides', 'hills'];
  return kinds.some(
    (k) => findLog(ctx.logs, st.consumedLogs, day, k, sessionId(weekIndex, day, k)) !== undefined,
  );
}

function runSession(ctx: PlanContext, st: ProgressState, frame: WeekFrame, day: DayNumber): Session | null {
  const weekIndex = frame.index + 1;
  const preExplain: Why[] = [];
  const happens = day >= ctx.today || dayHasRunLog(ctx, st, weekIndex, day);
  if (happens && !st.refer) {
    const gap = applyGap(
      ctx,
      st,
      sessionId(weekIndex, day, st.phase === 'walk_run' ? 'walk_run' : 'easy_run'),
      day,
    );
    if (gap) preExplain.push(gap);
  }
  const limits = ladderLimits(st, frame, day);
  // R4: a stage done twice (three times when progressing slowly, E28) moves up, within the
  // weekly advance limit, and only if the next stage's row fits the caps (E40).
  if (st.phase === 'walk_run' && st.successes >= ctx.profile.successesPerStage && !st.refer && !frame.held) {
    const top = st.stage >= ctx.ladder.stages.length;
    if (top && day < ctx.continuousStartDay) {
      preExplain.push({
        rule: 'E18',
        ...text(ctx, 'explain.ladder_hold', { date: dateArg(ctx.continuousStartDay) }),
      });
    } else if (!advanceAllowed(st.advanceDays, day, ctx.profile.advancesPerWeek)) {
      preExplain.push({
        rule: ctx.profile.advancesPerWeek < 2 ? 'E28' : 'R4',
        ...text(
          ctx,
          ctx.profile.advancesPerWeek < 2 ? 'explain.advance_capped_slow' : 'explain.advance_capped',
        ),
      });
    } else if (!top && chooseStage(ctx, day, st.stage + 1, limits).stage <= st.stage) {
      // Held by a cap: the explanation comes with the session (E40, R10, E22).
    } else {
      st.advanceDays.push(day);
      st.successes = 0;
      if (top) {
        st.phase = 'continuous';
        st.readyDays.continuous ??= day;
      } else st.stage += 1;
    }
  }

  let spec: SessionSpec;
  let role: RunRole | 'ladder' = 'ladder';
  const early = levelOn(ctx, day) !== 'full';
  if (st.phase === 'continuous' || st.phase === 'build') {
    const planned = plannedRunMinutes(ctx, st, frame, day);
    if (planned.minutes < MIN_CONTINUOUS_MINUTES) {
      // Too little room for continuous running (after a gap or a flare): back to the ladder, at
      // the stage whose running time fits (E40).
      st.phase = 'walk_run';
      st.stage = stageForMinutes(ctx.ladder, planned.minutes);
      st.successes = 0;
      resetBuild(st);
      spec = ladderSession(ctx, st, weekIndex, day, ladderLimits(st, frame, day));
    } else {
      role = planned.role;
      st.capHold = continuousCapHold(ctx, day, planned.minutes);
      // E34: after a hamstring strain, strides come back at 60, 70, 80 and then 90% of top speed.
      const graded =
        ctx.request.injury.type === 'hamstring_strain'
          ? Math.min(90, 60 + 10 * Math.min(GRADED_STRIDES_SESSIONS - 1, st.quality.strides))
          : null;
      const built = continuousSpec(ctx, weekIndex, day, planned.minutes, planned.role, early, graded);
      spec = built.spec;
      spec.explain = [...planned.explain, ...spec.explain];
      if (built.spec.kind === 'easy_run' && planned.role !== 'easy' && planned.role !== 'long') {
        spec.explain.push({ rule: 'E19', ...text(ctx, 'explain.quality_waits') });
      }
    }
  } else {
    spec = ladderSession(ctx, st, weekIndex, day, limits);
  }

  // Dropping back to the ladder inside this call may have ended consecutive-day running (E9).
  if (st.lastScheduledRunDay === day - 1 && !consecutiveAllowed(ctx, st, day)) return null;
  if (spec.kind === 'walk_run' && st.lastScheduledRunDay === null) {
    // The first run of the programme says where on the ladder it starts and why (§1.3).
    preExplain.push({
      rule: 'R4',
      ...text(ctx, 'explain.ladder_start', { weeks: ctx.request.injury.weeksWithoutRunning }),
    });
  }
  spec.explain = [...preExplain, ...spec.explain, ...commonRunExplains(ctx, st, day)];
  const shorten = directiveFor(frame.directives, day, 'run');
  const proposedRun = shorten?.type === 'shorten' ? toMinutes(sumBlocks(spec.blocks).run) : null;
  if (shorten?.type === 'shorten') spec = shortenSpec(ctx, spec, shorten.minutes);
  const id = sessionId(weekIndex, day, spec.kind);
  const log = logFor(ctx, st, id, day, spec.kind);
  const mode = modeOf(ctx, st, day, log);
  const lock = lockFor(ctx, st, spec.kind, day);
  noteLevelNeeded(ctx, st, spec.kind, day);
  // The run's minutes as its session will carry them (makeSession's runMinutes), without building it twice.
  const runMinutes = toMinutes(sumBlocks(spec.blocks).run);
  frame.runsScheduled += 1;
  st.lastScheduledRunDay = day;

  if (mode === 'logged' || mode === 'projected') {
    const counted =
      mode === 'logged' && log && log.actualRunMinutes !== null
        ? Math.min(runMinutes, log.actualRunMinutes)
        : runMinutes;
    recordRun(ctx, st, frame, day, counted, spec.kind, role);
    // A shortened run keeps its proposed share of the budget: the week's other runs stay as proposed.
    if (proposedRun !== null) frame.runMinutesUsed += proposedRun - runMinutes;
  } else if (mode === 'missed') {
    st.missedSinceRun = true;
  }
  const extra = outcomeExplain(ctx, st, id, day, mode, log, runMinutes, true);
  if (mode === 'logged') {
    const last = st.history[st.history.length - 1];
    const tolerated = last?.light === 'green' || last?.light === 'amber';
    const run = st.runs[st.runs.length - 1];
    if (run && run.day === day) run.tolerated = tolerated;
    if (last?.light) st.lastLoggedRun = { day, light: last.light };
    st.loggedRuns.push({ day, score: runMinutes });
  }
  return makeSession({ ...spec, explain: [...spec.explain, ...extra] }, lock, statusOf(mode, log));
}

/** Limits on a walk-run session: its weekly share (R10) and the flare ceiling (E22). */
function ladderLimits(st: ProgressState, frame: WeekFrame, day: DayNumber): LadderLimits {
  const share = weeklyShareSeconds(frame, day);
  return { shareSeconds: share, flareSeconds: st.flareCap === null ? null : st.flareCap * 60 };
}

/** The walk-run session of a day at the stage that fits (E40); a cap that holds it is remembered. */
function ladderSession(
  ctx: PlanContext,
  st: ProgressState,
  weekIndex: number,
  day: DayNumber,
  limits: LadderLimits,
): SessionSpec {
  const wanted = st.stage;
  const choice = chooseStage(ctx, day, wanted, limits);
  if (choice.stage < st.stage) {
    st.stage = choice.stage;
    st.successes = 0;
  }
  // The cap holding the client, or the one that will hold the next stage (goal warning, E40).
  const next =
    choice.heldBy === null && wanted < ctx.ladder.stages.length
      ? chooseStage(ctx, day, wanted + 1, limits)
      : null;
  if (choice.heldBy === 'caps' || choice.heldBy === 'share') st.capHold = choice.hold;
  else st.capHold = next?.heldBy === 'caps' ? next.hold : null;
  return ladderSpec(ctx, weekIndex, day, choice, wanted);
}

/** R10 after continuous running has started: this run's fair share of the week's budget. */
function weeklyShareSeconds(frame: WeekFrame, day: DayNumber): number | null {
  if (frame.budget === null) return null;
  const remaining = Math.max(1, frame.runDays.filter((d) => d >= day).length);
  return Math.floor((frame.budget - frame.runMinutesUsed) / remaining) * 60;
}

function commonRunExplains(ctx: PlanContext, st: ProgressState, day: DayNumber): readonly Why[] {
  const consecutive = consecutiveAllowed(ctx, st, day);
  const full = levelOn(ctx, day) === 'full';
  const derived = derivedFromRestrictions(ctx, day);
  derived.runExplains ??= new Map();
  const variant = consecutive
    ? full
      ? 'consecutive, full'
      : 'consecutive'
    : full
      ? 'alternate, full'
      : 'alternate';
  return remember(derived.runExplains, variant, () => buildCommonRunExplains(ctx, day, consecutive, full));
}

function buildCommonRunExplains(
  ctx: PlanContext,
  day: DayNumber,
  consecutive: boolean,
  full: boolean,
): Why[] {
  const out: Why[] = [];
  if (!consecutive) {
    out.push({ rule: 'R3', ...text(ctx, 'explain.alternate_days', { max: EARLY_RUNS_PER_WEEK }) });
    if (ctx.defaults.alternateDaysUntilLadderTop && full) {
      out.push({
        rule: 'E9',
        ...text(ctx, 'explain.alternate_days_injury', {
          injury: sub(`injury.${ctx.request.injury.type}`),
        }),
      });
    }
  }
  if (ctx.defaults.cadenceCue) out.push({ rule: 'R8', ...text(ctx, 'explain.cadence') });
  out.push(...restrictionExplains(ctx, day));
  const override = overrideExplain(ctx);
  if (override) out.push(override);
  return out;
}

interface PlannedRun {
  minutes: number;
  role: RunRole;
  explain: Why[];
}

/** Minutes and role of a continuous or build run within R9, R10, ceilings and the week's plan. */
function plannedRunMinutes(
  ctx: PlanContext,
  st: ProgressState,
  frame: WeekFrame,
  day: DayNumber,
): PlannedRun {
  const r9 = singleRunCap(st.runs, day);
  const longest = longestRecentRun(st.runs, day);
  const explain: Why[] = [];
  let minutes: number;
  let role: RunRole = 'easy';
  const remainingRuns = frame.runDays.filter((d) => d >= day).length;
  if (st.phase === 'build' && frame.build) {
    const build = frame.build;
    if (day === frame.longDay) {
      role = 'long';
      minutes = build.longRun;
      explain.push(
        frame.taper
          ? { rule: 'E12', ...text(ctx, 'explain.long_run_taper') }
          : {
              rule: 'E11',
              ...text(ctx, 'explain.long_run', { target: ctx.goalLongRunMinutes, goal: goalName(ctx) }),
            },
      );
      explain.push(
        frame.runDays.length === 2
          ? {
              rule: 'E38',
              ...text(ctx, 'explain.long_run_two_days', { percent: Math.round(TWO_DAY_SHARE * 100) }),
            }
          : {
              rule: 'E38',
              ...text(ctx, 'explain.long_run_share', {
                percent: Math.round(ctx.profile.longRunShare * 100),
              }),
            },
      );
      if (build.holdForQuality) explain.push({ rule: 'E38', ...text(ctx, 'explain.one_change_long_run') });
    } else {
      minutes = build.easyRun;
      if (day === frame.qualityDay && frame.quality) {
        role = pickQualityRole(ctx, frame.quality, day);
      }
      if (role === 'easy') explain.push({ rule: 'E11', ...text(ctx, 'explain.easy_run') });
    }
    if (build.cutback) explain.push({ rule: 'E10', ...text(ctx, 'explain.cutback') });
    if (frame.taper && ctx.goalDay !== null) {
      explain.push({
        rule: 'E12',
        ...text(ctx, 'explain.taper', { goal: goalName(ctx), date: dateArg(ctx.goalDay) }),
      });
    }
    if (role === 'easy' && frame.quality && day === frame.qualityDay) {
      explain.push({ rule: 'E19', ...text(ctx, 'explain.quality_waits') });
    }
  } else {
    minutes = BASE_RUN_MINUTES;
    const volumeRun = Math.ceil(ctx.profile.volumeTarget / Math.max(1, frame.runDays.length));
    if (volumeRun > minutes && ctx.request.goal.kind === 'run_30min') {
      // E29: a runner with a real pre-injury volume rebuilds towards half of it, run by run.
      minutes = volumeRun;
      explain.push({
        rule: 'E29',
        ...text(ctx, 'explain.volume_target', {
          target: ctx.profile.volumeTarget,
          usual: ctx.request.fitness.preInjuryWeeklyRunMinutes,
        }),
      });
    }
    if (st.runs.length > 0 && !st.hadContinuous) {
      minutes = Math.min(minutes, ctx.ladder.continuousMinutes);
      explain.push({
        rule: 'R9',
        ...text(ctx, 'explain.continuous_first'),
      });
      explain.push({
        rule: 'R9',
        ...text(ctx, 'explain.sources', { sources: ctx.ladder.continuousSources.join(', ') }),
        audience: 'clinician',
      });
    }
  }
  if (frame.budget !== null) {
    const share = Math.floor((frame.budget - frame.runMinutesUsed) / Math.max(1, remainingRuns));
    minutes = Math.min(minutes, share);
    explain.push({ rule: 'R10', ...text(ctx, 'explain.weekly_cap', { cap: frame.budget }) });
  }
  minutes = Math.min(minutes, r9, st.ceiling ?? Number.POSITIVE_INFINITY);
  if (frame.held && frame.holdRunCap !== null) minutes = Math.min(minutes, frame.holdRunCap);
  if (st.flareCap !== null && st.flareCap < minutes) {
    minutes = st.flareCap;
    explain.push({ rule: 'E22', ...text(ctx, 'explain.flare_cap', { minutes: st.flareCap }) });
  }
  if (st.postFlare && day <= st.postFlare.until && st.postFlare.cap < minutes) {
    minutes = st.postFlare.cap;
    explain.push({
      rule: 'E23',
      ...text(ctx, 'explain.post_flare', {
        minutes: st.postFlare.cap,
        date: dateArg(st.postFlare.until),
      }),
    });
  }
  explain.unshift({
    rule: 'R9',
    ...text(ctx, 'explain.continuous', {
      minutes: minutes,
      longest: longest,
    }),
  });
  return { minutes: Math.max(0, Math.floor(minutes)), role, explain };
}

/** The quality role to run on a day, or easy when none is allowed yet (E19). */
function pickQualityRole(ctx: PlanContext, wanted: QualityRole, day: DayNumber): RunRole {
  const order: QualityRole[] = [wanted, 'strides', 'hills', 'progressive_run'];
  for (const role of order) if (qualityAllowed(ctx, role, day)) return role;
  return 'easy';
}

function recordRun(
  ctx: PlanContext,
  st: ProgressState,
  frame: WeekFrame,
  day: DayNumber,
  minutes: number,
  kind: SessionKind,
  role: RunRole | 'ladder',
): void {
  st.runs.push({ day, minutes, tolerated: true });
  st.firstRunDay ??= day;
  st.weekRunMinutes[frame.index] = (st.weekRunMinutes[frame.index] ?? 0) + minutes;
  frame.runMinutesUsed += minutes;
  st.lastRunDay = day;
  st.lastRunMinutes = minutes;
  if (kind !== 'walk_run') st.hadContinuous = true;
  if (kind === 'easy_run' && minutes >= BASE_RUN_MINUTES - 1e-9) {
    st.baseRuns += 1;
    if (
      ctx.request.goal.kind === 'run_30min' &&
      st.baseRuns >= BASE_RUNS_BEFORE_QUALITY &&
      st.goalReachedDay === null &&
      volumeReached(ctx, st, frame)
    ) {
      st.goalReachedDay = day;
    }
  }
  if (kind === 'strides') {
    st.quality.strides += 1;
    st.stridesDays.push(day);
  }
  if (kind === 'hills') st.quality.hills += 1;
  if (kind === 'progressive_run') st.quality.progressive += 1;
  if (role === 'long') {
    st.lastLongRun = minutes;
    st.lastLongRunWeek = frame.index;
    if (!frame.taper) st.peakLongRun = Math.max(st.peakLongRun, minutes);
    if (minutes >= ctx.goalLongRunMinutes && st.goalReachedDay === null) st.goalReachedDay = day;
  }
}

/**
 * E29: a runner rebuilding towards half their pre-injury volume has reached it this week (or the
 * session length leaves no room for it, which the goal warning then names).
 */
function volumeReached(ctx: PlanContext, st: ProgressState, frame: WeekFrame): boolean {
  const target = ctx.profile.volumeTarget;
  if (target === 0) return true;
  const perRun = Math.ceil(target / Math.max(1, frame.runDays.length));
  if (perRun > ctx.request.availability.maxSessionMinutes - 10) return true;
  return (st.weekRunMinutes[frame.index] ?? 0) >= target - 1e-9;
}

/** Applies the log or the projection and explains it (E14, E15, E17). */
function outcomeExplain(
  ctx: PlanContext,
  st: ProgressState,
  id: string,
  day: DayNumber,
  mode: Mode,
  log: SessionLog | undefined,
  runMinutes: number,
  progresses: boolean,
): readonly Why[] {
  if (mode === 'missed') {
    // A support session nobody logged is "not logged"; only a missed run counts as missed (E15).
    return progresses
      ? remember(ctx.memo.whyLists, 'missed', () => [
          { rule: 'E15', ...text(ctx, 'explain.missed', { date: dateArg(ctx.today) }) },
        ])
      : remember(ctx.memo.whyLists, 'not_logged', () => [
          { rule: 'E17', ...text(ctx, 'explain.not_logged') },
        ]);
  }
  if (mode === 'frozen') return [];
  if (mode === 'projected' || !log) {
    applyLight(ctx, st, day, PROJECTED, runMinutes, progresses, day, null);
    return [];
  }
  const result = lightOfLog(ctx, st, log, day, progresses);
  const { trigger } = result;
  const outcome = applyLight(ctx, st, day, result, runMinutes, progresses, logDayOf(log, day), log);
  record(st, id, day, outcome, ctx.logs.indexOf.get(log));
  return [
    {
      rule: 'E17',
      ...text(ctx, 'explain.logged', {
        light: sub(`light.${outcome.light}`),
        reason: sub(`trigger.${trigger}`, {
          pain: log.painDuring ?? 0,
          limit: painLimitsAt(ctx, day).duringMax,
        }),
        action: sub(outcome.actionKey),
      }),
    },
  ];
}

function logDayOf(log: SessionLog, fallback: DayNumber): DayNumber {
  return isIsoDate(log.date) ? toDay(log.date) : fallback;
}

/**
 * Strength, mobility and cross-training: logs still count for pain and red flags (E21). A session
 * the clinician skipped is not planned; one they shortened is cut to its new length (E41).
 */
function finishSupportSession(
  ctx: PlanContext,
  st: ProgressState,
  proposed: SessionSpec,
  directives: WeekDirectives | null,
): Session | null {
  const directive = directiveFor(directives, proposed.day, familyOf(proposed.kind));
  if (directive?.type === 'skip') return null;
  const spec = directive?.type === 'shorten' ? shortenSpec(ctx, proposed, directive.minutes) : proposed;
  const id = sessionId(spec.weekIndex, spec.day, spec.kind);
  const log = logFor(ctx, st, id, spec.day, spec.kind);
  const mode = modeOf(ctx, st, spec.day, log);
  // Projected support sessions change nothing; logged ones count for pain and red flags.
  const extra =
    mode === 'logged' || mode === 'missed' ? outcomeExplain(ctx, st, id, spec.day, mode, log, 0, false) : [];
  return makeSession(
    { ...spec, explain: [...spec.explain, ...extra] },
    lockFor(ctx, st, spec.kind, spec.day),
    statusOf(mode, log, true),
  );
}

function crossSession(
  ctx: PlanContext,
  st: ProgressState,
  frame: WeekFrame,
  day: DayNumber,
  restDay: boolean,
  phase: Phase,
): Session | null {
  const allowed = modalitiesOn(ctx, day);
  const modality = allowed[st.crossCounter % Math.max(1, allowed.length)];
  if (!modality) return null;
  st.crossCounter += 1;
  const explain: Why[] = [
    restDay
      ? { rule: 'R6', ...text(ctx, 'explain.cross_rest', { modality: sub(`modality.${modality}`) }) }
      : { rule: 'R12', ...text(ctx, 'explain.cross', { modality: sub(`modality_start.${modality}`) }) },
  ];
  const excluded = excludedModalities(ctx.request.availability.crossTraining, allowed);
  if (excluded.length > 0) {
    explain.push({
      rule: 'E7',
      ...text(ctx, 'explain.cross_excluded', {
        modalities: listArg(excluded.map((m) => sub(`modality.${m}`))),
      }),
    });
  }
  const minutes = phase === 'pre_running' || phase === 'walking' || phase === 'walk_run' ? 30 : 40;
  return finishSupportSession(
    ctx,
    st,
    crossSpec(ctx, frame.index + 1, day, modality, minutes, explain),
    frame.directives,
  );
}

/**
 * E21: a log that no planned session of its day claims (the plan has moved on) still counts for
 * pain and red flags on its date, and the clinician sees it as logged but no longer in the plan.
 */
function processUnmatchedLogs(ctx: PlanContext, st: ProgressState, day: DayNumber): void {
  const due = ctx.logs.byDay.get(day);
  if (!due) return;
  for (const entry of due) {
    if (st.consumedLogs.has(entry.index)) continue;
    st.consumedLogs.add(entry.index);
    st.unmatchedLogs.push({ day, family: entry.family });
    const log = entry.log;
    const result = lightOfLog(ctx, st, log, day, (log.actualRunMinutes ?? 0) > 0);
    const runs = result.light === 'red';
    const outcome = applyLight(ctx, st, day, result, log.actualRunMinutes ?? 0, runs, day, log);
    record(st, log.sessionId, day, { ...outcome, rules: [...outcome.rules, 'E21'] }, entry.index);
  }
}
