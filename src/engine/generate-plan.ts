/**
 * generatePlan: the engine's one entry point. Pure and deterministic: the same request gives the
 * same programme, byte for byte, with no clock, randomness or I/O, and the request is never
 * mutated.
 */
import type { PlanContext } from './context';
import { buildContext, goalLongRunFor, goalName, painLimitsAt, restrictionsAt, text } from './context';
import { scheduleAdjustments } from './adjustments';
import { buildCheckpoints } from './checkpoints';
import type { DayNumber } from './dates';
import { fromDay } from './dates';
import type { ProgressState } from './state';
import { initialState } from './state';
import type { GoalCheck, RaceConcern } from './warnings';
import { buildWarnings, NO_GOAL_CONCERN } from './warnings';
import { GOAL_PROFILES } from './protocols/goals';
import { GRADED_STRIDES_SESSIONS } from './rules/graded-speed';
import { planWeek } from './week-planner';
import type { GoalKind, PainGuide, PlanRequest, Programme, ProgrammeStatus, Week } from './types';
import { ENGINE_VERSION, GOAL_KINDS, SCHEMA_VERSION } from './types';

/** The longest programme the engine plans. */
export const MAX_WEEKS = 60;
/** After a referral, the plan shows this many days beyond it (running locked) and stops. */
const REFER_TAIL_DAYS = 28;

interface Fork {
  index: number;
  state: ProgressState;
}

interface Simulation {
  weeks: Week[];
  state: ProgressState;
  /** The states at the start of the weeks asked for, to continue from with another context. */
  forks: Map<number, Fork>;
  /** Whether the last week was cut short by a referral (the plan stops there). */
  referStop: boolean;
}

interface SimulationOptions {
  horizonEnd: DayNumber;
  /** Stop once the goal is reached (and every fork asked for has been captured). */
  stopWhenGoalReached: boolean;
  forkIndices?: readonly number[];
  from?: Fork | null;
}

function simulate(ctx: PlanContext, options: SimulationOptions): Simulation {
  const from = options.from ?? null;
  const forkIndices = options.forkIndices ?? [];
  const lastFork = Math.max(-1, ...forkIndices);
  // A fork's state is used once, by the one continuation that asked for it.
  const state = from ? from.state : initialState(ctx);
  const weeks: Week[] = [];
  const forks = new Map<number, Fork>();
  let referStop = false;
  for (let index = from ? from.index : 0; index < MAX_WEEKS; index++) {
    const weekStart = ctx.start + index * 7;
    if (weekStart > options.horizonEnd) break;
    if (forkIndices.includes(index)) forks.set(index, { index, state: structuredClone(state) });
    const weekEnd = Math.min(weekStart + 6, options.horizonEnd);
    weeks.push(planWeek(ctx, state, index, weekStart, weekEnd));
    if (state.refer && weekEnd >= Math.max(state.refer.day, ctx.today) + REFER_TAIL_DAYS) {
      referStop = true;
      break;
    }
    if (options.stopWhenGoalReached && state.goalReachedDay !== null && index >= lastFork) break;
  }
  return { weeks, state, forks, referStop };
}

/**
 * The plan up to `horizonEnd` under `ctx`, reusing the weeks an open simulation (same context
 * until `fork.index`) already planned, then continuing from its fork.
 */
function continueFrom(
  ctx: PlanContext,
  open: Simulation,
  fork: Fork | undefined,
  horizonEnd: DayNumber,
): Simulation {
  if (!fork) return open;
  const rest = simulate(ctx, { horizonEnd, stopWhenGoalReached: false, from: fork });
  return {
    weeks: [...open.weeks.slice(0, fork.index), ...rest.weeks],
    state: rest.state,
    forks: new Map(),
    referStop: rest.referStop,
  };
}

/** The first week the goal date shapes (taper or goal week): until then a dated plan is the same. */
function goalForkIndex(ctx: PlanContext, goalDay: DayNumber): number {
  const taperWeeks = Math.max(1, ctx.goalProfile.taperWeeks);
  return Math.max(0, Math.floor((goalDay - 7 * taperWeeks - ctx.start) / 7) + 1);
}

