/**
 * Pain adaptation from logs (plan-engine.md rule 9, issue 3 §4): lights, the actions they cause,
 * referral, gaps, and what stays stable when logs come in.
 */
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../src/engine';
import type { PlanRequest, Programme, Session } from '../../../src/engine';
import { LOG_PRESETS, planRequest, sessionLog } from '../../fixtures/plan-request.builder';
import { allSessions, isRunning, runningSessions } from './helpers';

// Baseline: start Tue 1 Dec 2026; runs Wed 2, Fri 4, Sun 6, Wed 9 … at stage 2 first.
const base = (overrides: Partial<PlanRequest> = {}): PlanRequest =>
  planRequest({ goal: { kind: '10k', date: null }, ...overrides });

const session = (p: Programme, id: string): Session => {
  const found = allSessions(p).find((s) => s.id === id);
  if (!found) throw new Error(`no session ${id}`);
  return found;
};
const runsAfter = (p: Programme, date: string): Session[] => runningSessions(p).filter((s) => s.date > date);

describe('pain adaptation from logs', () => {
  it('the baseline runs Wed, Fri, Sun at stages 2, 2, 3', () => {
    const p = generatePlan(base());
    expect(
      runningSessions(p)
        .slice(0, 3)
        .map((s) => [s.id, s.stage]),
    ).toEqual([
      ['w1-wed-walk_run', 2],
      ['w1-fri-walk_run', 2],
      ['w1-sun-walk_run', 3],
    ]);
  });

  it('a report that the session did not happen counts as missed, not as stopped early', () => {
    const missed = sessionLog('w1-wed-walk_run', '2026-12-02', {
      completed: false,
      actualRunMinutes: 0,
      rpe: null,
      painDuring: null,
      painAfter: null,
      painNextMorning: null,
    });
    const reported = generatePlan(base({ today: '2026-12-03', logs: [missed] }));
    const unreported = generatePlan(base({ today: '2026-12-03' }));
    expect(session(reported, 'w1-wed-walk_run').status).toBe('missed');
    expect(reported.weeks).toEqual(unreported.weeks);
    expect(reported.history).toEqual(unreported.history);
  });

  it('red: two clear days without running, then one stage down', () => {
    const p = generatePlan(
      base({ today: '2026-12-03', logs: [sessionLog('w1-wed-walk_run', '2026-12-02', LOG_PRESETS.red)] }),
    );
    expect(p.history).toEqual([
      {
        sessionId: 'w1-wed-walk_run',
        date: '2026-12-02',
        light: 'red',
        action: 'step_back',
        rules: ['E14', 'R6', 'E22', 'E23'],
        logIndex: 0,
      },
    ]);
    const next = runsAfter(p, '2026-12-02')[0]!;
    expect(next.date >= '2026-12-05').toBe(true);
    expect(next.stage).toBe(1);
    // The Friday run became a rest day from running, with cross-training offered instead.
    const friday = allSessions(p).filter((s) => s.date === '2026-12-04');
    expect(friday.some(isRunning)).toBe(false);
    expect(friday.find((s) => s.kind === 'cross_training')?.explain[0]?.rule).toBe('R6');
    expect(session(p, 'w1-wed-walk_run').status).toBe('done');
  });

  it('amber: warm-up pain repeats the stage; acceptable pain that settled counts (E35); two greens advance', () => {
    const warmup = generatePlan(
      base({
        today: '2026-12-03',
        logs: [sessionLog('w1-wed-walk_run', '2026-12-02', { warmupPainCleared: true })],
      }),
    );
    expect(warmup.history[0]).toMatchObject({ light: 'amber', action: 'repeat' });
    expect(session(warmup, 'w1-sun-walk_run').stage).toBe(2);
    // 4/10 in an Achilles tendon is within its limit of 5, and the morning stayed at 1/10.
    const acceptable = generatePlan(
      base({ today: '2026-12-03', logs: [sessionLog('w1-wed-walk_run', '2026-12-02', LOG_PRESETS.amber)] }),
    );
    expect(acceptable.history[0]).toMatchObject({ light: 'amber', action: 'count_success' });
    expect(acceptable.history[0]!.rules).toContain('E35');

    const greens = generatePlan(
      base({
        today: '2026-12-05',
        logs: [sessionLog('w1-wed-walk_run', '2026-12-02'), sessionLog('w1-fri-walk_run', '2026-12-04')],
      }),
    );
    expect(greens.history.map((h) => [h.light, h.action])).toEqual([
      ['green', 'count_success'],
      ['green', 'advance'],
    ]);
    expect(session(greens, 'w1-sun-walk_run').stage).toBe(3);
    expect(greens.currentStage).toBe(3);
  });

  it('orange: one day off running, then the same stage again', () => {
    // Full clearance, Monday and Tuesday only: the plan runs on both days when nothing happens.
    const request = base({
      startDate: '2026-11-30',
      today: '2026-11-30',
      injury: { ...base().injury, type: 'other_soft_tissue', weeksWithoutRunning: 6 },
      clearance: {
        level: 'full',
        date: '2026-11-20',
        by: 'J. Physio',
        reviewDate: null,
        overrideTimeGate: false,
        overrideSportGate: false,
      },
      availability: { days: ['mon', 'tue'], maxSessionMinutes: 60, crossTraining: ['swim'] },
    });
    const plain = generatePlan(request);
    expect(
      runningSessions(plain)
        .slice(0, 2)
        .map((s) => s.date),
    ).toEqual(['2026-11-30', '2026-12-01']);
    const orange = generatePlan({
      ...request,
      today: '2026-12-01',
      logs: [sessionLog('w1-mon-walk_run', '2026-11-30', LOG_PRESETS.orange)],
    });
    expect(orange.history[0]).toMatchObject({ light: 'orange', action: 'rest_repeat' });
    expect(
      allSessions(orange)
        .filter((s) => s.date === '2026-12-01')
        .some(isRunning),
    ).toBe(false);
    expect(runsAfter(orange, '2026-11-30')[0]!.stage).toBe(session(orange, 'w1-mon-walk_run').stage);
  });

  it('a red flag refers: status refer, every later running session locked, a critical warning', () => {
    const p = generatePlan(
      base({
        today: '2026-12-05',
        logs: [sessionLog('w1-fri-walk_run', '2026-12-04', { redFlags: ['night_pain'] })],
      }),
    );
    expect(p.status).toBe('refer');
    expect(p.history[0]).toMatchObject({ light: 'refer', action: 'refer' });
    const later = runsAfter(p, '2026-12-04');
    expect(later.length).toBeGreaterThan(0);
    for (const s of later) {
      expect(s.locked).toBe(true);
      expect(s.lockedReason).toContain('night pain');
      expect(s.explain.some((e) => e.rule === 'E16')).toBe(true);
    }
    expect(p.warnings[0]).toMatchObject({ code: 'refer_to_clinician', severity: 'critical' });
    // Strength and cross-training stay available.
    expect(
      allSessions(p)
        .filter((s) => s.date > '2026-12-04' && s.kind === 'strength')
        .every((s) => !s.locked),
    ).toBe(true);
  });

  it('two reds within 14 days refer; symptoms not settled after 72 h refer', () => {
    const twoReds = generatePlan(
      base({
        today: '2026-12-10',
        logs: [
          sessionLog('w1-wed-walk_run', '2026-12-02', LOG_PRESETS.red),
          sessionLog('w1-sun-walk_run', '2026-12-06', LOG_PRESETS.red),
        ],
      }),
    );
    expect(twoReds.status).toBe('refer');
    expect(twoReds.history.map((h) => h.action)).toEqual(['step_back', 'refer']);

    const unsettled = generatePlan(
      base({
        today: '2026-12-03',
        logs: [sessionLog('w1-wed-walk_run', '2026-12-02', { settledWithin72h: false })],
      }),
    );
    expect(unsettled.status).toBe('refer');
  });

  it('a clearance recorded after the referral reopens running', () => {
    const logs = [sessionLog('w1-fri-walk_run', '2026-12-04', { redFlags: ['bony_tenderness'] })];
    const reopened = generatePlan(
      base({
        today: '2026-12-10',
        logs,
        clearance: {
          level: 'walk_run',
          date: '2026-12-08',
          by: 'Dr. Review',
          reviewDate: null,
          overrideTimeGate: false,
          overrideSportGate: false,
        },
      }),
    );
    expect(reopened.status).toBe('active');
    const later = runsAfter(reopened, '2026-12-10');
    expect(later.some((s) => !s.locked)).toBe(true);
    expect(later.every((s) => s.explain.every((e) => e.rule !== 'E16'))).toBe(true);
  });

  it('missed sessions: under 7 days resume at the same stage, longer gaps step back', () => {
    const short = generatePlan(
      base({
        today: '2026-12-07',
        logs: [sessionLog('w1-wed-walk_run', '2026-12-02'), sessionLog('w1-fri-walk_run', '2026-12-04')],
      }),
    );
    expect(session(short, 'w1-sun-walk_run').status).toBe('missed');
    const resumed = runsAfter(short, '2026-12-06')[0]!;
    expect(resumed.stage).toBe(3);
    expect(short.history.at(-1)).toMatchObject({ sessionId: resumed.id, light: null, action: 'gap_resume' });

    const long = generatePlan(
      base({ today: '2026-12-20', logs: [sessionLog('w1-wed-walk_run', '2026-12-02')] }),
    );
    expect(long.history.some((h) => h.action === 'gap_step_back' && h.rules.includes('E15'))).toBe(true);
    expect(runsAfter(long, '2026-12-19')[0]!.stage).toBe(1);
  });

  it('past sessions keep their logged status; ids stay stable as logs come in', () => {
    const first = generatePlan(base());
    const logged = generatePlan(
      base({
        today: '2026-12-05',
        logs: [
          sessionLog('w1-wed-walk_run', '2026-12-02'),
          sessionLog('w1-fri-walk_run', '2026-12-04', { completed: false }),
        ],
      }),
    );
    expect(session(logged, 'w1-wed-walk_run').status).toBe('done');
    expect(session(logged, 'w1-fri-walk_run').status).toBe('stopped');
    expect(session(logged, 'w1-mon-strength').status).toBe('planned');
    const idsBefore = (p: Programme): string[] =>
      allSessions(p)
        .filter((s) => s.date < '2026-12-05')
        .map((s) => s.id);
    expect(idsBefore(logged)).toEqual(idsBefore(first));
    expect(logged.history[1]).toMatchObject({ light: 'amber', action: 'repeat' });
  });

  it('a log that matches no session still counts for red flags, with a warning', () => {
    const p = generatePlan(
      base({
        today: '2026-12-04',
        logs: [sessionLog('w1-thu-easy_run', '2026-12-03', { redFlags: ['calf_swelling'] })],
      }),
    );
    expect(p.status).toBe('refer');
    expect(p.warnings.map((w) => w.code)).toContain('log_unmatched');
    expect(p.history[0]).toMatchObject({ sessionId: 'w1-thu-easy_run', light: 'refer' });
  });

  it('regression: dropping back to the ladder never puts a walk-run on the day after a run (bone stress)', () => {
    // Found by the log property test: a 10-minute cap forces continuous runs back to the ladder.
    const request = base({
      startDate: '2027-01-08',
      today: '2027-01-15',
      client: {
        name: 'Random Client',
        birthDate: null,
        sex: 'unspecified',
        experience: 'new',
        redsSigns: [],
        breastfeeding: false,
      },
      injury: { ...base().injury, type: 'bsi_low_risk', weeksWithoutRunning: 0, severity: 'mild' },
      clearance: {
        level: 'full',
        date: '2027-01-08',
        by: 'Dr. Test',
        reviewDate: null,
        overrideTimeGate: false,
        overrideSportGate: false,
      },
      fitness: { painFreeWalkMinutes: 30, longestRecentRunMinutes: 30, preInjuryWeeklyRunMinutes: 0 },
      availability: { days: ['sat', 'sun'], maxSessionMinutes: 10, crossTraining: [] },
      goal: { kind: 'run_30min', date: null },
      logs: [
        sessionLog('w1-sat-easy_run', '2027-01-09', {
          completed: false,
          redFlags: ['night_pain'],
          limp: true,
        }),
        sessionLog('w1-sun-easy_run', '2027-01-10', { completed: false, limp: true }),
      ],
    });
    const runs = runningSessions(generatePlan(request));
    for (let i = 1; i < runs.length; i++) {
      const consecutive = Date.parse(runs[i]!.date) - Date.parse(runs[i - 1]!.date) === 86_400_000;
      if (consecutive) expect(runs[i]!.kind).not.toBe('walk_run');
    }
  });
});

