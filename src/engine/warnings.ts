/**
 * Programme-level warnings. Each names its rules and says what the clinician can do about it.
 */
import type { PlanContext } from './context';
import { warningText } from './context';
import type { MessageArg } from './i18n/message';
import { dateArg, listArg, sub } from './i18n/message';
import type { DayNumber } from './dates';
import { fromDay } from './dates';
import { levelRank } from './rules/clearance-gate';
import type { ProgressState } from './state';
import type { ClearanceLevel, GoalKind, Warning } from './types';
import type { CapHold } from './state';
import { goalNameOf } from './context';
import { toDay } from './dates';
import { ACL_SPORT_WEEKS } from './profile';
import { adjustmentWarnings } from './adjustments';
import { criteriaWithResults, holdsOn } from './assessments/criteria';

/** Why a dated race goal is not safe (E33). */
export type RaceConcern =
  | 'not_reached'
  | 'too_soon'
  | 'needs_clearance'
  | 'acl_timing'
  | 'bone_healing'
  | 'graded_speed'
  | 'restriction';

export interface GoalCheck {
  unsafe: boolean;
  concerns: RaceConcern[];
  earliestSafeDay: DayNumber | null;
  /** A shorter race the plan reaches by the date, when the date is only too soon. */
  shorter: GoalKind | null;
  notReachedWithinWeeks: number | null;
  /** What keeps the goal out of reach, when something other than the safe rate does (E40). */
  cause: CapHold | { key: 'imaging'; minutes: number } | null;
  goalText: MessageArg;
}

export const NO_GOAL_CONCERN: Omit<GoalCheck, 'goalText'> = {
  unsafe: false,
  concerns: [],
  earliestSafeDay: null,
  shorter: null,
  notReachedWithinWeeks: null,
  cause: null,
};

/** E39: no log for this many days after an orange or red. */
export const SILENCE_AFTER_FLARE_DAYS = 10;
/** E39: no progress in this many days of logged running. */
export const STALL_DAYS = 14;

/** E33: the goal warnings for the clinician, and for a race that is not safe, the client's advice. */
function goalWarnings(ctx: PlanContext, goal: GoalCheck): Warning[] {
  const out: Warning[] = [];
  if (
    goal.unsafe &&
    ctx.goalDay !== null &&
    goal.concerns.length === 1 &&
    goal.concerns[0] === 'needs_clearance'
  ) {
    // Reachable in time, but a race needs full clearance: the taper waits for the clinician.
    const date = dateArg(ctx.goalDay);
    out.push({
      code: 'goal_needs_clearance',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.goal_needs_clearance', { date, goal: goal.goalText }),
      rules: ['E33', 'R1'],
    });
    out.push({
      code: 'race_needs_clearance',
      audience: 'client',
      severity: 'info',
      ...warningText(ctx, 'client.race_needs_clearance', { date, goal: goal.goalText }),
      rules: ['E33', 'R1'],
    });
  } else if (goal.unsafe && ctx.goalDay !== null) {
    const date = dateArg(ctx.goalDay);
    const reasons = listArg(goal.concerns.map((c) => sub(`concern.${c}`)));
    const shorter = goal.shorter === null ? null : goalNameOf(ctx, goal.shorter);
    const earliest = goal.earliestSafeDay === null ? null : dateArg(goal.earliestSafeDay);
    const alternative =
      shorter !== null
        ? sub('advice.shorter', { goal: shorter })
        : earliest !== null
          ? sub('advice.later', { goal: goal.goalText, date: earliest })
          : sub('advice.ask');
    const clinicianAdvice =
      shorter !== null
        ? sub('advice.clinician_shorter', { goal: shorter })
        : earliest !== null
          ? sub('advice.clinician_later', { date: earliest })
          : sub('advice.clinician_none');
    out.push({
      code: 'goal_date_unsafe',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.goal_date_unsafe', {
        date,
        goal: goal.goalText,
        reasons,
        advice: clinicianAdvice,
      }),
      rules: ['E13', 'E33', ...(goal.concerns.includes('graded_speed') ? ['E34'] : [])],
      ...(goal.earliestSafeDay !== null ? { earliestSafeDate: fromDay(goal.earliestSafeDay) } : {}),
    });
    out.push({
      code: 'race_not_advised',
      audience: 'client',
      severity: 'warning',
      ...warningText(ctx, 'client.race_not_advised', { date, goal: goal.goalText, advice: alternative }),
      rules: ['E33'],
    });
  } else if (goal.notReachedWithinWeeks !== null) {
    out.push({
      code: 'goal_not_reached',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, goal.cause ? 'warning.goal_not_reached_cause' : 'warning.goal_not_reached', {
        goal: goal.goalText,
        weeks: goal.notReachedWithinWeeks,
        cause: goal.cause ? sub(`cause.${goal.cause.key}`, { minutes: goal.cause.minutes }) : '',
      }),
      rules: goal.cause ? ['E13', 'E40'] : ['E13'],
    });
  }
  return out;
}