/** Earliest safe goal date: the goal long run, then the taper (E13). */
function earliestSafeDay(ctx: PlanContext, reachedDay: DayNumber): DayNumber {
  const taper = ctx.goalProfile.taperWeeks;
  return taper === 0 ? reachedDay : reachedDay + taper * 7;
}

/**
 * E33: why a dated race goal is not safe: not reached in time, more clearance needed, ACL or bone
 * healing time, the graded return to fast running after a hamstring strain, or a restriction.
 */
function raceConcerns(ctx: PlanContext, open: Simulation, goalDay: DayNumber): RaceConcern[] {
  const out: RaceConcern[] = [];
  const reached = open.state.goalReachedDay;
  if (reached === null) out.push('not_reached');
  else if (earliestSafeDay(ctx, reached) > goalDay) out.push('too_soon');
  if (ctx.goalProfile.distanceKm === null) return out;
  if (ctx.level !== 'full') out.push('needs_clearance');
  if (ctx.profile.aclSportDay !== null && goalDay < ctx.profile.aclSportDay) out.push('acl_timing');
  if (ctx.profile.boneReturnDay !== null && goalDay < ctx.profile.boneReturnDay) out.push('bone_healing');
  if (ctx.request.injury.type === 'hamstring_strain') {
    const taperStart = goalDay - ctx.goalProfile.taperWeeks * 7;
    if (open.state.stridesDays.filter((d) => d < taperStart).length < GRADED_STRIDES_SESSIONS)
      out.push('graded_speed');
  }
  if (
    restrictionsAt(ctx, goalDay).flags.has('no_speed') &&
    !out.includes('needs_clearance') &&
    !out.includes('acl_timing')
  )
    out.push('restriction');
  return out;
}

/** The earliest day every concern that has a date is met. */
function earliestRaceDay(ctx: PlanContext, open: Simulation): DayNumber | null {
  const reached = open.state.goalReachedDay;
  if (reached === null) return null;
  let day = earliestSafeDay(ctx, reached);
  if (ctx.profile.aclSportDay !== null) day = Math.max(day, ctx.profile.aclSportDay);
  if (ctx.profile.boneReturnDay !== null) day = Math.max(day, ctx.profile.boneReturnDay);
  if (ctx.request.injury.type === 'hamstring_strain') {
    const graded = open.state.stridesDays[GRADED_STRIDES_SESSIONS - 1];
    if (graded === undefined) return null;
    day = Math.max(day, graded + 1 + ctx.goalProfile.taperWeeks * 7);
  }
  return day;
}

/** A shorter race the projected long run covers by the date, if there is one (E33). */
function shorterGoal(ctx: PlanContext, plan: Simulation): GoalKind | null {
  const longest = Math.max(0, ...plan.state.runs.map((r) => r.minutes));
  const shorter = GOAL_KINDS.filter(
    (kind) => kind !== 'run_30min' && GOAL_PROFILES[kind].distanceKm !== null,
  ).filter(
    (kind) =>
      (GOAL_PROFILES[kind].distanceKm ?? 0) < (ctx.goalProfile.distanceKm ?? 0) &&
      goalLongRunFor(ctx, kind) <= longest,
  );
  return shorter[shorter.length - 1] ?? null;
}

interface GoalOutcome {
  plan: Simulation;
  check: GoalCheck;
}

/**
 * Plans with the goal in mind. A safe dated goal gets its taper and goal week; an unsafe one gets
 * neither (E33): the plan keeps building safely up to the date and says not to race it.
 */
