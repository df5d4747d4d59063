/**
 * The rules of plan-engine.md §"Rules the engine must keep" as checks on one (request, programme)
 * pair. The property test files run each check over 500 random valid requests (fast-check).
 * Inner loops use `check` rather than vitest's expect, which is too slow to call millions of times.
 */
import { CLEARANCE_LEVELS, generatePlan, INJURY_DEFAULTS, RULES, weekdayOf } from '../../../src/engine';
import type { ClearanceLevel, PlanRequest, Programme } from '../../../src/engine';
import {
  addDays,
  allSessions,
  hasFlag,
  isRunning,
  numericLimit,
  REQUIRED_CLEARANCE,
  runningSessions,
  toDay,
} from './helpers';

export type PropertyCheck = (request: PlanRequest, programme: Programme) => void;

/** Throws with a message naming the rule and the session when a condition fails. */
export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const rank = (level: ClearanceLevel): number => CLEARANCE_LEVELS.indexOf(level);
const known = new Set(Object.keys(RULES));

function gateDay(request: PlanRequest): string | null {
  if (request.clearance.overrideTimeGate) return null;
  const gate = INJURY_DEFAULTS[request.injury.type].timeGate;
  if (!gate || gate.kind === 'imaging') return null;
  const anchor = gate.kind === 'surgery' ? request.injury.surgeryDate : request.injury.deliveryDate;
  return anchor ? addDays(anchor, gate.weeks * 7) : null;
}

/** E30: the available weekdays the engine keeps free as full rest days (Fri, Mon, Wed, Sun… first). */
function restWeekdays(request: PlanRequest): string[] {
  const bone = request.injury.type === 'bsi_low_risk' || request.injury.type === 'bsi_high_risk';
  const born = request.client.birthDate;
  const eighteenth = born === null ? null : `${Number(born.slice(0, 4)) + 18}${born.slice(4)}`;
  const young = eighteenth !== null && bone && request.startDate < eighteenth;
  const reds =
    request.client.redsSigns.some((sign) => sign !== 'missed_periods' || !request.client.breastfeeding) ||
    (bone && (request.injury.previousEpisodes > 0 || young));
  const wanted = bone || reds ? 2 : 1;
  const offered = request.availability.days;
  const needed = wanted - (7 - offered.length);
  if (needed <= 0) return [];
  return ['fri', 'mon', 'wed', 'sun', 'tue', 'thu', 'sat']
    .filter((d) => offered.includes(d as never))
    .slice(0, needed);
}

