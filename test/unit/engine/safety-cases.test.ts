/**
 * Issue 9, case by case: each programme a careful sports physiotherapist found unsafe, and what
 * the engine now does instead. The invariants behind them are in safety-properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { addDays, generatePlan, LADDERS } from '../../../src/engine';
import type { PlanRequest, Programme, Session, SessionLog } from '../../../src/engine';
import { parsePlanRequest } from '../../../src/contract/plan';
import type { RequestOverrides } from '../../fixtures/plan-request.builder';
import { planRequest } from '../../fixtures/plan-request.builder';
import { allSessions, isRunning } from './helpers';
import { passingAssessment } from '../../fixtures/assessments';

type Outcome = Partial<SessionLog> | null;

/**
 * Logs the plan's walks and runs one by one until `until`, as the app does (the plan is
 * regenerated after each log), with `outcome(i, session)` deciding what happened; null: skipped.
 */
function logUntil(
  base: PlanRequest,
  until: string,
  outcome: (i: number, s: Session) => Outcome,
): PlanRequest {
  let request: PlanRequest = { ...base, today: until, logs: [] };
  for (let i = 0; i < 80; i++) {
    const last = request.logs[request.logs.length - 1]?.date ?? '';
    const next = allSessions(generatePlan(request)).find(
      (s) => s.date < until && s.date > last && !s.locked && (isRunning(s) || s.kind === 'walk'),
    );
    if (!next) break;
    const o = outcome(i, next);
    if (o === null) continue;
    const log: SessionLog = {
      sessionId: next.id,
      date: next.date,
      completed: true,
      actualRunMinutes: next.runMinutes,
      rpe: 3,
      painDuring: 0,
      painAfter: 0,
      painNextMorning: 0,
      painBuiltDuringRun: false,
      warmupPainCleared: null,
      swelling: false,
      limp: false,
      redFlags: [],
      note: '',
      ...o,
    };
    request = { ...request, logs: [...request.logs, log] };
  }
  return request;
}

const runs = (p: Programme): Session[] => allSessions(p).filter(isRunning);
const after = (p: Programme, date: string): Session[] => runs(p).filter((s) => s.date > date);
const warning = (p: Programme, code: string) => p.warnings.find((w) => w.code === code);

const continuous = (over: RequestOverrides = {}): PlanRequest =>
  planRequest({
    startDate: '2026-11-02',
    today: '2026-11-02',
    clearance: { level: 'continuous', date: '2026-11-01' },
    fitness: { painFreeWalkMinutes: 45, longestRecentRunMinutes: 12, preInjuryWeeklyRunMinutes: 0 },
    availability: { days: ['mon', 'wed', 'fri'], maxSessionMinutes: 60, crossTraining: ['bike'] },
    goal: { kind: 'run_30min', date: null },
    ...over,
  });

describe('1. a step back never raises the load', () => {
  it('patellofemoral pain: a 14-min run stopped at 8 with pain goes back to a shorter walk-run, not stage 9', () => {
    const base = continuous({ injury: { type: 'patellofemoral_pain', weeksWithoutRunning: 3 } });
    const request = logUntil(base, '2026-11-12', (i) =>
      i === 4 ? { completed: false, actualRunMinutes: 8, painDuring: 4 } : {},
    );
    const p = generatePlan(request);
    const flare = p.history.find((h) => h.light === 'red')!;
    const flared = runs(p).find((s) => s.id === flare.sessionId)!;
    const next = after(p, flare.date)[0]!;
    expect(next.kind).toBe('walk_run');
    expect(next.runMinutes).toBeLessThan(8);
    for (const s of after(p, flare.date).slice(0, 6))
      expect(s.runMinutes).toBeLessThanOrEqual(flared.runMinutes);
    expect(flare.rules).toEqual(expect.arrayContaining(['E22', 'E23']));
  });

  it('hamstring: a run stopped with a pull in the first weeks back refers (suspected re-strain, E24)', () => {
    const base = continuous({ injury: { type: 'hamstring_strain', weeksWithoutRunning: 3 } });
    const request = logUntil(base, '2026-11-12', (i) =>
      i === 3 ? { completed: false, actualRunMinutes: 8, painDuring: 5 } : {},
    );
    const p = generatePlan(request);
    expect(p.status).toBe('refer');
    expect(p.history.at(-1)).toMatchObject({ light: 'refer', rules: expect.arrayContaining(['E24']) });
    expect(warning(p, 'running_paused')?.audience).toBe('client');
    expect(warning(p, 'refer_to_clinician')?.audience).toBe('clinician');
  });
});

