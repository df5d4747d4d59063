/**
 * E41: the clinician's adjustments on a real request (the test baseline: Achilles tendinopathy,
 * walk-run clearance, runs on Wed 2, Fri 4 and Sun 6 Dec 2026, strength Fri 4 and Mon 7, the week
 * running Tue 1 to Mon 7 Dec). Each action, its words in English and German, the refusals, and the
 * same adjustments surviving a re-plan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanRequest } from '../../../src/contract/plan';
import { generatePlan } from '../../../src/engine';
import type {
  PlanAdjustment,
  PlanRequest,
  Programme,
  Session,
  SessionAdjustmentAction,
} from '../../../src/engine';
import type { LogFamily } from '../../../src/engine';
import { planRequest, sessionLog } from '../../fixtures/plan-request.builder';
import { allSessions, isRunning } from './helpers';

const adj = (
  id: string,
  date: string,
  kind: LogFamily,
  action: SessionAdjustmentAction,
  at = '2026-12-01',
): PlanAdjustment => ({ id, date, kind, action, by: 'J. Physio', at, reason: 'Sore after the weekend' });

const hold = (id: string, date: string): PlanAdjustment => ({
  id,
  date,
  action: { type: 'hold_week' },
  by: 'J. Physio',
  at: '2026-12-01',
  reason: 'Busy week at work',
});

const run = (p: Programme, date: string): Session | undefined =>
  allSessions(p).find((s) => s.date === date && isRunning(s));
const notApplied = (p: Programme): string =>
  p.warnings.find((w) => w.code === 'adjustment_not_applied')?.message ?? '';
const with_ = (r: PlanRequest, adjustments: PlanAdjustment[]): PlanRequest => ({ ...r, adjustments });

describe('E41: clinician adjustments', () => {
  const base = planRequest();
  const proposed = generatePlan(base);

  it('the baseline proposes runs on 2, 4 and 6 Dec', () => {
    expect(['2026-12-02', '2026-12-04', '2026-12-06'].map((d) => run(proposed, d)?.kind)).toEqual([
      'walk_run',
      'walk_run',
      'walk_run',
    ]);
  });

  it('shorten: the walk-run is cut to the new length, says so, and the week runs less', () => {
    const p = generatePlan(with_(base, [adj('a1', '2026-12-02', 'run', { type: 'shorten', minutes: 20 })]));
    const s = run(p, '2026-12-02')!;
    expect(s.durationMinutes).toBeLessThanOrEqual(20);
    expect(s.runMinutes).toBeGreaterThanOrEqual(1);
    expect(s.runMinutes).toBeLessThanOrEqual(run(proposed, '2026-12-02')!.runMinutes);
    expect(s.stage).toBe(run(proposed, '2026-12-02')!.stage);
    expect(s.adjusted).toEqual({
      id: 'a1',
      action: { type: 'shorten', minutes: 20 },
      by: 'J. Physio',
      at: '2026-12-01',
      reason: 'Sore after the weekend',
    });
    const lines = s.explain.filter((e) => e.rule === 'E41').map(({ i18n: _, ...line }) => line);
    expect(lines).toEqual([
      { rule: 'E41', audience: 'client', text: 'Shortened to 20 min by J. Physio.' },
      {
        rule: 'E41',
        audience: 'clinician',
        text: 'Shortened from 30 to 20 min by J. Physio on 1 Dec 2026: Sore after the weekend.',
      },
    ]);
    expect(p.weeks[0]!.totals.runMinutes).toBeLessThanOrEqual(proposed.weeks[0]!.totals.runMinutes);
  });

  it('German: the same adjustment in German, dates as the locale writes them', () => {
    const p = generatePlan(
      with_(planRequest({ locale: 'de' }), [
        adj('a1', '2026-12-02', 'run', { type: 'shorten', minutes: 20 }),
      ]),
    );
    const texts = run(p, '2026-12-02')!
      .explain.filter((e) => e.rule === 'E41')
      .map((e) => e.text);
    expect(texts).toEqual([
      'Auf 20 Min. gekürzt durch J. Physio.',
      'Von 30 auf 20 Min. gekürzt durch J. Physio am 01.12.2026: Sore after the weekend.',
    ]);
  });

  it('move: the run moves within its week, to a day the client did not offer, and a log there attaches', () => {
    const moved = with_(base, [adj('m1', '2026-12-06', 'run', { type: 'move', toDate: '2026-12-07' })]);
    const p = generatePlan(moved);
    expect(run(p, '2026-12-06')).toBeUndefined();
    const s = run(p, '2026-12-07')!;
    expect(s.id).toBe('w1-mon-walk_run');
    expect(s.adjusted?.action).toEqual({ type: 'move', toDate: '2026-12-07' });
    expect(s.explain.filter((e) => e.rule === 'E41').map((e) => e.text)).toContain(
      'Moved from 6 Dec 2026 to 7 Dec 2026 by J. Physio on 1 Dec 2026: Sore after the weekend.',
    );
    expect(p.weeks[0]!.totals.runMinutes).toBe(proposed.weeks[0]!.totals.runMinutes);
    const logged = generatePlan({
      ...moved,
      today: '2026-12-08',
      logs: [{ ...sessionLog('any', '2026-12-07'), kind: 'run' }],
    });
    expect(run(logged, '2026-12-07')!.status).toBe('done');
    expect(logged.warnings.map((w) => w.code)).not.toContain('log_unmatched');
  });

  it('move to a day the client does not offer says so to the clinician', () => {
    const p = generatePlan(
      with_(base, [adj('m1', '2026-12-02', 'strength', { type: 'move', toDate: '2026-12-01' })]),
    );
    // Strength is planned on Fri 4 and Mon 7 only; Wed 2 holds none, so nothing moves.
    expect(notApplied(p)).toBe(
      'Adjustments not applied, the plan keeps those sessions as the rules allow: strength on 2 Dec 2026, move to 1 Dec 2026: no such session is planned on that day any more.',
    );
    const q = generatePlan(
      with_(base, [adj('m2', '2026-12-04', 'strength', { type: 'move', toDate: '2026-12-05' })]),
    );
    const s = allSessions(q).find((x) => x.kind === 'strength' && x.date === '2026-12-05')!;
    expect(s.explain.map((e) => e.text)).toContain(
      "5 Dec 2026 is not one of the client's available days: check that it suits them.",
    );
  });

  it('move is refused when it puts runs on consecutive days (no_consecutive_days), with the reason in words', () => {
    const full = planRequest({
      clearance: { level: 'full', date: '2026-11-20' },
      notes: [
        {
          date: '2026-11-20',
          author: 'J. Physio',
          text: 'No running on consecutive days',
          restrictions: [{ code: 'no_consecutive_days', value: null, until: null }],
        },
      ],
    });
    const before = generatePlan(full);
    const day = allSessions(before).find((s) => isRunning(s) && s.date < '2026-12-08')!;
    const next = allSessions(before).find((s) => isRunning(s) && s.date > day.date)!;
    const to = addDay(next.date, -1) === day.date ? addDay(next.date, 1) : addDay(next.date, -1);
    const p = generatePlan(with_(full, [adj('c1', day.date, 'run', { type: 'move', toDate: to })]));
    expect(JSON.stringify(p.weeks[0])).toBe(JSON.stringify(before.weeks[0]));
    expect(notApplied(p)).toContain('running would fall on consecutive days');
    expect(notApplied(p)).toContain(`a run on ${words(day.date)}`);
    expect(notApplied(p)).not.toContain('c1');
    expect(p.warnings.find((w) => w.code === 'adjustment_not_applied')?.adjustmentIds).toEqual(['c1']);
  });

  it('move of a past session is refused; a move made before the day still applies once it is past', () => {
    const past = generatePlan({
      ...with_(base, [adj('p1', '2026-12-04', 'run', { type: 'move', toDate: '2026-12-07' }, '2026-12-05')]),
      today: '2026-12-05',
    });
    expect(notApplied(past)).toContain('the session was already in the past when it was adjusted');
    const earlier = generatePlan({
      ...with_(base, [adj('p2', '2026-12-06', 'run', { type: 'move', toDate: '2026-12-07' })]),
      today: '2026-12-10',
    });
    expect(run(earlier, '2026-12-07')?.adjusted?.id).toBe('p2');
  });

  it('shorten upwards is refused', () => {
    const p = generatePlan(with_(base, [adj('u1', '2026-12-02', 'run', { type: 'shorten', minutes: 45 })]));
    expect(run(p, '2026-12-02')!.durationMinutes).toBe(30);
    expect(notApplied(p)).toContain(
      'a run on 2 Dec 2026, shorten to 45 min: the new length is not shorter than the planned 30 min',
    );
  });

  it('skip: the run becomes a rest slot, the week runs less, and the clinician sees who skipped it', () => {
    const p = generatePlan(with_(base, [adj('s1', '2026-12-04', 'run', { type: 'skip' })]));
    expect(run(p, '2026-12-04')).toBeUndefined();
    expect(p.weeks[0]!.totals.runMinutes).toBeLessThanOrEqual(
      proposed.weeks[0]!.totals.runMinutes - run(proposed, '2026-12-04')!.runMinutes,
    );
    expect(p.warnings.find((w) => w.code === 'sessions_skipped')?.message).toBe(
      'Skipped by the clinician: a run on 4 Dec 2026 (by J. Physio: Sore after the weekend).',
    );
    // One success fewer on the ladder: the next run is not at a higher stage than proposed.
    expect(run(p, '2026-12-06')!.stage!).toBeLessThanOrEqual(run(proposed, '2026-12-06')!.stage!);
  });

  it('swap: the run becomes cross-training of the same length in an allowed modality', () => {
    const p = generatePlan(with_(base, [adj('w1', '2026-12-04', 'run', { type: 'swap_cross_training' })]));
    expect(run(p, '2026-12-04')).toBeUndefined();
    const cross = allSessions(p).find((s) => s.date === '2026-12-04' && s.kind === 'cross_training')!;
    expect(cross.modality).toBe('bike');
    expect(cross.durationMinutes).toBe(run(proposed, '2026-12-04')!.durationMinutes);
    expect(cross.adjusted?.action.type).toBe('swap_cross_training');
    expect(cross.explain.some((e) => e.rule === 'E41' && e.audience === 'client')).toBe(true);
    const swim = generatePlan(
      with_(base, [adj('w2', '2026-12-04', 'run', { type: 'swap_cross_training', modality: 'swim' })]),
    );
    expect(
      allSessions(swim).find((s) => s.date === '2026-12-04' && s.kind === 'cross_training')?.modality,
    ).toBe('swim');
  });

  it('swap is refused when cycling is restricted and it is the only modality', () => {
    const bikeOnly = planRequest({
      availability: { crossTraining: ['bike'] },
      notes: [
        {
          date: '2026-11-20',
          author: 'J. Physio',
          text: 'No cycling',
          restrictions: [{ code: 'no_cycling', value: null, until: null }],
        },
      ],
    });
    const p = generatePlan(
      with_(bikeOnly, [adj('w3', '2026-12-04', 'run', { type: 'swap_cross_training' })]),
    );
    expect(run(p, '2026-12-04')).toBeDefined();
    expect(notApplied(p)).toContain(
      "a run on 4 Dec 2026, swap for cross-training: none of the client's cross-training is allowed that day",
    );
  });

  it('hold_week: the week repeats the last one: no stage advance, no more running, held by whom', () => {
    const p = generatePlan(with_(base, [hold('h1', '2026-12-10')]));
    const week2 = p.weeks[1]!;
    const lastStage = Math.max(...proposed.weeks[0]!.sessions.filter(isRunning).map((s) => s.stage ?? 0));
    for (const s of week2.sessions.filter(isRunning)) {
      expect(s.stage).toBeLessThanOrEqual(lastStage);
      expect(s.explain.map((e) => e.text)).toContain(
        "This week repeats last week's load, held by J. Physio: no step up this week.",
      );
    }
    expect(week2.totals.runMinutes).toBeLessThan(proposed.weeks[1]!.totals.runMinutes);
    expect(p.weeks[0]).toEqual(proposed.weeks[0]);
  });

  it('the later of two adjustments of the same session wins', () => {
    const p = generatePlan(
      with_(base, [
        adj('b', '2026-12-02', 'run', { type: 'shorten', minutes: 25 }, '2026-12-01'),
        adj('a', '2026-12-02', 'run', { type: 'shorten', minutes: 15 }, '2026-11-30'),
      ]),
    );
    expect(run(p, '2026-12-02')!.adjusted?.id).toBe('b');
    expect(run(p, '2026-12-02')!.durationMinutes).toBeLessThanOrEqual(25);
    expect(run(p, '2026-12-02')!.durationMinutes).toBeGreaterThan(15);
  });

  it('survives a re-plan: a new clearance keeps the adjustments on their dates; a restriction that removes a run says so in words', () => {
    const adjustments = [
      adj('r1', '2026-12-02', 'run', { type: 'shorten', minutes: 20 }),
      adj('r2', '2026-12-06', 'run', { type: 'skip' }),
    ];
    const cleared = generatePlan(
      with_(
        planRequest({
          clearance: { level: 'continuous', date: '2026-11-20' },
          fitness: { longestRecentRunMinutes: 15 },
        }),
        adjustments,
      ),
    );
    expect(run(cleared, '2026-12-02')?.kind).toBe('easy_run');
    expect(run(cleared, '2026-12-02')?.adjusted?.id).toBe('r1');
    expect(run(cleared, '2026-12-02')!.durationMinutes).toBeLessThanOrEqual(20);
    expect(run(cleared, '2026-12-06')).toBeUndefined();
    const limited = generatePlan(
      with_(
        planRequest({
          notes: [
            {
              date: '2026-11-20',
              author: 'J. Physio',
              text: 'Two runs a week',
              restrictions: [{ code: 'max_sessions_per_week', value: 2, until: null }],
            },
          ],
        }),
        adjustments,
      ),
    );
    expect(run(limited, '2026-12-02')?.adjusted?.id).toBe('r1');
    expect(notApplied(limited)).toContain(
      'a run on 6 Dec 2026, skip: no such session is planned on that day any more',
    );
  });

  it('an example request with adjustments parses, plans the same way twice, and keeps its goldens without them', () => {
    const raw = JSON.parse(readFileSync('examples/achilles-walk-run-10k.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const parsed = parsePlanRequest({
      ...raw,
      adjustments: [
        { ...adj('x1', '2026-12-02', 'run', { type: 'shorten', minutes: 20 }) },
        {
          id: 'x2',
          date: '2026-12-15',
          action: { type: 'hold_week' },
          by: 'J. Physio',
          at: '2026-12-01',
          reason: 'Travel',
        },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(JSON.stringify(generatePlan(parsed.value))).toBe(JSON.stringify(generatePlan(parsed.value)));
    const plain = parsePlanRequest(raw);
    expect(plain.ok && 'adjustments' in plain.value).toBe(false);
  });
});

describe('E41: the adjustment contract', () => {
  const raw = JSON.parse(readFileSync('examples/achilles-walk-run-10k.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const good = {
    id: 'a',
    date: '2026-12-02',
    kind: 'run',
    action: { type: 'skip' },
    by: 'J. Physio',
    at: '2026-12-01',
    reason: 'Sore',
  };
  const issues = (adjustments: unknown): string[] => {
    const result = parsePlanRequest({ ...raw, adjustments });
    return result.ok ? [] : result.issues.map((i) => `${i.path} ${i.message}`);
  };

  it.each([
    ['a hold with a session kind', [{ ...good, action: { type: 'hold_week' } }], 'kind'],
    ['a session adjustment without a kind', [{ ...good, kind: undefined }], 'kind'],
    ['zero minutes', [{ ...good, action: { type: 'shorten', minutes: 0 } }], 'minutes'],
    ['more than 360 minutes', [{ ...good, action: { type: 'shorten', minutes: 361 } }], 'minutes'],
    ['an unknown field', [{ ...good, extra: 1 }], ''],
    ['a date that does not exist', [{ ...good, date: '2026-02-30' }], 'date'],
    ['an id longer than 40 characters', [{ ...good, id: 'x'.repeat(41) }], 'id'],
    ['a reason longer than 500 characters', [{ ...good, reason: 'x'.repeat(501) }], 'reason'],
    ['the same id twice', [good, { ...good, date: '2026-12-04' }], 'id'],
    ['an adjustment dated after today', [{ ...good, at: '2026-12-02' }], 'at'],
    ['a move to the same date', [{ ...good, action: { type: 'move', toDate: '2026-12-02' } }], 'toDate'],
    [
      'more than 500 adjustments',
      Array.from({ length: 501 }, (_, i) => ({ ...good, id: `a${i}` })),
      'adjustments',
    ],
  ])('refuses %s', (_name, adjustments, field) => {
    const found = issues(adjustments);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(field);
  });

  it('accepts a valid list', () => {
    expect(issues([good, { ...good, id: 'b', kind: undefined, action: { type: 'hold_week' } }])).toEqual([]);
  });
});

function addDay(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function words(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