/** E39: no log since a flare, and no progress for two weeks of logging. */
function followUpWarnings(ctx: PlanContext, st: ProgressState): Warning[] {
  const out: Warning[] = [];
  if (st.refer) return out;
  const last = st.lastLoggedRun;
  if (
    last &&
    (last.light === 'orange' || last.light === 'red') &&
    ctx.today - last.day >= SILENCE_AFTER_FLARE_DAYS
  ) {
    out.push({
      code: 'no_log_since_flare',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.no_log_since_flare', {
        light: sub(`light.${last.light}`),
        date: dateArg(last.day),
        days: ctx.today - last.day,
      }),
      rules: ['E39'],
    });
  }
  const windowStart = ctx.today - STALL_DAYS;
  const recent = st.loggedRuns.filter((r) => r.day >= windowStart && r.day < ctx.today);
  const reachedBefore = st.goalReachedDay !== null && st.goalReachedDay < ctx.today;
  if (recent.length >= 3 && !reachedBefore) {
    // Progress is more running than at the start of the fortnight (a rebuild after a flare counts).
    const baseline = recent[0]?.score ?? 0;
    if (!recent.some((r) => r.score > baseline + 1e-9)) {
      out.push({
        code: 'no_progress',
        audience: 'clinician',
        severity: 'warning',
        ...warningText(ctx, 'warning.no_progress', { days: STALL_DAYS, sessions: recent.length }),
        rules: ['E39', 'E35'],
      });
    }
  }
  return out;
}

/** Who the client is (E27, E28, E32) and the clearance against the gates (E31, E25). */
function clientWarnings(ctx: PlanContext, st: ProgressState): Warning[] {
  const out: Warning[] = [];
  const p = ctx.profile;
  if (p.redsReasons.length > 0) {
    out.push({
      code: 'reds_screening',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.reds_screening', {
        reasons: listArg(p.redsReasons.map((r) => sub(`reds.${r}`))),
      }),
      rules: ['E27', 'E30'],
    });
  }
  if (p.slowReasons.length > 0) {
    out.push({
      code: 'slower_progression',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.slower_progression', {
        reasons: listArg(p.slowReasons.map((r) => sub(`slow.${r}`))),
        times: sub(p.successesPerStage >= 3 ? 'times.3' : 'times.2'),
      }),
      rules: ['E28'],
    });
  }
  if (ctx.clearanceBeforeGate && ctx.gate.effectiveDay !== null) {
    out.push({
      code: 'clearance_before_gate',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.clearance_before_gate', {
        cleared: dateArg(ctx.clearanceDay),
        date: dateArg(ctx.gate.effectiveDay),
        level: sub(`level.${ctx.request.clearance.level}`),
      }),
      rules: ['E31'],
    });
  }
  const surgery = ctx.request.injury.surgeryDate;
  if (
    ctx.request.injury.type === 'acl_reconstruction' &&
    surgery &&
    ctx.request.clearance.level === 'full' &&
    ctx.clearanceDay < toDay(surgery) + ACL_SPORT_WEEKS * 7
  ) {
    out.push({
      code: 'acl_full_before_9_months',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(
        ctx,
        ctx.request.clearance.overrideSportGate
          ? 'warning.acl_full_early_override'
          : 'warning.acl_full_early',
        {
          date: dateArg(toDay(surgery) + ACL_SPORT_WEEKS * 7),
          by: ctx.request.clearance.by,
        },
      ),
      rules: ['E32'],
    });
  }
  const gates = [st.readyDays.continuous, st.readyDays.build];
  if (p.highRiskBone && gates.some((d) => d !== null && d > ctx.clearanceDay)) {
    out.push({
      code: 'bone_clinician_gates',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.bone_clinician_gates'),
      rules: ['E25'],
    });
  }
  out.push(...followUpWarnings(ctx, st));
  return out;
}