describe('next-morning pain not recorded yet (R5)', () => {
  it('a green run without next-morning pain is repeated, not counted, until the morning is entered', () => {
    const sameDay = sessionLog('w1-wed-walk_run', '2026-12-02', {
      ...LOG_PRESETS.green,
      painNextMorning: null,
    });
    const pending = generatePlan(base({ today: '2026-12-02', logs: [sameDay] }));
    expect(pending.history[0]).toMatchObject({ light: 'green', action: 'repeat', rules: ['R5'] });
    const entered = generatePlan(base({ today: '2026-12-03', logs: [{ ...sameDay, painNextMorning: 0 }] }));
    expect(entered.history[0]?.action).toBe('count_success');
    // Two runs without their mornings do not finish the stage: Sunday stays at stage 2, not 3.
    const friday = sessionLog('w1-fri-walk_run', '2026-12-04', {
      ...LOG_PRESETS.green,
      painNextMorning: null,
    });
    const twoPending = generatePlan(base({ today: '2026-12-04', logs: [sameDay, friday] }));
    expect(session(twoPending, 'w1-sun-walk_run').stage).toBe(2);
    const twoEntered = generatePlan(
      base({
        today: '2026-12-05',
        logs: [
          { ...sameDay, painNextMorning: 1 },
          { ...friday, painNextMorning: 1 },
        ],
      }),
    );
    expect(session(twoEntered, 'w1-sun-walk_run').stage).toBe(3);
  });
});