export const PROPERTY_CHECKS: Readonly<Record<string, PropertyCheck>> = {
  /** R1/E1: no unlocked running before the clearance date, above the clearance, or inside a time gate */
  R1_E1: (request, programme) => {
    const gate = gateDay(request);
    const imagingBlocked =
      request.injury.type === 'bsi_high_risk' &&
      !request.injury.imagingConfirmedHealing &&
      !request.clearance.overrideTimeGate;
    for (const s of allSessions(programme)) {
      if (s.locked) {
        check(Boolean(s.lockedReason), `${s.id}: locked without a reason`);
        continue;
      }
      const level = s.date >= request.clearance.date ? request.clearance.level : 'not_cleared';
      check(rank(level) >= rank(REQUIRED_CLEARANCE[s.kind]), `${s.id}: unlocked above the clearance`);
      if (isRunning(s)) {
        check(s.date >= request.clearance.date, `${s.id}: unlocked run before the clearance date`);
        check(!gate || s.date >= gate, `${s.id}: unlocked run inside the time gate`);
        check(!imagingBlocked, `${s.id}: unlocked run without imaging`);
      }
    }
    if (request.clearance.level === 'not_cleared') {
      check(programme.status === 'awaiting_clearance', 'not_cleared must give awaiting_clearance');
      check(
        allSessions(programme)
          .filter((s) => !s.locked)
          .every((s) => ['strength', 'mobility', 'cross_training'].includes(s.kind)),
        'not_cleared: only strength, mobility, cross-training unlocked',
      );
    }
  },
  /** E3: sessions only on available weekdays, at most one running session a day */
  E3: (request, programme) => {
    const runDates = new Set<string>();
    for (const s of allSessions(programme)) {
      check(request.availability.days.includes(weekdayOf(s.date)), `${s.id}: not an available day`);
      if (isRunning(s)) {
        check(!runDates.has(s.date), `${s.id}: second run that day`);
        runDates.add(s.date);
      }
    }
  },
  /** R3/E9: no running on consecutive days before full clearance (bone, MTSS, calf: until full and past the ladder) */
  R3_E9: (request, programme) => {
    const runs = runningSessions(programme);
    const strictInjury = INJURY_DEFAULTS[request.injury.type].alternateDaysUntilLadderTop;
    let sawContinuous = false;
    for (let i = 1; i < runs.length; i++) {
      const prev = runs[i - 1]!;
      const cur = runs[i]!;
      if (prev.kind !== 'walk_run') sawContinuous = true;
      if (toDay(cur.date) - toDay(prev.date) !== 1) continue;
      const full = (d: string): boolean => request.clearance.level === 'full' && d >= request.clearance.date;
      check(full(prev.date) && full(cur.date), `${cur.id}: consecutive days before full clearance`);
      check(
        !strictInjury || (sawContinuous && cur.kind !== 'walk_run'),
        `${cur.id}: consecutive days on the ladder`,
      );
      check(
        !hasFlag(request, cur.date, 'no_consecutive_days'),
        `${cur.id}: consecutive days against a restriction`,
      );
    }
  },
  /** E4: sessions within the available minutes, max_session_minutes and max_run_minutes */
  E4: (request, programme) => {
    for (const s of allSessions(programme)) {
      const cap = Math.min(
        request.availability.maxSessionMinutes,
        numericLimit(request, s.date, 'max_session_minutes'),
      );
      check(s.durationMinutes <= cap + 1e-9, `${s.id}: ${s.durationMinutes} min over the cap ${cap}`);
      check(
        s.runMinutes <= numericLimit(request, s.date, 'max_run_minutes') + 1e-9,
        `${s.id}: running over max_run_minutes`,
      );
    }
  },
  /** R3/E5: at most 4 running sessions a week and never more than max_sessions_per_week */
  E5: (request, programme) => {
    for (const week of programme.weeks) {
      const runs = week.sessions.filter(isRunning);
      check(runs.length <= 4, `week ${week.index}: ${runs.length} runs`);
      runs.forEach((s, i) =>
        check(
          i + 1 <= numericLimit(request, s.date, 'max_sessions_per_week'),
          `${s.id}: over max_sessions_per_week`,
        ),
      );
    }
  },
  /** R4: each stage twice before the next, one stage at a time, at most two advances in 7 days */
  R4: (_request, programme) => {
    const ladder = runningSessions(programme).filter((s) => s.kind === 'walk_run');
    const advances: string[] = [];
    let count = 0;
    for (let i = 0; i < ladder.length; i++) {
      const s = ladder[i]!;
      const prev = ladder[i - 1];
      if (prev && s.stage! > prev.stage!) {
        check(s.stage! - prev.stage! === 1, `${s.id}: skipped a stage`);
        check(count >= 2, `${s.id}: advanced after ${count} session(s)`);
        advances.push(s.date);
        count = 1;
      } else {
        count += 1;
      }
    }
    // Leaving the ladder for continuous running is an advance too.
    const firstContinuous = runningSessions(programme).find((s) => s.kind !== 'walk_run');
    if (firstContinuous && ladder.length > 0) advances.push(firstContinuous.date);
    for (const day of advances) {
      const within = advances.filter((d) => d <= day && toDay(day) - toDay(d) < 7);
      check(within.length <= 2, `${day}: ${within.length} advances in 7 days`);
    }
  },
  /** R9: once continuous, no run longer than 110% of the longest run in the previous 30 days */
  R9: (request, programme) => {
    const runs = runningSessions(programme);
    // The client's reported recent run counts as a run the day before the start.
    const recent = {
      date: addDays(request.startDate, -1),
      runMinutes: request.fitness.longestRecentRunMinutes,
    };
    for (const s of runs) {
      if (s.kind === 'walk_run') continue;
      const window = [recent, ...runs].filter((r) => r.date < s.date && toDay(s.date) - toDay(r.date) <= 30);
      const longest = Math.max(0, ...window.map((r) => r.runMinutes));
      check(
        s.runMinutes <= longest * 1.1 + 0.02,
        `${s.id}: ${s.runMinutes} min after a longest of ${longest}`,
      );
    }
  },
  /**
   * R10/E10/E29: weekly running within 110% or +10 min of the highest previous 4 weeks (+10% of
   * the pre-injury volume while below half of it); cut-backs 20–30% lighter
   */
  R10_E10: (request, programme) => {
    const preInjury = request.fitness.preInjuryWeeklyRunMinutes;
    const target = preInjury >= 60 ? Math.round(preInjury * 0.5) : 0;
    const floor = target > 0 ? Math.max(10, Math.round(preInjury * 0.1)) : 10;
    const totals = programme.weeks.map((w) =>
      w.sessions.filter(isRunning).reduce((sum, s) => sum + s.runMinutes, 0),
    );
    const firstContinuousWeek = programme.weeks.findIndex((w) =>
      w.sessions.some((s) => isRunning(s) && s.kind !== 'walk_run'),
    );
    if (firstContinuousWeek < 0) return;
    for (let i = firstContinuousWeek + 1; i < totals.length; i++) {
      const prior = totals.slice(Math.max(0, i - 4), i);
      const highest = Math.max(0, ...prior);
      check(
        totals[i]! <=
          Math.max(
            highest * 1.1,
            highest + 10,
            highest < target ? Math.min(highest + floor, Math.max(target, highest + 10)) : 0,
          ) +
            0.05,
        `week ${i + 1}: ${totals[i]} after a highest of ${highest}`,
      );
    }
    let sinceCutback = 0;
    programme.weeks.forEach((week, i) => {
      // Leaving the build (a flare, a gap) starts the next build afresh, cut-back rhythm included.
      const rebuilt = week.sessions.some((s) => s.kind === 'walk_run');
      if (week.phase !== 'build' || rebuilt) {
        sinceCutback = 0;
        return;
      }
      if (week.cutback) {
        check(totals[i]! <= totals[i - 1]! * 0.8 + 0.05, `week ${i + 1}: cut-back not 20% lighter`);
        sinceCutback = 0;
      } else {
        sinceCutback += 1;
        check(sinceCutback <= 3, `week ${i + 1}: no cut-back after 3 build weeks`);
      }
    });
  },
  /** R12: strength 1–2 times every week with an available day */
  R12: (request, programme) => {
    const rest = restWeekdays(request);
    for (const week of programme.weeks) {
      const strength = week.sessions.filter((s) => s.kind === 'strength');
      check(strength.length <= 2, `week ${week.index}: ${strength.length} strength sessions`);
      const goal = request.goal.date;
      const usable: string[] = [];
      for (let d = week.startDate; d <= week.endDate; d = addDays(d, 1)) {
        if (!request.availability.days.includes(weekdayOf(d)) || rest.includes(weekdayOf(d))) continue;
        if (goal && goal >= week.startDate && goal <= week.endDate && d > addDays(goal, -3)) continue;
        usable.push(d);
      }
      check(usable.length === 0 || strength.length >= 1, `week ${week.index}: no strength`);
      for (const s of strength) check(s.exercises.length >= 2, `${s.id}: too few exercises`);
    }
  },
  /** E7: cross-training only in the client\'s modalities, never a forbidden one */
  E7: (request, programme) => {
    const forbidden = INJURY_DEFAULTS[request.injury.type].forbiddenModalities;
    for (const s of allSessions(programme)) {
      if (s.kind !== 'cross_training') {
        check(s.modality === null, `${s.id}: modality on a non-cross session`);
        continue;
      }
      const m = s.modality;
      check(
        m !== null && request.availability.crossTraining.includes(m),
        `${s.id}: not the client's modality`,
      );
      check(m !== null && !forbidden.includes(m), `${s.id}: forbidden modality ${m}`);
      check(!(m === 'bike' && hasFlag(request, s.date, 'no_cycling')), `${s.id}: cycling under no_cycling`);
      check(
        !(m === 'swim' && hasFlag(request, s.date, 'no_swimming')),
        `${s.id}: swimming under no_swimming`,
      );
      check(
        !(m === 'elliptical' && hasFlag(request, s.date, 'no_impact_cross_training')),
        `${s.id}: cross-trainer under no_impact_cross_training`,
      );
    }
  },
  /** R8/E19: strides, hills and progressive runs only with full clearance, a 30-min base and no restriction against them */
  R8_E19: (request, programme) => {
    const runs = runningSessions(programme);
    runs.forEach((s, i) => {
      if (!['strides', 'hills', 'progressive_run'].includes(s.kind)) return;
      check(
        request.clearance.level === 'full' && s.date >= request.clearance.date,
        `${s.id}: quality without full clearance`,
      );
      const base = runs.slice(0, i).filter((r) => r.kind === 'easy_run' && r.runMinutes >= 30);
      check(base.length >= 3, `${s.id}: quality before an easy base`);
      check(s.kind !== 'hills' || !hasFlag(request, s.date, 'no_hills'), `${s.id}: hills under no_hills`);
      check(s.kind === 'hills' || !hasFlag(request, s.date, 'no_speed'), `${s.id}: speed under no_speed`);
    });
  },
  /** rule 11: every session explains itself with known rule ids; locks and warnings say why */
  explain: (_request, programme) => {
    for (const s of allSessions(programme)) {
      check(s.explain.length >= 1, `${s.id}: no explanation`);
      for (const e of s.explain) {
        check(known.has(e.rule), `${s.id}: unknown rule ${e.rule}`);
        check(e.text.length > 10 && !/\{\w+\}/.test(e.text), `${s.id}: bad text ${e.text}`);
      }
      check(!s.locked || s.explain.some((e) => e.text === s.lockedReason), `${s.id}: lock not explained`);
    }
    for (const w of programme.warnings) {
      check(w.rules.every((r) => known.has(r)) && !/\{\w+\}/.test(w.message), `warning ${w.code} malformed`);
    }
  },
  /** determinism: the same request gives byte-identical JSON, and the request is not mutated */
  determinism: (request, programme) => {
    const before = JSON.stringify(request);
    const again = generatePlan(request);
    check(JSON.stringify(again) === JSON.stringify(programme), 'same request, different programme');
    check(JSON.stringify(request) === before, 'the request was mutated');
  },
  /** ids are unique, weeks are contiguous and sessions sit inside their week */
  structure: (request, programme) => {
    const ids = allSessions(programme).map((s) => s.id);
    check(new Set(ids).size === ids.length, 'duplicate session ids');
    programme.weeks.forEach((week, i) => {
      check(
        week.index === i + 1 && week.startDate === addDays(request.startDate, i * 7),
        `week ${i + 1} misplaced`,
      );
      for (const s of week.sessions) {
        check(s.date >= week.startDate && s.date <= week.endDate, `${s.id} outside its week`);
        check(s.id === `w${week.index}-${weekdayOf(s.date)}-${s.kind}`, `${s.id}: unexpected id`);
      }
    });
    if (request.goal.date) {
      check(programme.endDate <= request.goal.date, 'plan runs past the goal date');
      // A safe goal keeps its day free; a race the client is told not to run is an ordinary day (E33).
      const raceAdvisedAgainst = programme.warnings.some(
        (w) => w.code === 'race_not_advised' || w.code === 'race_needs_clearance',
      );
      check(
        raceAdvisedAgainst || !allSessions(programme).some((s) => s.date === request.goal.date),
        'a session on the goal date',
      );
    }
  },
};
