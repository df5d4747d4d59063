/**
 * Table tests per rule family: pure rule functions first, then the engine on small, readable
 * requests where one rule decides the outcome.
 */
import { describe, expect, it } from 'vitest';
import { passingAssessment } from '../../fixtures/assessments';
import { addDays, generatePlan, LADDERS, RULES } from '../../../src/engine';
import type { ClearanceLevel, InjuryType, Programme, SessionKind, SessionLog } from '../../../src/engine';
import { painLight } from '../../../src/engine/rules/pain-lights';
import { advanceAllowed, gapStepBack, startStage } from '../../../src/engine/rules/ladder-progression';
import { singleRunCap, weeklyCap } from '../../../src/engine/rules/load-caps';
import { pickRunDays } from '../../../src/engine/rules/scheduling';
import { planBuildWeek } from '../../../src/engine/rules/goal';
import { toDay } from '../../../src/engine/dates';
import { planRequest, sessionLog } from '../../fixtures/plan-request.builder';
import { allSessions, isRunning, runningSessions } from './helpers';

const tendon = { duringMax: 5, preferredMax: 3 };
const log = (fields: Partial<SessionLog>): SessionLog => sessionLog('w1-wed-walk_run', '2026-12-02', fields);

describe('pain lights (E14, §3.3)', () => {
  it.each([
    ['within limits', {}, 'green'],
    ['pain above preferred, within limit', { painDuring: 4 }, 'amber'],
    ['warm-up pain that cleared', { warmupPainCleared: true }, 'amber'],
    ['stopped early without pain', { completed: false }, 'amber'],
    ['new swelling', { swelling: true }, 'orange'],
    ['morning one point worse', { painNextMorning: 4 }, 'orange'],
    ['pain over the limit', { painDuring: 6 }, 'red'],
    ['pain built during the run', { painBuiltDuringRun: true }, 'red'],
    ['limp', { limp: true }, 'red'],
    ['warm-up pain that persisted', { warmupPainCleared: false }, 'red'],
    ['morning two points worse', { painNextMorning: 5 }, 'red'],
    ['red flag', { redFlags: ['night_pain'] }, 'refer'],
    ['not settled after 72 h', { settledWithin72h: false }, 'refer'],
  ] as const)('%s → %s', (_name, fields, light) => {
    const context = {
      limits: tendon,
      previousMorning: 3,
      weekLowMorning: null,
      postOpKnee: false,
      effusionWithin14Days: false,
      highRiskBone: false,
      earlyMuscleStrain: false,
    };
    expect(painLight(log(fields as Partial<SessionLog>), context).light).toBe(light);
  });

  it.each([
    ['bone', 'bsi_low_risk', 1, 'amber'],
    ['bone', 'bsi_low_risk', 3, 'red'],
    ['MTSS allows 4/10', 'mtss', 4, 'amber'],
    ['tendon allows 5/10', 'achilles_tendinopathy', 5, 'amber'],
    ['joint allows 2/10', 'patellofemoral_pain', 3, 'red'],
    ['post-op below 2/10', 'acl_reconstruction', 2, 'red'],
  ] as const)('%s: pain %i during a run is %s', (_name, type, pain, light) => {
    const request = planRequest({
      injury: { type, surgeryDate: '2026-06-01', deliveryDate: null },
      clearance: { level: 'walk_run', date: '2026-11-20', overrideTimeGate: true },
      today: '2026-12-03',
      logs: [],
    });
    const first = runningSessions(generatePlan(request))[0]!;
    const logged = generatePlan({
      ...request,
      logs: [sessionLog(first.id, first.date, { painDuring: pain, painNextMorning: 0, painAfter: 0 })],
    });
    expect(logged.history[0]?.light).toBe(light);
  });
});