describe('2. the run that flared does not set the ceiling', () => {
  it('plantar heel pain: for 14 days after a red, runs stay within 110% of what went well before it', () => {
    const base = continuous({
      injury: { type: 'plantar_heel_pain', weeksWithoutRunning: 3 },
      fitness: { painFreeWalkMinutes: 45, longestRecentRunMinutes: 13, preInjuryWeeklyRunMinutes: 0 },
    });
    const request = logUntil(base, '2026-11-30', (i) => (i === 4 ? { painDuring: 7 } : {}));
    const p = generatePlan(request);
    const flare = p.history.find((h) => h.light === 'red')!;
    const tolerated = runs(p).filter((s) => s.date < flare.date && s.date >= addDays(flare.date, -30));
    const cap = Math.floor(Math.max(13, ...tolerated.map((s) => s.runMinutes)) * 1.1);
    const window = after(p, flare.date).filter(
      (s) => s.date <= addDays(flare.date, 14) && s.kind !== 'walk_run',
    );
    expect(window.length).toBeGreaterThan(0);
    for (const s of window) expect(s.runMinutes).toBeLessThanOrEqual(cap);
  });
});

describe('3. a high-risk bone stress site is not treated like a low-risk one', () => {
  const femoralNeck = planRequest({
    startDate: '2026-11-02',
    today: '2026-11-02',
    client: { birthDate: '1995-01-01' },
    injury: {
      type: 'bsi_high_risk',
      bsiSite: 'femoral_neck',
      onsetDate: '2026-08-10',
      weeksWithoutRunning: 12,
      imagingConfirmedHealing: true,
    },
    clearance: { level: 'full', date: '2026-11-01' },
    fitness: { painFreeWalkMinutes: 45, longestRecentRunMinutes: 0, preInjuryWeeklyRunMinutes: 0 },
    availability: { days: ['mon', 'wed', 'fri', 'sun'], maxSessionMinutes: 60, crossTraining: ['swim'] },
    goal: { kind: '10k', date: null },
    // The bone loading battery passed (E42): running then waits for the clearance and gates only.
    assessments: [passingAssessment('bsi_high_risk', '2026-11-01')],
  });

  it('a next-morning deep groin ache refers at once (E25)', () => {
    const request = logUntil(femoralNeck, '2026-11-12', (i) => (i === 3 ? { painNextMorning: 2 } : {}));
    const p = generatePlan(request);
    expect(p.status).toBe('refer');
    expect(p.history.at(-1)!.rules).toContain('E25');
  });

  it('progresses more slowly, waits for a clinician before continuous running and the build, and for the site’s healing time', () => {
    const high = generatePlan(femoralNeck);
    const low = generatePlan({
      ...femoralNeck,
      injury: { ...femoralNeck.injury, type: 'bsi_low_risk', bsiSite: 'posteromedial_tibia' },
    });
    expect(JSON.stringify(high.weeks)).not.toBe(JSON.stringify(low.weeks));
    const ladder = runs(high).filter((s) => s.kind === 'walk_run');
    expect(ladder.filter((s) => s.stage === 1)).toHaveLength(3);
    const firstEasy = runs(high).find((s) => s.kind !== 'walk_run')!;
    expect(firstEasy.locked).toBe(true);
    expect(firstEasy.explain.some((e) => e.rule === 'E25')).toBe(true);
    expect(warning(high, 'slower_progression')).toBeDefined();
    // Hoenig 2023: femoral neck about 107 days from onset before faster running.
    const returnDay = addDays('2026-08-10', 107);
    expect(runs(high).filter((s) => s.kind === 'strides' && s.date < returnDay)).toHaveLength(0);
    const full =
      high.checkpoints.find((c) => c.id === 'to_full') ?? low.checkpoints.find((c) => c.id === 'to_full');
    expect(full === undefined || full.criteria.some((c) => c.code === 'bone_return_time')).toBe(true);
  });
});

