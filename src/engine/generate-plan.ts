/**
 * generatePlan: the engine's one entry point. Pure and deterministic: the same request gives the
 * same programme, byte for byte, with no clock, randomness or I/O, and the request is never
 * mutated.
 */
import type { PlanContext } from './context';
import { buildContext, goalName, painLimitsAt, text } from './context';
import { buildCheckpoints } from './checkpoints';
import type { DayNumber } from './dates';
import { fromDay } from './dates';
import type { ProgressState } from './state';
import { initialState } from './state';
import type { GoalCheck } from './warnings';
import { buildWarnings } from './warnings';
import { planWeek } from './week-planner';
import type { PainGuide, PlanRequest, Programme, ProgrammeStatus, Week } from './types';
import { ENGINE_VERSION, SCHEMA_VERSION } from './types';

/** The longest programme the engine plans. */
export const MAX_WEEKS = 60;
/** After a referral, the plan shows this many days beyond it (running locked) and stops. */
const REFER_TAIL_DAYS = 28;

interface Simulation {
  weeks: Week[];
  state: ProgressState;
  /** The state before the first week the goal date shapes (taper or goal week), for checkGoal. */
  fork: { index: number; state: ProgressState } | null;
}

function simulate(
  ctx: PlanContext,
  horizonEnd: DayNumber,
  stopWhenGoalReached: boolean,
  from: { index: number; state: ProgressState } | null = null,
): Simulation {
  const state = from ? from.state : initialState(ctx);
  const weeks: Week[] = [];
  let fork: Simulation['fork'] = null;
  const taperWeeks = Math.max(1, ctx.goalProfile.taperWeeks);
  for (let index = from ? from.index : 0; index < MAX_WEEKS; index++) {
    const weekStart = ctx.start + index * 7;
    if (weekStart > horizonEnd) break;
    if (fork === null && ctx.goalDay !== null && ctx.goalDay - weekStart < 7 * taperWeeks) {
      // Until here a plan without the date would be identical: keep a copy to project from.
      fork = { index, state: structuredClone(state) };
    }
    const weekEnd = Math.min(weekStart + 6, horizonEnd);
    weeks.push(planWeek(ctx, state, index, weekStart, weekEnd));
    if (state.refer && weekEnd >= Math.max(state.refer.day, ctx.today) + REFER_TAIL_DAYS) break;
    if (stopWhenGoalReached && state.goalReachedDay !== null) break;
  }
  return { weeks, state, fork };
}

/** Earliest safe goal date: the goal long run, then the taper (E13). */
function earliestSafeDay(ctx: PlanContext, reachedDay: DayNumber): DayNumber {
  const taper = ctx.goalProfile.taperWeeks;
  return taper === 0 ? reachedDay : reachedDay + taper * 7;
}

function checkGoal(ctx: PlanContext, main: Simulation): GoalCheck {
  const name = goalName(ctx);
  const none: GoalCheck = {
    unsafe: false,
    earliestSafeDay: null,
    notReachedWithinWeeks: null,
    goalText: name,
  };
  if (main.state.refer) return none;
  if (ctx.goalDay === null) {
    return main.state.goalReachedDay === null ? { ...none, notReachedWithinWeeks: main.weeks.length } : none;
  }
  const reached = main.state.goalReachedDay;
  if (reached !== null && earliestSafeDay(ctx, reached) <= ctx.goalDay) return none;
  // Not reached in time: project on without the date, from where the date started to shape the
  // plan, to find when the goal would be safe.
  const openCtx: PlanContext = { ...ctx, goalDay: null };
  const open = simulate(openCtx, ctx.start + MAX_WEEKS * 7 - 1, true, main.fork);
  const openReached = open.state.goalReachedDay;
  if (openReached === null) return { ...none, notReachedWithinWeeks: MAX_WEEKS };
  const earliest = earliestSafeDay(ctx, openReached);
  return earliest > ctx.goalDay ? { ...none, unsafe: true, earliestSafeDay: earliest } : none;
}

function painGuide(ctx: PlanContext): PainGuide {
  const limits = painLimitsAt(ctx, Math.max(ctx.today, ctx.start));
  const key = ctx.request.injury.type === 'mtss' ? 'pain.bone_mtss' : (`pain.${ctx.tissue}` as const);
  return {
    tissue: ctx.tissue,
    duringMax: limits.duringMax,
    preferredMax: limits.preferredMax,
    text: text(ctx, key, { during: limits.duringMax, preferred: limits.preferredMax }),
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
  const ctx = buildContext(request);
  const horizonEnd = Math.min(ctx.goalDay ?? Number.POSITIVE_INFINITY, ctx.start + MAX_WEEKS * 7 - 1);
  const main = simulate(ctx, horizonEnd, ctx.goalDay === null);
  const { weeks, state } = main;
  const lastWeek = weeks[weeks.length - 1];
  const endDate = lastWeek ? lastWeek.endDate : request.startDate;
  const endDay = ctx.start + Math.max(0, weeks.length * 7 - 1);
  // The stage the client is on now: that of the next walk-run session from today.
  const nextRun = weeks
    .flatMap((w) => w.sessions)
    .find(
      (s) =>
        s.date >= fromDay(ctx.today) && (s.kind === 'walk_run' || s.kind === 'easy_run' || s.kind === 'walk'),
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
    warnings: buildWarnings(ctx, state, checkGoal(ctx, main)),
  };
}