describe('ladder progression (R4, §1.3)', () => {
  it.each([
    ['new runner', { experience: 'new' }, { weeksWithoutRunning: 2 }, 1],
    ['regular, off 6 weeks', {}, { weeksWithoutRunning: 6 }, 2],
    ['regular, off 3 weeks', {}, { weeksWithoutRunning: 3 }, 4],
    ['regular, off 1 week, mild', {}, { weeksWithoutRunning: 1, severity: 'mild' }, 5],
    [
      'returning runner, off 1 week',
      { experience: 'returning' },
      { weeksWithoutRunning: 1, severity: 'mild' },
      2,
    ],
    ['off 5 months', {}, { weeksWithoutRunning: 22 }, 1],
  ] as const)('%s starts at stage %i', (_name, client, injury, stage) => {
    const request = planRequest({ client, injury });
    expect(startStage(request, LADDERS.standard)).toBe(stage);
  });

  it.each([
    ['surgery', 'acl_reconstruction', 'post_op_knee'],
    ['bone stress', 'bsi_low_risk', 'conservative'],
    ['calf', 'calf_strain', 'short_interval'],
    ['postnatal', 'postnatal', 'postnatal'],
  ] as const)('%s uses its own ladder from stage 1', (_name, type, ladder) => {
    const request = planRequest({ injury: { type, weeksWithoutRunning: 1, severity: 'mild' } });
    expect(startStage(request, LADDERS[ladder])).toBe(1);
  });

  it('every ladder row cites a source', () => {
    for (const ladder of Object.values(LADDERS)) {
      for (const row of ladder.stages) expect(row.sources.length).toBeGreaterThan(0);
      expect(ladder.continuousSources.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [[], 10, true],
    [[5], 10, true],
    [[5, 8], 10, false],
    [[3, 8], 10, true],
  ])('advances on days %j: another on day %i allowed = %s', (days, day, allowed) => {
    expect(advanceAllowed(days, day)).toBe(allowed);
  });

  it.each([
    [3, 0],
    [6, 0],
    [7, 1],
    [13, 1],
    [14, 2],
  ])('a gap of %i days steps back %i stage(s)', (gap, steps) => {
    expect(gapStepBack(gap)).toBe(steps);
  });

  it('severe or recurrent soft-tissue injuries move to the conservative ladder', () => {
    const p = generatePlan(planRequest({ injury: { severity: 'severe' } }));
    const first = runningSessions(p)[0]!;
    expect(first.explain.some((e) => e.text.includes('S13'))).toBe(true);
  });
});

describe('scheduling (R3, E3, E5)', () => {
  it.each([
    ['spreads runs with rest days', [0, 1, 2, 3, 4, 5, 6], null, 3, false, [0, 2, 4]],
    ['respects the last run before the week', [0, 1, 2, 3, 4, 5, 6], -1, 3, false, [1, 3, 5]],
    ['never fills consecutive days without full clearance', [0, 1], null, 3, false, [0]],
    ['fills consecutive days when allowed', [0, 1], null, 3, true, [0, 1]],
  ] as const)('%s', (_name, days, last, target, consecutive, expected) => {
    expect(pickRunDays([...days], last, target, consecutive)).toEqual(expected);
  });

  it('max_sessions_per_week limits running sessions', () => {
    const p = generatePlan(
      planRequest({
        notes: [
          {
            date: '2026-11-20',
            author: 'J. Physio',
            text: 'Two runs a week',
            restrictions: [{ code: 'max_sessions_per_week', value: 2, until: null }],
          },
        ],
        availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
      }),
    );
    for (const week of p.weeks) expect(week.sessions.filter(isRunning).length).toBeLessThanOrEqual(2);
  });
});

describe('clearance gate (R1) and time gates (E1, E2)', () => {
  const kindsUnlocked = (p: Programme): Set<SessionKind> =>
    new Set(
      allSessions(p)
        .filter((s) => !s.locked)
        .map((s) => s.kind),
    );

  it.each([
    ['not_cleared', ['strength', 'mobility', 'cross_training'], 'awaiting_clearance'],
    ['walking', ['strength', 'mobility', 'cross_training', 'walk'], 'active'],
    ['walk_run', ['walk_run'], 'active'],
    ['continuous', ['walk_run', 'easy_run'], 'active'],
  ] as const)('%s unlocks %j', (level, kinds, status) => {
    const p = generatePlan(
      planRequest({
        clearance: { level: level as ClearanceLevel, date: '2026-11-20', reviewDate: '2026-12-15' },
        fitness: { painFreeWalkMinutes: level === 'walking' ? 20 : 30 },
      }),
    );
    const unlocked = kindsUnlocked(p);
    for (const kind of kinds) expect(unlocked.has(kind)).toBe(true);
    expect(p.status).toBe(status);
  });

  it('not cleared: strength, mobility and cross-training until the review, then the pathway locked', () => {
    const p = generatePlan(
      planRequest({ clearance: { level: 'not_cleared', date: '2026-11-20', reviewDate: '2026-12-15' } }),
    );
    expect(p.weeks[0]!.phase).toBe('pre_running');
    const runs = runningSessions(p);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((s) => s.locked && s.date >= '2026-12-15')).toBe(true);
    expect(runs[0]!.lockedReason).toContain('15 Dec 2026');
    expect(p.warnings[0]!.code).toBe('awaiting_clearance');
  });

  it.each([
    ['acl_reconstruction', 'surgeryDate', 84],
    ['knee_surgery_other', 'surgeryDate', 56],
    ['postnatal', 'deliveryDate', 84],
  ] as const)('%s: no running before the gate; an override lifts it and says so', (type, field, days) => {
    const anchor = '2026-11-01';
    const request = planRequest({
      injury: { type: type as InjuryType, [field]: anchor },
      fitness: { painFreeWalkMinutes: 30 },
    });
    const gated = generatePlan(request);
    const firstRun = runningSessions(gated)[0]!;
    expect(toDay(firstRun.date) - toDay(anchor)).toBeGreaterThanOrEqual(days);
    expect(gated.warnings.map((w) => w.code)).toContain('time_gate');
    // Walking fills the wait.
    expect(allSessions(gated).some((s) => s.kind === 'walk' && s.date < firstRun.date)).toBe(true);

    const overridden = generatePlan({
      ...request,
      clearance: { ...request.clearance, overrideTimeGate: true },
    });
    expect(runningSessions(overridden)[0]!.date < firstRun.date).toBe(true);
    expect(overridden.warnings.map((w) => w.code)).toContain('time_gate_overridden');
    expect(runningSessions(overridden).every((s) => s.explain.some((e) => e.rule === 'E2'))).toBe(true);
  });

  it('high-risk bone stress without imaging: running planned but locked until imaging confirms healing', () => {
    const p = generatePlan(planRequest({ injury: { type: 'bsi_high_risk' } }));
    expect(runningSessions(p).every((s) => s.locked)).toBe(true);
    const ladder = runningSessions(p).filter((s) => s.kind === 'walk_run');
    expect(ladder.length).toBeGreaterThan(0);
    expect(ladder.every((s) => s.explain.some((e) => e.rule === 'E1'))).toBe(true);
    expect(p.warnings.map((w) => w.code)).toContain('imaging_required');
    const healed = generatePlan(
      planRequest({
        injury: { type: 'bsi_high_risk', imagingConfirmedHealing: true },
        assessments: [passingAssessment('bsi_high_risk', '2026-12-01')],
      }),
    );
    expect(runningSessions(healed).some((s) => !s.locked)).toBe(true);
  });

  it('walking clearance: a walking phase towards 30 minutes, then the walk-run ladder locked', () => {
    const p = generatePlan(
      planRequest({ clearance: { level: 'walking' }, fitness: { painFreeWalkMinutes: 15 } }),
    );
    const walks = allSessions(p).filter((s) => s.kind === 'walk');
    expect(walks[0]!.durationMinutes).toBe(15);
    expect(walks.every((s) => !s.locked)).toBe(true);
    expect(p.weeks[0]!.phase).toBe('walking');
    expect(runningSessions(p).every((s) => s.locked)).toBe(true);
  });
});

describe('restrictions (E6) and cross-training (E7)', () => {
  it('no_hills until a date keeps routes flat until then, and names the restriction', () => {
    const p = generatePlan(
      planRequest({
        clearance: { level: 'full' },
        notes: [
          {
            date: '2026-11-20',
            author: 'J. Physio',
            text: 'No hills for 4 weeks',
            restrictions: [{ code: 'no_hills', until: '2026-12-18' }],
          },
        ],
      }),
    );
    const runs = runningSessions(p);
    for (const s of runs.filter((r) => r.date <= '2026-12-18')) {
      expect(s.surface).toBe('flat');
      expect(s.explain.some((e) => e.rule === 'E6' && e.text.includes('no hills'))).toBe(true);
    }
    expect(
      runs.some((s) => s.date > '2026-12-18' && s.explain.some((e) => e.text.includes('no hills'))),
    ).toBe(false);
  });

  it('ITB syndrome never plans cycling; the explanation says why', () => {
    const p = generatePlan(
      planRequest({
        injury: { type: 'itb_syndrome' },
        availability: {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          crossTraining: ['bike', 'swim'],
        },
      }),
    );
    const cross = allSessions(p).filter((s) => s.kind === 'cross_training');
    expect(cross.length).toBeGreaterThan(0);
    expect(cross.every((s) => s.modality === 'swim')).toBe(true);
    expect(cross[0]!.explain.some((e) => e.rule === 'E7' && e.text.includes('cycling'))).toBe(true);
  });

  it('max_session_minutes shortens sessions and says so', () => {
    const p = generatePlan(
      planRequest({
        notes: [
          {
            date: '2026-11-20',
            author: 'J. Physio',
            text: 'Short',
            restrictions: [{ code: 'max_session_minutes', value: 20, until: null }],
          },
        ],
      }),
    );
    for (const s of allSessions(p)) expect(s.durationMinutes).toBeLessThanOrEqual(20);
    expect(runningSessions(p)[0]!.explain.some((e) => e.rule === 'E4')).toBe(true);
  });
});

describe('load caps (R9, R10, E10)', () => {
  const runs = (list: Array<[number, number]>): Array<{ day: number; minutes: number; tolerated: boolean }> =>
    list.map(([day, minutes]) => ({ day, minutes, tolerated: true }));
  it.each([
    [
      '110% of the longest in 30 days',
      runs([
        [0, 20],
        [5, 30],
      ]),
      10,
      33,
    ],
    [
      'older runs do not count',
      runs([
        [0, 60],
        [40, 30],
      ]),
      45,
      33,
    ],
    ['nothing in 30 days', runs([[0, 30]]), 40, 0],
  ])('R9: %s', (_name, history, day, cap) => {
    expect(singleRunCap(history, day)).toBe(cap);
  });

  it.each([
    [[50, 60, 55], 70],
    [[100, 120, 90, 80], 132],
    [[200, 90, 100, 110, 120], 132],
    [[], 10],
  ])('R10: after weeks %j the cap is %i', (weeks, cap) => {
    expect(weeklyCap(weeks)).toBe(cap);
  });

  it('a cut-back week is 25% lighter; the week after returns to the earlier level, not past it', () => {
    const common = {
      weeklyCap: 130,
      singleRunCap: 60,
      goalLongRun: 70,
      easyTarget: 30,
      runs: 3,
      noLongRun: false,
      taper: null,
      peakWeekMinutes: 0,
      peakLongRun: 0,
      hold: null,
      lastLongRun: 50,
      longRunShare: 0.4,
      newQuality: false,
    } as const;
    const cut = planBuildWeek({
      ...common,
      lastWeekMinutes: 120,
      preCutbackMinutes: null,
      buildWeeksSinceCutback: 3,
    });
    expect(cut.cutback).toBe(true);
    expect(cut.budget).toBe(90);
    const after = planBuildWeek({
      ...common,
      lastWeekMinutes: 90,
      preCutbackMinutes: 120,
      buildWeeksSinceCutback: 0,
    });
    expect(after.budget).toBe(120);
  });
});

describe('goal phase (E11–E13)', () => {
  it('a goal date too close: the plan stays safe and warns with the earliest safe date', () => {
    const p = generatePlan(
      planRequest({ availability: { maxSessionMinutes: 90 }, goal: { kind: '10k', date: '2027-02-28' } }),
    );
    const warning = p.warnings.find((w) => w.code === 'goal_date_unsafe');
    expect(warning).toBeDefined();
    expect(warning!.earliestSafeDate! > '2027-02-28').toBe(true);
    expect(warning!.message).toContain('28 Feb 2027');
    expect(p.endDate).toBe('2027-02-28');
    // The same progression as without a date: the date does not compress it.
    const open = generatePlan(
      planRequest({ availability: { maxSessionMinutes: 90 }, goal: { kind: '10k', date: null } }),
    );
    const before = (x: Programme): number[] =>
      runningSessions(x)
        .filter((s) => s.date < '2027-02-14')
        .map((s) => s.runMinutes);
    expect(before(p)).toEqual(before(open));
  });

  it('a reachable goal date: build with one long run a week, a taper, and nothing on the goal day', () => {
    const p = generatePlan(
      planRequest({
        clearance: { level: 'full' },
        availability: { maxSessionMinutes: 90 },
        goal: { kind: '10k', date: '2027-06-06' },
      }),
    );
    expect(p.warnings.some((w) => w.code === 'goal_date_unsafe')).toBe(false);
    const build = p.weeks.filter((w) => w.phase === 'build' && !w.cutback);
    expect(build.length).toBeGreaterThan(3);
    for (const week of build) expect(week.sessions.filter((s) => s.title.startsWith('Long')).length).toBe(1);
    expect(p.weeks.at(-1)!.phase).toBe('taper');
    expect(p.weeks.some((w) => w.cutback)).toBe(true);
    expect(allSessions(p).some((s) => s.date === '2027-06-06')).toBe(false);
  });

  it('strides come only after full clearance and a base of three 30-minute runs', () => {
    const p = generatePlan(
      planRequest({
        clearance: { level: 'full' },
        availability: { maxSessionMinutes: 90 },
        goal: { kind: '10k', date: '2027-06-06' },
      }),
    );
    const runsList = runningSessions(p);
    const firstStrides = runsList.findIndex((s) => s.kind === 'strides');
    expect(firstStrides).toBeGreaterThan(0);
    expect(
      runsList.slice(0, firstStrides).filter((s) => s.kind === 'easy_run' && s.runMinutes >= 30).length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('strength and mobility exercises (R12)', () => {
  const names = (type: InjuryType): string => {
    const p = generatePlan(
      planRequest({ injury: { type, surgeryDate: '2026-11-01', deliveryDate: '2026-11-01' } }),
    );
    return allSessions(p)
      .filter((s) => s.kind === 'strength')
      .flatMap((s) => s.exercises.map((e) => e.name))
      .join(' | ');
  };
  it.each([
    ['achilles_tendinopathy', ['straight knee', 'bent knee']],
    ['calf_strain', ['bent knee']],
    ['itb_syndrome', ['hip abduction', 'Hip hitch']],
    ['patellofemoral_pain', ['hip abduction', 'Step-up']],
    ['hamstring_strain', ['Nordic', 'bridge']],
    ['postnatal', ['Pelvic floor']],
    ['acl_reconstruction', ['Quadriceps']],
  ] as const)('%s includes %j', (type, expected) => {
    const list = names(type);
    for (const word of expected) expect(list).toContain(word);
  });

  it('every exercise has sets, reps or seconds, and a cue', () => {
    const p = generatePlan(planRequest({ locale: 'de' }));
    for (const s of allSessions(p).filter((x) => x.kind === 'strength' || x.kind === 'mobility')) {
      for (const e of s.exercises) {
        expect(e.sets).toBeGreaterThan(0);
        expect((e.reps ?? 0) > 0 || (e.seconds ?? 0) > 0).toBe(true);
        expect(e.notes.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('explanations and locale', () => {
  it('German requests get German text throughout', () => {
    const p = generatePlan(planRequest({ locale: 'de' }));
    const first = runningSessions(p)[0]!;
    expect(first.title).toBe('Geh-Lauf, Stufe 2');
    expect(first.effort.talkTest).toBe('ganze Sätze');
    expect(p.weeks[0]!.focus).toContain('Laufintervalle');
  });

  it('rule ids in use are all documented', () => {
    const p = generatePlan(planRequest());
    for (const s of allSessions(p)) for (const e of s.explain) expect(RULES).toHaveProperty(e.rule);
  });

  it('dates in the programme are consecutive weeks from the start', () => {
    const p = generatePlan(planRequest());
    p.weeks.forEach((w, i) => expect(w.startDate).toBe(addDays('2026-12-01', i * 7)));
  });
});

describe('a stage shortened to fit the session limit says what the card shows (E4)', () => {
  it('names the repeats and minutes of the fitted session next to the full stage', () => {
    const p = generatePlan(
      planRequest({
        notes: [
          {
            date: '2026-12-01',
            author: 'J. Physio',
            text: 'Short sessions only',
            restrictions: [{ code: 'max_session_minutes', value: 12, until: null }],
          },
        ],
      }),
    );
    const first = runningSessions(p).find((s) => s.kind === 'walk_run' && !s.locked)!;
    const fitted = first.explain.find((e) => e.i18n?.id === 'explain.stage_fitted');
    expect(fitted).toBeDefined();
    const repeat = first.blocks.find((b) => b.type === 'repeat');
    const repeats = repeat && repeat.type === 'repeat' ? repeat.times : 1;
    expect(fitted!.text).toMatch(new RegExp(`^Today that is ${repeats} ×`));
    expect(first.durationMinutes).toBeLessThanOrEqual(12);
  });
});
