/**
 * Locks (R1, E1, E16, E25, E31): a session stays planned so the pathway is visible, but locked,
 * with the reason in words, when the clearance, a gate or a referral does not allow it yet.
 */
import type { PlanContext } from './context';
import { criteriaHolding, levelOn, remember, text } from './context';
import { criteriaWithResults } from './assessments/criteria';
import { dateArg, sub } from './i18n/message';
import type { DayNumber } from './dates';
import { atLeast, isRunningKind, levelRank, REQUIRED_CLEARANCE } from './rules/clearance-gate';
import type { Lock } from './session-factory';
import type { ProgressState } from './state';
import type { ClearanceLevel, SessionKind } from './types';

/** The lock on a session, if any (R1, E1, E16). */
export function lockFor(ctx: PlanContext, st: ProgressState, kind: SessionKind, day: DayNumber): Lock | null {
  const running = isRunningKind(kind);
  if (running && st.refer && day > st.refer.day) {
    return {
      rule: 'E16',
      reason: text(ctx, 'lock.refer', {
        reason: sub(st.refer.reason, st.refer.params),
        date: dateArg(st.refer.day),
      }),
    };
  }
  const required = REQUIRED_CLEARANCE[kind];
  const gateDay = ctx.gate.effectiveDay;
  if (ctx.clearanceBeforeGate && levelRank(required) >= levelRank('walk_run') && gateDay !== null) {
    return remember(ctx.memo.locks, 'E31', () => ({
      rule: 'E31',
      reason: text(ctx, 'lock.gate_clearance', {
        date: dateArg(gateDay),
        cleared: dateArg(ctx.clearanceDay),
      }),
    }));
  }
  const boneGate = boneGateFor(ctx, st, kind, day);
  if (boneGate) return boneGate;
  if (!atLeast(levelOn(ctx, day), required)) {
    if (day < ctx.clearanceDay && atLeast(ctx.level, required)) {
      return remember(ctx.memo.locks, 'R1|before_clearance', () => ({
        rule: 'R1',
        reason: text(ctx, 'lock.before_clearance', { date: dateArg(ctx.clearanceDay) }),
      }));
    }
    return remember(ctx.memo.clearanceLocks, required, () => clearanceLock(ctx, required));
  }
  if (running && ctx.gate.imagingBlocked)
    return remember(ctx.memo.locks, 'E1', () => ({ rule: 'E1', reason: text(ctx, 'lock.imaging') }));
  return running ? criteriaLock(ctx, kind, day) : null;
}

/** E42: a running session waits for the test-based criteria of its step. */
function criteriaLock(ctx: PlanContext, kind: SessionKind, day: DayNumber): Lock | null {
  const holding = criteriaHolding(ctx, day, 'running');
  if (atLeast(REQUIRED_CLEARANCE[kind], 'continuous'))
    holding.push(...criteriaHolding(ctx, day, 'continuous'));
  if (holding.length === 0) return null;
  // The same criteria with the same results give the same lock, shared by every session it holds.
  const key = `E42|${holding.map((t) => `${t.code}@${t.changes.filter((c) => c.day <= day).length}`).join('|')}`;
  return remember(ctx.memo.locks, key, () => ({
    rule: 'E42',
    reason: text(ctx, 'lock.criteria', { list: criteriaWithResults(holding, day) }),
  }));
}

/** R1: the clearance a session needs and the one in force, with the review date if one is due. */
function clearanceLock(ctx: PlanContext, required: ClearanceLevel): Lock {
  const params = { level: sub(`level.${required}`), current: sub(`level.${ctx.level}`) };
  return ctx.reviewDay !== null && ctx.reviewDay >= ctx.today
    ? {
        rule: 'R1',
        reason: text(ctx, 'lock.clearance_review', {
          ...params,
          date: dateArg(ctx.reviewDay),
        }),
      }
    : { rule: 'R1', reason: text(ctx, 'lock.clearance', params) };
}

/**
 * E25: at a high-risk bone stress site, continuous running and the build phase each wait for a
 * clinician review: a clearance recorded on or after the day the client became ready for them.
 */
function boneGateFor(ctx: PlanContext, st: ProgressState, kind: SessionKind, day: DayNumber): Lock | null {
  if (!ctx.profile.highRiskBone || !isRunningKind(kind) || kind === 'walk_run') return null;
  const ready = st.phase === 'build' ? st.readyDays.build : st.readyDays.continuous;
  if (ready === null || day < ready || ctx.clearanceDay >= ready) return null;
  const key = st.phase === 'build' ? 'lock.bone_gate_build' : 'lock.bone_gate_continuous';
  return remember(ctx.memo.locks, key, () => ({ rule: 'E25', reason: text(ctx, key) }));
}
