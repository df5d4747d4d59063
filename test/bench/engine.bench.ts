/**
 * Engine benchmarks: `engine.generate.16w` (a 10 km goal plan of about 16 weeks, goal median
 * ≤ 1 ms) and `engine.adapt.60logs` (the same kind of plan replaying 60 logs, goal ≤ 2 ms).
 */
import { addDays, generatePlan } from '../../src/engine';
import type { PlanRequest, SessionLog } from '../../src/engine';
import { planRequest } from '../fixtures/plan-request.builder';
import { bench } from './harness';

/** A 10 km goal about 16 weeks out, already cleared for continuous running. */
function sixteenWeekRequest(): PlanRequest {
  return planRequest({
    startDate: '2027-01-04',
    today: '2027-01-04',
    clearance: {
      level: 'full',
      date: '2027-01-01',
      by: 'J. Physio',
      reviewDate: null,
      overrideTimeGate: false,
    },
    injury: { weeksWithoutRunning: 3, severity: 'mild' },
    fitness: { painFreeWalkMinutes: 45, longestRecentRunMinutes: 20, preInjuryWeeklyRunMinutes: 180 },
    availability: {
      days: ['tue', 'thu', 'sat', 'sun'],
      maxSessionMinutes: 90,
      crossTraining: ['bike', 'swim'],
    },
    goal: { kind: '10k', date: addDays('2027-01-04', 16 * 7 - 1) },
  });
}

/** The same plan with 60 sessions already logged (mostly green, some amber, one red). */
function sixtyLogRequest(): PlanRequest {
  const base = sixteenWeekRequest();
  const today = addDays(base.startDate, 15 * 7);
  let request: PlanRequest = { ...base, today };
  const logs: SessionLog[] = [];
  while (logs.length < 60) {
    const next = generatePlan(request)
      .weeks.flatMap((w) => w.sessions)
      .find((s) => s.date < today && !logs.some((l) => l.sessionId === s.id));
    if (!next) break;
    const n = logs.length;
    const pain = n === 20 ? 7 : n % 7 === 3 ? 4 : 1;
    logs.push({
      sessionId: next.id,
      date: next.date,
      completed: true,
      actualRunMinutes: next.runMinutes,
      rpe: 3,
      painDuring: pain,
      painAfter: 1,
      painNextMorning: 1,
      painBuiltDuringRun: false,
      warmupPainCleared: null,
      swelling: false,
      limp: false,
      redFlags: [],
      note: '',
    });
    request = { ...request, logs: [...logs] };
  }
  // Recompute the day after the last log, as the app does when a log comes in.
  const last = logs[logs.length - 1];
  return last ? { ...request, today: addDays(last.date, 1) } : request;
}

export async function run(): Promise<void> {
  const plan = sixteenWeekRequest();
  await bench('engine.generate.16w', () => generatePlan(plan), {
    runs: 200,
    warmup: 20,
    extra: { goal_ms: 1, weeks: generatePlan(plan).weeks.length },
  });
  const adapt = sixtyLogRequest();
  await bench('engine.adapt.60logs', () => generatePlan(adapt), {
    runs: 200,
    warmup: 20,
    extra: { goal_ms: 2, logs: adapt.logs.length },
  });
}
