/**
 * Everything the planner derives once from the request: day numbers, the injury's protocol, the
 * gates, the restriction timeline and the logs by session id. Read-only after it is built.
 */
import type { DayNumber } from './dates';
import { toDay, weekdayOfDay } from './dates';
import type { Message, MessageArgs } from './i18n/message';
import { msg, renderMessage, sub } from './i18n/message';
import type { MessageKey } from './i18n/messages';
import type { InjuryDefaults } from './protocols/injury-defaults';
import { INJURY_DEFAULTS } from './protocols/injury-defaults';
import type { Ladder } from './protocols/ladders';
import { LADDERS } from './protocols/ladders';
import { TISSUE_LIMITS } from './protocols/tissue-limits';
import type { GoalProfile } from './protocols/goals';
import { EASY_PACE_MIN_PER_KM, GOAL_PROFILES } from './protocols/goals';
import { atLeast, clearanceOn, earliestDayFor } from './rules/clearance-gate';
import type { PainLimits } from './rules/pain-lights';
import type { DayRestrictions, TimedRestriction } from './rules/restrictions';
import { inForce, noteRestrictions, restrictionsOn } from './rules/restrictions';
import type { GateInfo } from './rules/time-gates';
import { gateInfo } from './rules/time-gates';
import type {
  ClearanceLevel,
  FlagRestrictionCode,
  GoalKind,
  Locale,
  Modality,
  PlanRequest,
  SessionLog,
  Surface,
  TissueClass,
} from './types';
import type { Caps } from './blocks';
import type { FittedExercises, Lock } from './session-factory';
import type { Why } from './why';
import { WALKING_ENTRY_TEST_STEP, WALKING_STEPS } from './protocols/ladders';
import type { ClientProfile } from './profile';
import type { LogIndex } from './log-matching';
import type { AdjustmentSchedule } from './adjustments';
import type { CriterionGate, CriterionTrack } from './assessments/criteria';
import { holdsOn, trackCriteria } from './assessments/criteria';
import { indexLogs } from './log-matching';
import { buildProfile } from './profile';

export interface PlanContext {
  request: PlanRequest;
  locale: Locale;
  start: DayNumber;
  today: DayNumber;
  /**
   * The clearance as it counts for the plan: the recorded level, except that a clearance dated
   * before an injury's time gate opens nothing beyond walking (E31).
   */
  level: ClearanceLevel;
  /** The clearance predates the time gate, so running waits for a new one (E31). */
  clearanceBeforeGate: boolean;
  profile: ClientProfile;
  /** Available weekdays given up as full rest days (E30), Monday = 0. */
  restWeekdays: readonly number[];
  clearanceDay: DayNumber;
  reviewDay: DayNumber | null;
  defaults: InjuryDefaults;
  ladder: Ladder;
  tissue: TissueClass;
  gate: GateInfo;
  /** Weekday indexes (0 = Monday) the client is available, after the full rest days (E30). */
  available: readonly boolean[];
  availableCount: number;
  /** First day of walking sessions in the pathway (locked if walking is not yet cleared). */
  walkingStartDay: DayNumber;
  /** First day of walk-run sessions in the pathway. */
  runStartDay: DayNumber;
  /** First day continuous running may appear in the pathway. */
  continuousStartDay: DayNumber;
  /** Whether the pathway begins with the walking phase. */
  startsWithWalking: boolean;
  /**
   * Already cleared for continuous running and running 10+ minutes without a flare: the ladder is
   * behind the client, so the plan starts with continuous runs capped by that recent run (R9).
   */
  startsContinuous: boolean;
  goalProfile: GoalProfile;
  /** Long run (minutes) that meets the goal. */
  goalLongRunMinutes: number;
  goalDay: DayNumber | null;
  /** The logs by date and kind of session, and by id for the first contract version. */
  logs: LogIndex;
  restrictionTimeline: readonly TimedRestriction[];
  /** Memoised restrictionsAt results (the planner asks about the same days many times). */
  restrictionCache: Map<DayNumber, DayRestrictions>;
  /** One resolved object per distinct set of restrictions in force (see restrictionsAt). */
  restrictionPeriods: Map<string, DayRestrictions>;
  /** Values the planner would otherwise rebuild week after week with the same content. */
  memo: PlanMemo;
  /** The clinician's adjustments by week (E41); null when there are none (generatePlan sets it). */
  adjustments: AdjustmentSchedule | null;
  /** The injury's test-based criteria with their status over time (E42). */
  criteria: readonly CriterionTrack[];
}

function dayIndex(day: DayNumber): number {
  return ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOfDay(day));
}