function planTowardsGoal(ctx: PlanContext, horizonEnd: DayNumber): GoalOutcome {
  const none: GoalCheck = { ...NO_GOAL_CONCERN, goalText: goalName(ctx) };
  if (ctx.goalDay === null) {
    const plan = simulate(ctx, { horizonEnd, stopWhenGoalReached: true });
    const notReached = !plan.state.refer && plan.state.goalReachedDay === null;
    return {
      plan,
      check: notReached
        ? { ...none, notReachedWithinWeeks: plan.weeks.length, cause: causeOf(ctx, plan) }
        : none,
    };
  }
  const goalDay = ctx.goalDay;
  const openCtx: PlanContext = { ...ctx, goalDay: null };
  // Until the taper, the dated plan (safe or not) is the open one.
  const forkIndex = goalForkIndex(ctx, goalDay);
  const open = simulate(openCtx, {
    horizonEnd: ctx.start + MAX_WEEKS * 7 - 1,
    stopWhenGoalReached: true,
    forkIndices: [forkIndex],
  });
  const concerns = open.state.refer ? [] : raceConcerns(ctx, open, goalDay);
  if (concerns.length === 0)
    return { plan: continueFrom(ctx, open, open.forks.get(forkIndex), horizonEnd), check: none };
  const plan = continueFrom(openCtx, open, open.forks.get(forkIndex), horizonEnd);
  const earliest = earliestRaceDay(ctx, open);
  return {
    plan,
    check: {
      ...none,
      unsafe: true,
      concerns,
      earliestSafeDay: earliest !== null && earliest > goalDay ? earliest : null,
      shorter: concerns.every((c) => c === 'too_soon' || c === 'not_reached') ? shorterGoal(ctx, plan) : null,
      cause: concerns.includes('not_reached') ? causeOf(ctx, open) : null,
    },
  };
}

/** What keeps the goal out of reach (E40, R1), named for the clinician. */
function causeOf(ctx: PlanContext, plan: Simulation): GoalCheck['cause'] {
  if (plan.state.capHold) return plan.state.capHold;
  if (ctx.gate.imagingBlocked) return { key: 'imaging', minutes: 0 };
  return null;
}

function painGuide(ctx: PlanContext): PainGuide {
  const limits = painLimitsAt(ctx, Math.max(ctx.today, ctx.start));
  const key = ctx.request.injury.type === 'mtss' ? 'pain.bone_mtss' : (`pain.${ctx.tissue}` as const);
  return {
    tissue: ctx.tissue,
    duringMax: limits.duringMax,
    preferredMax: limits.preferredMax,
    ...text(ctx, key, { during: limits.duringMax, preferred: limits.preferredMax }),
  };
}

function statusOf(ctx: PlanContext, state: ProgressState, endDay: DayNumber): ProgrammeStatus {
  if (state.refer) return 'refer';
  if (ctx.today > endDay) return 'complete';
  if (ctx.level === 'not_cleared') return 'awaiting_clearance';
  return 'active';
}

/**
 * Builds the return-to-run programme for a request (plan-engine.md). Replays `request.logs` for
 * the days before `request.today` and projects the rest of the pathway from the client's state.
 * The request must be valid: parse raw input with `parsePlanRequest` (src/contract/plan.ts).
 */
export function generatePlan(request: PlanRequest): Programme {
  const built = buildContext(request);
  const ctx: PlanContext = { ...built, adjustments: scheduleAdjustments(request.adjustments, built.start) };
  const horizonEnd = Math.min(ctx.goalDay ?? Number.POSITIVE_INFINITY, ctx.start + MAX_WEEKS * 7 - 1);
  const { plan, check } = planTowardsGoal(ctx, horizonEnd);
  const { weeks, state } = plan;
  const lastWeek = weeks[weeks.length - 1];
  const endDate = lastWeek ? lastWeek.endDate : request.startDate;
  const endDay = ctx.start + Math.max(0, weeks.length * 7 - 1);
  // The stage the client is on now: that of the next walk-run session from today.
  const todayDate = fromDay(ctx.today);
  const nextRun = weeks
    .flatMap((w) => w.sessions)
    .find(
      (s) => s.date >= todayDate && (s.kind === 'walk_run' || s.kind === 'easy_run' || s.kind === 'walk'),
    );
  return {
    schemaVersion: SCHEMA_VERSION,
    engineVersion: ENGINE_VERSION,
    status: statusOf(ctx, state, lastWeek ? Math.min(endDay, horizonEnd) : ctx.start),
    startDate: fromDay(ctx.start),
    endDate,
    currentStage: nextRun
      ? nextRun.kind === 'walk_run'
        ? nextRun.stage
        : null
      : state.phase === 'walk_run'
        ? state.stage
        : null,
    weeks,
    checkpoints: buildCheckpoints(ctx, state),
    painGuide: painGuide(ctx),
    history: state.history,
    warnings: buildWarnings(ctx, state, check),
  };
}
