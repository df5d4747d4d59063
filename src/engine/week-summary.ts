/**
 * What a planned week says about itself: its heading (phase), its totals and the full rest days
 * it keeps (E30, E27).
 */
import type { PlanContext } from './context';
import { text } from './context';
import { listArg, sub } from './i18n/message';
import { isRunningKind } from './rules/clearance-gate';
import type { Explanation, Phase, Session, Week } from './types';
import { WEEKDAYS } from './types';
import { toExplanation } from './why';

/**
 * The week's heading: what most of its walks and runs are (a week that starts walking and then
 * reaches the ladder is a walk-run week; one that starts on the ladder and moves on to continuous
 * runs is a continuous week when those make up most of it). Taper and preparation weeks stay so.
 */
export function phaseOfWeek(atStart: Phase, sessions: readonly Session[]): Phase {
  if (atStart === 'pre_running' || atStart === 'taper') return atStart;
  const counts = { walking: 0, walk_run: 0, continuous: 0 };
  for (const s of sessions) {
    if (s.kind === 'walk') counts.walking += 1;
    else if (s.kind === 'walk_run') counts.walk_run += 1;
    else if (isRunningKind(s.kind)) counts.continuous += 1;
  }
  const order = ['walking', 'walk_run', 'continuous'] as const;
  let best: (typeof order)[number] | null = null;
  for (const phase of order)
    if (counts[phase] > 0 && (best === null || counts[phase] >= counts[best])) best = phase;
  if (best === null) return atStart;
  if (best === 'continuous') return atStart === 'build' ? 'build' : 'continuous';
  return best;
}

/** E30 (and E27): the full rest days of every week and why there are two. */
export function restDaysExplanation(ctx: PlanContext): Explanation {
  const names = listArg(ctx.restWeekdays.map((i) => sub(`weekday.${WEEKDAYS[i] ?? 'mon'}`)));
  const reds = ctx.profile.redsReasons.length > 0;
  const key =
    ctx.profile.restDaysPerWeek === 1
      ? 'explain.rest_day'
      : reds
        ? 'explain.rest_days_reds'
        : 'explain.rest_days_bone';
  return toExplanation({ rule: reds ? 'E27' : 'E30', ...text(ctx, key, { days: names }) });
}

/** A week's totals: sessions that are neither locked nor missed. */
export function totalsOf(sessions: readonly Session[]): Week['totals'] {
  const totals = { runMinutes: 0, walkMinutes: 0, crossMinutes: 0, strengthSessions: 0 };
  for (const s of sessions) {
    if (s.locked || s.status === 'missed') continue;
    totals.runMinutes += s.runMinutes;
    totals.walkMinutes += s.walkMinutes;
    if (s.kind === 'cross_training') totals.crossMinutes += s.durationMinutes;
    if (s.kind === 'strength') totals.strengthSessions += 1;
  }
  totals.runMinutes = Math.round(totals.runMinutes * 100) / 100;
  totals.walkMinutes = Math.round(totals.walkMinutes * 100) / 100;
  return totals;
}