/** Builds the planning context. The request must already be valid (see src/contract/plan.ts). */
export function buildContext(request: PlanRequest): PlanContext {
  const reported = request.logs.filter((log) => !isMissedReport(log));
  const start = toDay(request.startDate);
  const clearanceDay = toDay(request.clearance.date);
  const gate = gateInfo(request);
  // E31: only a clearance recorded on or after the time gate (after the clinician has assessed the
  // client there) opens running; an earlier one still allows walking.
  const clearanceBeforeGate =
    gate.effectiveDay !== null &&
    Number.isFinite(gate.effectiveDay) &&
    clearanceDay < gate.effectiveDay &&
    atLeast(request.clearance.level, 'walk_run');
  const level: ClearanceLevel = clearanceBeforeGate ? 'walking' : request.clearance.level;
  const profile = buildProfile(request);
  const reviewDay = request.clearance.reviewDate ? toDay(request.clearance.reviewDate) : null;
  const baseDefaults = INJURY_DEFAULTS[request.injury.type];
  // Slower progression (E28) also moves the standard ladder to the conservative one.
  const severe =
    request.injury.severity === 'severe' || request.injury.recurrent || profile.slowReasons.length > 0;
  const ladderId =
    baseDefaults.conservativeWhenSevere && severe && baseDefaults.ladder === 'standard'
      ? 'conservative'
      : baseDefaults.ladder;
  const offered = [0, 1, 2, 3, 4, 5, 6].map((i) =>
    request.availability.days.includes(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][i] as never),
  );
  const restWeekdays = fullRestDays(offered, profile.restDaysPerWeek);
  const available = offered.map((on, i) => on && !restWeekdays.includes(i));

  const walkingAllowedFrom = Math.max(start, earliestDayFor('walking', level, clearanceDay, reviewDay));
  const gateDay = gate.effectiveDay ?? Number.NEGATIVE_INFINITY;
  const runStartDay = Math.max(start, earliestDayFor('walk_run', level, clearanceDay, reviewDay), gateDay);
  const needsWalkTest = request.fitness.painFreeWalkMinutes < 30;
  // Walk first when the entry test is not yet met (R2), when walking is the clearance, or when
  // running must wait for a gate or review while walking is already allowed (E8).
  const startsWithWalking =
    needsWalkTest || level === 'walking' || (atLeast(level, 'walking') && runStartDay > walkingAllowedFrom);
  const walkingStartDay = startsWithWalking ? walkingAllowedFrom : runStartDay;

  const goalProfile = GOAL_PROFILES[request.goal.kind];
  const goalLongRunMinutes = longRunMinutesFor(request, request.goal.kind);

  return {
    request,
    locale: request.locale,
    start,
    today: toDay(request.today),
    level,
    clearanceBeforeGate,
    profile,
    restWeekdays,
    clearanceDay,
    reviewDay,
    defaults: { ...baseDefaults, ladder: ladderId },
    ladder: LADDERS[ladderId],
    tissue: baseDefaults.tissue,
    gate,
    available,
    availableCount: available.filter(Boolean).length,
    walkingStartDay,
    runStartDay,
    continuousStartDay: Math.max(runStartDay, earliestDayFor('continuous', level, clearanceDay, reviewDay)),
    startsWithWalking,
    startsContinuous:
      !startsWithWalking &&
      runStartDay === start &&
      atLeast(clearanceOn(level, clearanceDay, start), 'continuous') &&
      request.fitness.longestRecentRunMinutes >= 10,
    goalProfile,
    goalLongRunMinutes,
    goalDay: request.goal.date ? toDay(request.goal.date) : null,
    logs: indexLogs(reported),
    restrictionTimeline: noteRestrictions(request),
    restrictionCache: new Map(),
    restrictionPeriods: new Map(),
    memo: {
      whyLists: new Map(),
      ladderStageExplains: new Map(),
      locks: new Map(),
      clearanceLocks: new Map(),
      byRestrictions: new Map(),
    },
    adjustments: null,
    criteria: trackCriteria(request),
  };
}

/**
 * Per-programme memo tables. A programme repeats the same explanations, locks and caps week after
 * week; each is built once and then shared by every session that carries it, so nothing stored
 * here may be mutated. A key names everything its value depends on besides the request. (The
 * open and the dated plan of a goal share these tables but differ in goalDay: nothing that
 * depends on the goal date is kept here.)
 */
export interface PlanMemo {
  /** Explanations that depend on the request alone, by a name. */
  whyLists: Map<string, readonly Why[]>;
  /** What each walk-run stage is (R4), by stage. */
  ladderStageExplains: Map<number, readonly Why[]>;
  /** Locks that depend on the request alone, by a name. */
  locks: Map<string, Lock>;
  /** R1 locks, by the clearance the session needs. */
  clearanceLocks: Map<ClearanceLevel, Lock>;
  /** Values that follow from the restrictions in force on a day (shared per period). */
  byRestrictions: Map<DayRestrictions, RestrictionDerived>;
}

