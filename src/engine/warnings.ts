/**
 * Programme-level warnings. Each names its rules and says what the clinician can do about it.
 */
import type { PlanContext } from './context';
import { text } from './context';
import type { DayNumber } from './dates';
import { fromDay } from './dates';
import { formatDate, formatList } from './i18n/messages';
import { levelRank } from './rules/clearance-gate';
import type { ProgressState } from './state';
import type { ClearanceLevel, Warning } from './types';

export interface GoalCheck {
  unsafe: boolean;
  earliestSafeDay: DayNumber | null;
  notReachedWithinWeeks: number | null;
  goalText: string;
}

/** All warnings, in a fixed order (most serious first). */
export function buildWarnings(ctx: PlanContext, st: ProgressState, goal: GoalCheck): Warning[] {
  const out: Warning[] = [];
  const gate = ctx.gate;
  const gateName = gate.kind === null ? '' : text(ctx, `gate.${gate.kind}`, { weeks: gate.weeks });
  if (st.refer) {
    out.push({
      code: 'refer_to_clinician',
      audience: 'clinician',
      severity: 'critical',
      message: text(ctx, 'warning.refer', {
        reason: text(ctx, st.refer.reason, st.refer.params),
        date: formatDate(ctx.locale, st.refer.day),
      }),
      rules: ['R7', 'E16'],
    });
  }
  if (ctx.level === 'not_cleared') {
    out.push({
      code: 'awaiting_clearance',
      audience: 'clinician',
      severity: 'info',
      message:
        ctx.reviewDay !== null
          ? text(ctx, 'warning.awaiting_clearance_review', { date: formatDate(ctx.locale, ctx.reviewDay) })
          : text(ctx, 'warning.awaiting_clearance'),
      rules: ['R1'],
    });
  }
  if (gate.imagingBlocked) {
    out.push({
      code: 'imaging_required',
      audience: 'clinician',
      severity: 'warning',
      message: text(ctx, 'warning.imaging_required'),
      rules: ['E1'],
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
      message: text(ctx, 'warning.time_gate', {
        date: formatDate(ctx.locale, gate.effectiveDay),
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
      message: text(ctx, 'warning.time_gate_overridden', {
        gate: gateName,
        by: ctx.request.clearance.by,
        date: formatDate(ctx.locale, ctx.clearanceDay),
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
        message: text(ctx, 'warning.locked_beyond_clearance', {
          date: formatDate(ctx.locale, day),
          level: text(ctx, `level.${next}`),
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
      message: text(ctx, 'warning.review_due', { date: formatDate(ctx.locale, ctx.reviewDay) }),
      rules: ['R1'],
    });
  }
  if (goal.unsafe && goal.earliestSafeDay !== null && ctx.goalDay !== null) {
    out.push({
      code: 'goal_date_unsafe',
      audience: 'clinician',
      severity: 'warning',
      message: text(ctx, 'warning.goal_date_unsafe', {
        date: formatDate(ctx.locale, ctx.goalDay),
        goal: goal.goalText,
        earliest: formatDate(ctx.locale, goal.earliestSafeDay),
      }),
      rules: ['E13', 'R9', 'R10'],
      earliestSafeDate: fromDay(goal.earliestSafeDay),
    });
  } else if (goal.notReachedWithinWeeks !== null) {
    out.push({
      code: 'goal_not_reached',
      audience: 'clinician',
      severity: 'warning',
      message: text(ctx, 'warning.goal_not_reached', {
        goal: goal.goalText,
        weeks: goal.notReachedWithinWeeks,
      }),
      rules: ['E13'],
    });
  }
  if (ctx.availableCount < 3) {
    out.push({
      code: 'low_availability',
      audience: 'clinician',
      severity: 'info',
      message: text(ctx, 'warning.low_availability', { days: ctx.availableCount }),
      rules: ['R3', 'E3'],
    });
  }
  if (st.unmatchedLogs.length > 0) {
    out.push({
      code: 'log_unmatched',
      audience: 'clinician',
      severity: 'info',
      message: text(ctx, 'warning.log_unmatched', { ids: formatList(ctx.locale, st.unmatchedLogs) }),
      rules: ['E21'],
    });
  }
  return out;
}