/** All warnings, in a fixed order (most serious first). */
export function buildWarnings(ctx: PlanContext, st: ProgressState, goal: GoalCheck): Warning[] {
  const out: Warning[] = [];
  const gate = ctx.gate;
  const gateName = gate.kind === null ? '' : sub(`gate.${gate.kind}`, { weeks: gate.weeks });
  if (st.refer) {
    out.push({
      code: 'refer_to_clinician',
      audience: 'clinician',
      severity: 'critical',
      ...warningText(ctx, 'warning.refer', {
        reason: sub(st.refer.reason, st.refer.params),
        date: dateArg(st.refer.day),
      }),
      rules: ['R7', 'E16'],
    });
    out.push({
      code: 'running_paused',
      audience: 'client',
      severity: 'critical',
      ...warningText(ctx, 'client.running_paused', { date: dateArg(st.refer.day) }),
      rules: ['R7', 'E16'],
    });
  }
  out.push(...clientWarnings(ctx, st));
  if (ctx.level === 'not_cleared') {
    out.push({
      code: 'awaiting_clearance',
      audience: 'clinician',
      severity: 'info',
      ...(ctx.reviewDay !== null
        ? warningText(ctx, 'warning.awaiting_clearance_review', { date: dateArg(ctx.reviewDay) })
        : warningText(ctx, 'warning.awaiting_clearance')),
      rules: ['R1'],
    });
  }
  if (gate.imagingBlocked) {
    out.push({
      code: 'imaging_required',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.imaging_required'),
      rules: ['E1'],
    });
  }
  const testDay = Math.max(ctx.today, ctx.start);
  const waiting = ctx.criteria.filter((track) => holdsOn(track, testDay, ctx.today));
  if (waiting.length > 0) {
    out.push({
      code: 'criteria_not_met',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.criteria_not_met', {
        list: criteriaWithResults(waiting, testDay),
      }),
      rules: ['E42'],
    });
  }
  if (
    !gate.overridden &&
    gate.effectiveDay !== null &&
    Number.isFinite(gate.effectiveDay) &&
    gate.effectiveDay > ctx.today
  ) {
    out.push({
      code: 'time_gate',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.time_gate', {
        date: dateArg(gate.effectiveDay),
        gate: gateName,
      }),
      rules: ['E1'],
    });
  }
  if (gate.overrideMatters) {
    out.push({
      code: 'time_gate_overridden',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.time_gate_overridden', {
        gate: gateName,
        by: ctx.request.clearance.by,
        date: dateArg(ctx.clearanceDay),
      }),
      rules: ['E2'],
    });
  }
  if (ctx.level !== 'not_cleared' && !st.refer) {
    const next = (['walking', 'walk_run', 'continuous', 'full'] as ClearanceLevel[]).find(
      (level) => levelRank(level) > levelRank(ctx.level) && st.firstDayNeeding[level] !== undefined,
    );
    const day = next ? st.firstDayNeeding[next] : undefined;
    if (next && day !== undefined) {
      out.push({
        code: 'locked_beyond_clearance',
        audience: 'clinician',
        severity: 'info',
        ...warningText(ctx, 'warning.locked_beyond_clearance', {
          date: dateArg(day),
          level: sub(`level.${next}`),
        }),
        rules: ['R1'],
      });
    }
  }
  if (ctx.reviewDay !== null && ctx.reviewDay <= ctx.today) {
    out.push({
      code: 'review_due',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.review_due', { date: dateArg(ctx.reviewDay) }),
      rules: ['R1'],
    });
  }
  out.push(...goalWarnings(ctx, goal));
  if (ctx.availableCount < 3) {
    out.push({
      code: 'low_availability',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.low_availability', { days: ctx.availableCount }),
      rules: ['R3', 'E3'],
    });
  }
  if (st.unmatchedLogs.length > 0) {
    out.push({
      code: 'log_unmatched',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.log_unmatched', {
        logs: listArg(
          st.unmatchedLogs.map((u) =>
            sub('log.not_in_plan', {
              date: dateArg(u.day),
              session: sub(`family.${u.family ?? 'unknown'}`),
            }),
          ),
        ),
      }),
      rules: ['E21'],
    });
  }
  out.push(...adjustmentWarnings(ctx, st));
  return out;
}