describe('4. who the client is changes the plan', () => {
  it('a 15-year-old with a repeat bone stress injury and irregular periods: RED-S checkpoint, two full rest days a week', () => {
    const p = generatePlan(
      planRequest({
        startDate: '2026-11-02',
        today: '2026-11-02',
        client: { birthDate: '2011-03-01', redsSigns: ['missed_periods'] },
        injury: {
          type: 'bsi_low_risk',
          bsiSite: 'posteromedial_tibia',
          previousEpisodes: 1,
          recurrent: true,
        },
        clearance: { level: 'walk_run', date: '2026-11-01' },
        availability: {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          maxSessionMinutes: 60,
          crossTraining: ['swim'],
        },
      }),
    );
    expect(p.checkpoints[0]!.id).toBe('reds_screening');
    expect(warning(p, 'reds_screening')!.message).toContain('before the age of 18');
    for (const week of p.weeks.slice(0, -1))
      expect(new Set(week.sessions.map((s) => s.date)).size).toBeLessThanOrEqual(5);
  });

  it('missed periods while breastfeeding are not a RED-S sign', () => {
    const p = generatePlan(
      planRequest({
        client: { redsSigns: ['missed_periods'], breastfeeding: true },
      }),
    );
    expect(warning(p, 'reds_screening')).toBeUndefined();
  });

  it('age 60 and a third episode progress more slowly, and say which rule', () => {
    for (const over of [
      { client: { birthDate: '1960-01-01' } },
      { injury: { previousEpisodes: 2 } },
    ] as const) {
      const p = generatePlan(planRequest(over as RequestOverrides));
      expect(warning(p, 'slower_progression')!.rules).toEqual(['E28']);
      const ladder = runs(p).filter((s) => s.kind === 'walk_run');
      const first = ladder[0]!.stage;
      expect(ladder.filter((s) => s.stage === first).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('a runner who ran 330 min a week rebuilds towards half of it, not to three 30-minute runs', () => {
    const p = generatePlan(
      continuous({
        clearance: { level: 'full', date: '2026-11-01' },
        fitness: { painFreeWalkMinutes: 60, longestRecentRunMinutes: 20, preInjuryWeeklyRunMinutes: 330 },
        availability: { days: ['mon', 'wed', 'fri', 'sun'], maxSessionMinutes: 90, crossTraining: [] },
      }),
    );
    const busiest = Math.max(...p.weeks.map((w) => w.totals.runMinutes));
    expect(busiest).toBeGreaterThanOrEqual(160);
    expect(runs(p).some((s) => s.explain.some((e) => e.rule === 'E29'))).toBe(true);
  });
});

describe('5. gates mean something', () => {
  const postnatal = planRequest({
    startDate: '2026-11-02',
    today: '2026-11-02',
    injury: { type: 'postnatal', deliveryDate: '2026-09-28', weeksWithoutRunning: 30 },
    clearance: { level: 'walk_run', date: '2026-11-09', by: 'GP' },
    fitness: { painFreeWalkMinutes: 45, longestRecentRunMinutes: 0, preInjuryWeeklyRunMinutes: 0 },
  });

  it('postnatal: a walk-run clearance at 6 weeks opens no running at 12 weeks; the gate checkpoint lists the tests', () => {
    const p = generatePlan(postnatal);
    expect(runs(p).every((s) => s.locked)).toBe(true);
    expect(runs(p)[0]!.lockedReason).toContain('21 Dec 2026');
    expect(warning(p, 'clearance_before_gate')).toBeDefined();
    const gate = p.checkpoints.find((c) => c.id === 'to_walk_run')!;
    expect(gate.projectedDate).toBe('2026-12-21');
    const codes = gate.criteria.map((c) => c.code);
    for (const code of [
      'pelvic_floor',
      'postnatal_walk',
      'postnatal_hops',
      'postnatal_running_man',
      'clearance_after_gate',
    ])
      expect(codes).toContain(code);
    // A clearance recorded on the gate date opens nothing until the load and impact tests pass (E42)…
    const cleared = {
      ...postnatal,
      today: '2026-12-21',
      clearance: { ...postnatal.clearance, date: '2026-12-21' },
    };
    const untested = generatePlan(cleared);
    expect(runs(untested).every((s) => s.locked)).toBe(true);
    expect(
      runs(untested)
        .find((s) => s.date >= '2026-12-21')!
        .explain.some((e) => e.rule === 'E42'),
    ).toBe(true);
    // …and with the tests passed, recorded on that day, it opens running.
    const reopened = generatePlan({
      ...cleared,
      assessments: [passingAssessment('postnatal', '2026-12-21')],
    });
    expect(runs(reopened).some((s) => !s.locked)).toBe(true);
  });

  it('ACL reconstruction: full clearance at 17 weeks warns and keeps speed, hills and uneven ground until 9 months', () => {
    const p = generatePlan(
      planRequest({
        startDate: '2026-11-02',
        today: '2026-11-02',
        injury: { type: 'acl_reconstruction', surgeryDate: '2026-07-06', weeksWithoutRunning: 17 },
        clearance: { level: 'full', date: '2026-11-01' },
        fitness: { painFreeWalkMinutes: 60, longestRecentRunMinutes: 20, preInjuryWeeklyRunMinutes: 0 },
        goal: { kind: '10k', date: '2027-02-07' },
      }),
    );
    expect(warning(p, 'acl_full_before_9_months')).toBeDefined();
    const nineMonths = addDays('2026-07-06', 39 * 7);
    for (const s of runs(p).filter((x) => x.date < nineMonths)) {
      expect(['strides', 'hills', 'progressive_run']).not.toContain(s.kind);
      expect(s.surface).not.toBe('any');
    }
    expect(warning(p, 'goal_date_unsafe')!.message).toContain('9 months');
  });
});

describe('6. no taper into a race the plan knows is unsafe', () => {
  it('hamstring, speed not yet allowed, 5 km in 8 weeks: no taper or race week; the client is told not to race', () => {
    const p = generatePlan(
      continuous({
        injury: { type: 'hamstring_strain', weeksWithoutRunning: 3 },
        goal: { kind: '5k', date: '2026-12-27' },
      }),
    );
    expect(p.weeks.some((w) => w.phase === 'taper')).toBe(false);
    const advice = warning(p, 'race_not_advised')!;
    expect(advice.audience).toBe('client');
    expect(advice.message).toMatch(/^Please do not run a 5 km race on 27 Dec 2026/);
    expect(warning(p, 'goal_date_unsafe')!.message).toMatch(/^Race goal on/);
  });

  it('hamstring with full clearance: strides come back at 60, 70, 80 and 90% before any race (E34)', () => {
    const p = generatePlan(
      continuous({
        injury: { type: 'hamstring_strain', weeksWithoutRunning: 3 },
        clearance: { level: 'full', date: '2026-11-01' },
        fitness: { painFreeWalkMinutes: 60, longestRecentRunMinutes: 30, preInjuryWeeklyRunMinutes: 0 },
        goal: { kind: '10k', date: null },
      }),
    );
    const strides = runs(p).filter((s) => s.kind === 'strides');
    expect(strides.slice(0, 5).map((s) => /at (\d+)%/.exec(s.title)?.[1])).toEqual([
      '60',
      '70',
      '80',
      '90',
      '90',
    ]);
  });
});

describe('7–8. acceptable pain progresses; stable mornings are not "worse"', () => {
  it('patellofemoral pain at a steady 2/10 that settles by the morning moves the runs on', () => {
    const base = continuous({ injury: { type: 'patellofemoral_pain', weeksWithoutRunning: 3 } });
    const p = generatePlan(
      logUntil(base, '2026-11-23', () => ({ painDuring: 2, painAfter: 2, painNextMorning: 1 })),
    );
    expect(p.history.every((h) => h.light === 'amber' && h.rules.includes('E35'))).toBe(true);
    const logged = runs(p).filter((s) => s.status === 'done');
    expect(logged.at(-1)!.runMinutes).toBeGreaterThan(logged[0]!.runMinutes);
  });

  it('ACL reconstruction: a next-morning 1/10 three times running is not orange', () => {
    const base = continuous({
      injury: { type: 'acl_reconstruction', surgeryDate: '2026-02-02', weeksWithoutRunning: 36 },
      fitness: { painFreeWalkMinutes: 60, longestRecentRunMinutes: 15, preInjuryWeeklyRunMinutes: 0 },
      assessments: [passingAssessment('acl_reconstruction', '2026-10-01')],
    });
    const p = generatePlan(logUntil(base, '2026-11-12', () => ({ painNextMorning: 1 })));
    expect(p.history.map((h) => h.light)).not.toContain('orange');
  });

  it('a morning rising over the week steps back (E36)', () => {
    const base = continuous({ injury: { type: 'achilles_tendinopathy', weeksWithoutRunning: 3 } });
    const p = generatePlan(logUntil(base, '2026-11-12', (i) => ({ painNextMorning: Math.min(4, i) })));
    expect(p.history.some((h) => h.rules.includes('E36'))).toBe(true);
  });
});

describe('9. swelling after knee surgery is effusion', () => {
  it('holds on the first, refers on a second within 14 days (E37)', () => {
    const base = continuous({
      injury: { type: 'acl_reconstruction', surgeryDate: '2026-02-02', weeksWithoutRunning: 36 },
      fitness: { painFreeWalkMinutes: 60, longestRecentRunMinutes: 15, preInjuryWeeklyRunMinutes: 0 },
      assessments: [passingAssessment('acl_reconstruction', '2026-10-01')],
    });
    const p = generatePlan(logUntil(base, '2026-11-16', (i) => ({ swelling: i === 1 || i === 4 })));
    const lights = p.history.map((h) => h.light);
    expect(lights[1]).toBe('orange');
    expect(p.history[1]!.rules).toContain('E37');
    expect(p.status).toBe('refer');
    expect(p.history.at(-1)!.rules).toContain('E37');
  });
});

describe('10. one change at a time; no single run carries the week', () => {
  it('with two running days the longer run stays within 55% of the week and says why', () => {
    const p = generatePlan(
      continuous({
        injury: { type: 'other_soft_tissue', weeksWithoutRunning: 3 },
        clearance: { level: 'full', date: '2026-11-01' },
        fitness: { painFreeWalkMinutes: 60, longestRecentRunMinutes: 20, preInjuryWeeklyRunMinutes: 0 },
        availability: { days: ['wed', 'sun'], maxSessionMinutes: 120, crossTraining: [] },
        goal: { kind: '10k', date: null },
      }),
    );
    const builds = p.weeks.filter((w) => w.phase === 'build' && w.sessions.filter(isRunning).length === 2);
    expect(builds.length).toBeGreaterThan(2);
    for (const w of builds) {
      const r = w.sessions.filter(isRunning);
      const long = Math.max(...r.map((s) => s.runMinutes));
      expect(long).toBeLessThanOrEqual(0.55 * w.totals.runMinutes + 2);
    }
    expect(
      runs(p).some((s) => s.explain.some((e) => e.rule === 'E38' && e.text.includes('two running days'))),
    ).toBe(true);
  });

  it('strength is never on consecutive days, even when every day is available', () => {
    const p = generatePlan(
      planRequest({
        availability: {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          maxSessionMinutes: 60,
          crossTraining: [],
        },
      }),
    );
    const days = allSessions(p)
      .filter((s) => s.kind === 'strength')
      .map((s) => s.date);
    for (let i = 1; i < days.length; i++) expect(addDays(days[i - 1]!, 1)).not.toBe(days[i]);
  });
});

describe('11. silence and stalls reach the clinician; a stage means its row', () => {
  it('3.5 weeks without a log after a red: a warning for the clinician (E39)', () => {
    const base = continuous({
      injury: { type: 'bsi_low_risk', weeksWithoutRunning: 8 },
      clearance: { level: 'walk_run', date: '2026-11-01' },
      assessments: [passingAssessment('bsi_low_risk', '2026-11-01')],
    });
    const logged = logUntil(base, '2026-11-10', (i) => (i === 3 ? { painDuring: 3 } : {}));
    const p = generatePlan({ ...logged, today: '2026-12-03' });
    expect(warning(p, 'no_log_since_flare')).toMatchObject({ audience: 'clinician', rules: ['E39'] });
  });

  it('two weeks of logged runs without progress tell the clinician (E39)', () => {
    const base = continuous({ injury: { type: 'achilles_tendinopathy', weeksWithoutRunning: 3 } });
    const p = generatePlan(logUntil(base, '2026-11-30', () => ({ warmupPainCleared: true })));
    expect(warning(p, 'no_progress')).toBeDefined();
  });

  it('a long gap at stage 1 says "start again from the first stage", never "step back 3 stages"', () => {
    const base = planRequest({
      startDate: '2026-11-02',
      today: '2026-11-02',
      injury: { weeksWithoutRunning: 20 },
      clearance: { date: '2026-11-01' },
    });
    const first = logUntil(base, '2026-11-03', () => ({}));
    const p = generatePlan({ ...first, today: '2026-11-30' });
    const gap = allSessions(p)
      .flatMap((s) => s.explain)
      .find((e) => e.rule === 'E15' && e.text.includes('since the last run'));
    expect(gap?.text).toContain('start again from the first stage');
  });

  it('a session limit holds the ladder at a stage that fits and the goal warning names it', () => {
    const p = generatePlan(
      planRequest({
        notes: [
          {
            date: '2026-11-20',
            author: 'J. Physio',
            text: 'max 20 minutes',
            restrictions: [{ code: 'max_session_minutes', value: 20, until: null }],
          },
        ],
        goal: { kind: '10k', date: null },
      }),
    );
    const ladder = LADDERS.standard.stages;
    for (const s of runs(p).filter((x) => x.kind === 'walk_run')) {
      if (s.stage === 1 && s.explain.some((e) => e.rule === 'E4')) continue;
      const row = ladder[s.stage! - 1]!;
      expect(s.runMinutes).toBe((row.repeats * row.runSeconds) / 60);
    }
    expect(warning(p, 'goal_not_reached')!.message).toMatch(/^Goal not reached.*session limit of 20 min/);
  });
});

describe('12–13. words for the right reader, in good German', () => {
  it('German: the client is told not to race in the nominative ("ein Lauf über 5 km ist …")', () => {
    const parsed = parsePlanRequest({
      ...continuous({
        injury: { type: 'hamstring_strain', weeksWithoutRunning: 3 },
        goal: { kind: '5k', date: '2026-12-27' },
      }),
      locale: 'de',
    });
    if (!parsed.ok) throw new Error('invalid');
    const advice = warning(generatePlan(parsed.value), 'race_not_advised')!;
    expect(advice.message).toContain('ein Lauf über 5 km ist');
    expect(advice.message).not.toMatch(/bei ein /);
  });

  it('unlogged strength and mobility are "not logged", not "missed"', () => {
    const p = generatePlan(planRequest({ today: '2026-12-10' }));
    const support = allSessions(p).filter((s) => s.date < '2026-12-10' && !isRunning(s) && s.kind !== 'walk');
    expect(support.length).toBeGreaterThan(0);
    for (const s of support) expect(s.status).toBe('not_logged');
  });

  it('default restrictions are explained as the injury’s standard, not as the clinician’s', () => {
    const p = generatePlan(planRequest());
    const first = runs(p)[0]!;
    const defaults = first.explain.find((e) => e.text.startsWith('Standard for this injury'));
    expect(defaults?.text).toContain('no hills');
    expect(
      first.explain.filter((e) => e.audience === 'clinician').every((e) => e.text.startsWith('Sources:')),
    ).toBe(true);
  });
});