/** What the planner derives from a day's restrictions, filled in as it is first needed. */
export interface RestrictionDerived {
  caps?: Caps;
  explains?: readonly Why[];
  modalities?: readonly Modality[];
  /** Where to walk or run, for early sessions (walks, walk-runs, runs before full clearance) and later runs. */
  earlySurface?: SurfaceNote;
  laterSurface?: SurfaceNote;
  /** The explanations every run carries, by whether consecutive days are allowed and clearance is full. */
  runExplains?: Map<string, readonly Why[]>;
  strengthExercises?: Map<number, FittedExercises>;
  mobilityExercises?: FittedExercises;
}

export interface SurfaceNote {
  surface: Surface;
  explain: Why;
}

/** The memo entry for a table and key, built by `build` the first time it is asked for. */
export function remember<K, V>(table: Map<K, V>, key: K, build: () => V): V {
  let value = table.get(key);
  if (value === undefined) {
    value = build();
    table.set(key, value);
  }
  return value;
}

/** The memo of values derived from a day's restrictions. */
export function derivedFromRestrictions(ctx: PlanContext, day: DayNumber): RestrictionDerived {
  const restrictions = restrictionsAt(ctx, day);
  let derived = ctx.memo.byRestrictions.get(restrictions);
  if (!derived) {
    derived = {};
    ctx.memo.byRestrictions.set(restrictions, derived);
  }
  return derived;
}

/**
 * A report that a session did not happen at all: not completed, nothing run, no symptoms. It
 * counts as missed (E15), exactly like a session with no report, not as one stopped early.
 */
export function isMissedReport(log: SessionLog): boolean {
  return (
    !log.completed &&
    (log.actualRunMinutes ?? 0) === 0 &&
    log.painDuring === null &&
    log.painAfter === null &&
    log.painNextMorning === null &&
    !log.painBuiltDuringRun &&
    !log.swelling &&
    !log.limp &&
    log.redFlags.length === 0
  );
}

/**
 * E30: weekdays kept free of any session so the week has `count` full rest days. Being available
 * on 6 or 7 days is no reason to fill them; the days given up are spread through the week.
 */
const REST_DAY_PREFERENCE = [4, 0, 2, 6, 1, 3, 5]; // Fri, Mon, Wed, Sun, Tue, Thu, Sat
function fullRestDays(offered: readonly boolean[], count: number): number[] {
  const needed = count - offered.filter((on) => !on).length;
  if (needed <= 0) return [];
  return REST_DAY_PREFERENCE.filter((i) => offered[i])
    .slice(0, needed)
    .sort((a, b) => a - b);
}

export function isAvailable(ctx: PlanContext, day: DayNumber): boolean {
  return ctx.available[dayIndex(day)] === true;
}

/** The clearance in force on a day. */
export function levelOn(ctx: PlanContext, day: DayNumber): ClearanceLevel {
  return clearanceOn(ctx.level, ctx.clearanceDay, day);
}

/** ACL reconstruction before 9 months (E32): no speed and no hills, whatever the clearance. */
const ACL_EARLY_DEFAULTS = ['no_speed', 'no_hills'] as const;

/**
 * Restrictions in force on a day; injury defaults apply until full clearance, and after an ACL
 * reconstruction until 9 months after surgery as well (E32, unless the clinician overrides it).
 */
export function restrictionsAt(ctx: PlanContext, day: DayNumber): DayRestrictions {
  const cached = ctx.restrictionCache.get(day);
  if (cached) return cached;
  const aclEarly = ctx.profile.aclSportDay !== null && day < ctx.profile.aclSportDay;
  const defaultsApply = levelOn(ctx, day) !== 'full' || aclEarly;
  // Days under the same restrictions share one resolved object, so what the planner derives from
  // it (caps, explanations) is built once per period instead of once per day. Criteria holding
  // speed and hills back (E42) are part of the period, with the result each one reads.
  let period = `${aclEarly ? 'acl' : ''}|${defaultsApply ? 'defaults' : ''}`;
  for (let i = 0; i < ctx.restrictionTimeline.length; i++) {
    if (inForce(ctx.restrictionTimeline[i] as TimedRestriction, day)) period += `|${i}`;
  }
  const holding = criteriaHolding(ctx, day, 'speed_hills');
  for (const track of holding) period += `|${track.code}@${track.changes.filter((c) => c.day <= day).length}`;
  let resolved = ctx.restrictionPeriods.get(period);
  if (!resolved) {
    resolved = withCriteriaRestrictions(
      restrictionsOn(
        ctx.restrictionTimeline,
        aclEarly
          ? [...ctx.defaults.defaultRestrictions, ...ACL_EARLY_DEFAULTS]
          : ctx.defaults.defaultRestrictions,
        defaultsApply,
        day,
      ),
      holding,
    );
    ctx.restrictionPeriods.set(period, resolved);
  }
  ctx.restrictionCache.set(day, resolved);
  return resolved;
}

/** E42: a speed-and-hills criterion not met keeps speed, hills (and uneven ground) out of the plan. */
function withCriteriaRestrictions(r: DayRestrictions, holding: readonly CriterionTrack[]): DayRestrictions {
  const codes = new Set<FlagRestrictionCode>();
  for (const track of holding) for (const code of track.def.restricts ?? []) codes.add(code);
  if (codes.size === 0) return r;
  return { ...r, flags: new Set([...r.flags, ...codes]), criteriaCodes: [...codes] };
}

/** The test-based criteria holding back a step on a day (E42). */
export function criteriaHolding(ctx: PlanContext, day: DayNumber, gate: CriterionGate): CriterionTrack[] {
  return ctx.criteria.filter((track) => track.def.gate === gate && holdsOn(track, day, ctx.today));
}

/** Pain limits on a day: the tissue's, the injury's override, then the clinician's pain_limit. */
export function painLimitsAt(ctx: PlanContext, day: DayNumber): PainLimits {
  const tissue = TISSUE_LIMITS[ctx.tissue];
  const duringDefault = ctx.defaults.duringMax ?? tissue.duringMax;
  const preferredDefault = ctx.defaults.preferredMax ?? tissue.preferredMax;
  const clinician = restrictionsAt(ctx, day).painLimit;
  const duringMax = clinician ?? duringDefault;
  return { duringMax, preferredMax: Math.min(preferredDefault, duringMax) };
}

/** Long run (minutes) that meets a goal at the client's easy pace (E11). */
function longRunMinutesFor(request: PlanRequest, kind: GoalKind): number {
  const profile = GOAL_PROFILES[kind];
  const pace = EASY_PACE_MIN_PER_KM[request.client.experience];
  return profile.distanceKm === null
    ? profile.minLongRunMinutes
    : Math.min(
        profile.maxLongRunMinutes,
        Math.max(profile.minLongRunMinutes, Math.round(profile.distanceKm * pace * profile.longRunFactor)),
      );
}

export function goalLongRunFor(ctx: PlanContext, kind: GoalKind): number {
  return longRunMinutesFor(ctx.request, kind);
}

/** A text as the programme carries it: rendered in the request's language, and as a message. */
export interface Said {
  text: string;
  i18n: Message;
}

/**
 * A text in the request's language together with its message (language is a view: consumers
 * render `i18n` in the reader's language). Arguments are locale-neutral (see MessageArg).
 */
export function text(ctx: PlanContext, key: MessageKey, args?: MessageArgs): Said {
  if (args === undefined) return constantText(ctx.locale, key);
  const i18n = msg(key, args);
  return { text: renderMessage(ctx.locale, i18n), i18n };
}

// Texts without arguments (efforts, titles, most explanations) are the same every time: the
// planner asks for them thousands of times per programme, so each is built once per language.
const CONSTANT_TEXTS = { en: new Map<MessageKey, Said>(), de: new Map<MessageKey, Said>() };

function constantText(locale: PlanContext['locale'], key: MessageKey): Said {
  const cache = CONSTANT_TEXTS[locale];
  let found = cache.get(key);
  if (!found) {
    const i18n = msg(key);
    found = { text: renderMessage(locale, i18n), i18n };
    cache.set(key, found);
  }
  return found;
}

/** A warning's text: `message` in the request's language and `i18n`, its message. */
export function warningText(
  ctx: PlanContext,
  key: MessageKey,
  args?: MessageArgs,
): { message: string; i18n: Message } {
  const i18n = msg(key, args);
  return { message: renderMessage(ctx.locale, i18n), i18n };
}

/** A Said from a message already built. */
export function said(ctx: PlanContext, i18n: Message): Said {
  return { text: renderMessage(ctx.locale, i18n), i18n };
}

/** Whether the walking phase has passed the entry test at this step. */
export function walkEntryPassed(step: number): boolean {
  return step > WALKING_ENTRY_TEST_STEP;
}

export const LAST_WALK_STEP = WALKING_STEPS.length - 1;

/** The goal in words: "30 minutes of continuous running" or "a 10 km race" (miles if asked). */
export function goalName(ctx: PlanContext): { readonly message: Message } {
  return goalNameOf(ctx, ctx.request.goal.kind);
}

/** A goal as a message argument. */
export function goalNameOf(ctx: PlanContext, kind: GoalKind): { readonly message: Message } {
  const km = GOAL_PROFILES[kind].distanceKm;
  if (km === null) return sub('goal.run_30min');
  const distance =
    ctx.request.units === 'mi'
      ? sub('distance.mi', { value: km / 1.609344 })
      : sub('distance.km', { value: km });
  return sub('goal.race', { distance });
}
