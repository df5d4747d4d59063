import { describe, expect, it } from 'vitest';
import type { Programme, Session, SessionLog } from '../../../src/engine/types';
import { painSeries } from '../../../src/renderer/charts/pain.series';
import { stageSeries } from '../../../src/renderer/charts/stage.series';
import { weeklyMinutesSeries } from '../../../src/renderer/charts/weekly-minutes.series';
import { monthGrid } from '../../../src/renderer/components/programme/calendar-grid';
import { toSegments } from '../../../src/renderer/components/programme/segments';

function session(overrides: Partial<Session> & Pick<Session, 'id' | 'date'>): Session {
  return {
    kind: 'walk_run',
    title: 'Walk-run',
    stage: 1,
    blocks: [],
    durationMinutes: 30,
    runMinutes: 6,
    walkMinutes: 24,
    effort: { rpeMin: 3, rpeMax: 3, talkTest: 'full sentences' },
    surface: 'flat',
    modality: null,
    exercises: [],
    requiresClearance: 'walk_run',
    locked: false,
    lockedReason: null,
    status: 'planned',
    explain: [{ rule: 'R3', text: 'Alternate days', audience: 'client' }],
    ...overrides,
  };
}

function log(overrides: Partial<SessionLog> & Pick<SessionLog, 'sessionId' | 'date'>): SessionLog {
  return {
    completed: true,
    actualRunMinutes: null,
    rpe: 3,
    painDuring: 1,
    painAfter: 1,
    painNextMorning: 0,
    painBuiltDuringRun: false,
    warmupPainCleared: null,
    swelling: false,
    limp: false,
    redFlags: [],
    note: '',
    ...overrides,
  };
}

const programme: Programme = {
  schemaVersion: 1,
  engineVersion: 'test',
  status: 'active',
  startDate: '2026-12-01',
  endDate: '2026-12-14',
  currentStage: 2,
  weeks: [
    {
      index: 1,
      startDate: '2026-12-01',
      endDate: '2026-12-07',
      phase: 'walk_run',
      cutback: false,
      focus: '',
      totals: { runMinutes: 12, walkMinutes: 48, crossMinutes: 0, strengthSessions: 0 },
      sessions: [
        session({ id: 'w1-tue-walk_run', date: '2026-12-01', stage: 1, status: 'done' }),
        session({ id: 'w1-thu-walk_run', date: '2026-12-03', stage: 1, status: 'done' }),
        session({
          id: 'w1-sat-easy_run',
          date: '2026-12-05',
          kind: 'easy_run',
          stage: null,
          runMinutes: 20,
          walkMinutes: 0,
          locked: true,
        }),
      ],
    },
    {
      index: 2,
      startDate: '2026-12-08',
      endDate: '2026-12-14',
      phase: 'walk_run',
      cutback: false,
      focus: '',
      totals: { runMinutes: 8, walkMinutes: 22, crossMinutes: 0, strengthSessions: 0 },
      sessions: [
        session({ id: 'w2-tue-walk_run', date: '2026-12-08', stage: 2, runMinutes: 8, walkMinutes: 22 }),
      ],
    },
  ],
  checkpoints: [],
  painGuide: { tissue: 'tendon', duringMax: 5, preferredMax: 3, text: '' },
  history: [
    { sessionId: 'w1-thu-walk_run', date: '2026-12-03', light: 'green', action: 'advance', rules: ['R4'] },
    {
      sessionId: 'w1-tue-walk_run',
      date: '2026-12-01',
      light: 'green',
      action: 'count_success',
      rules: ['R4'],
    },
  ],
  warnings: [],
};

describe('weeklyMinutesSeries', () => {
  it('sums planned minutes of unlocked sessions and done minutes of completed logs', () => {
    const logs = [
      log({ sessionId: 'w1-tue-walk_run', date: '2026-12-01', actualRunMinutes: 5 }),
      log({ sessionId: 'w1-thu-walk_run', date: '2026-12-03' }),
      log({ sessionId: 'w2-tue-walk_run', date: '2026-12-08', completed: false }),
    ];
    expect(weeklyMinutesSeries(programme, logs)).toEqual([
      {
        week: 1,
        label: 'W1',
        startDate: '2026-12-01',
        endDate: '2026-12-07',
        plannedRun: 12,
        plannedWalk: 48,
        doneRun: 11,
        doneWalk: 48,
      },
      {
        week: 2,
        label: 'W2',
        startDate: '2026-12-08',
        endDate: '2026-12-14',
        plannedRun: 8,
        plannedWalk: 22,
        doneRun: 0,
        doneWalk: 0,
      },
    ]);
  });

  it('ends with the last week that has minutes planned or done (locked weeks do not stretch the axis)', () => {
    const locked: Programme = {
      ...programme,
      weeks: [
        programme.weeks[0]!,
        {
          ...programme.weeks[1]!,
          sessions: programme.weeks[1]!.sessions.map((s) => ({ ...s, locked: true })),
        },
      ],
    };
    expect(weeklyMinutesSeries(locked, []).map((point) => point.label)).toEqual(['W1']);
  });
});

describe('painSeries', () => {
  it('orders logs by date and keeps missing scores as gaps', () => {
    const logs = [
      log({ sessionId: 'b', date: '2026-12-03', painDuring: 6, painNextMorning: null }),
      log({ sessionId: 'a', date: '2026-12-01', painDuring: 2, painNextMorning: 1 }),
      log({ sessionId: 'c', date: '2026-12-05', painDuring: null, painNextMorning: null }),
    ];
    expect(painSeries(logs)).toEqual([
      { date: '2026-12-01', during: 2, nextMorning: 1 },
      { date: '2026-12-03', during: 6, nextMorning: null },
    ]);
  });
});

describe('stageSeries', () => {
  it('gives the stage of each decided walk-run session in date order, then where the client stands today', () => {
    expect(stageSeries(programme, '2026-12-05')).toEqual([
      { date: '2026-12-01', stage: 1 },
      { date: '2026-12-03', stage: 1 },
      { date: '2026-12-05', stage: 2 },
    ]);
  });

  it('never runs into the future: the line ends today', () => {
    const points = stageSeries(programme, '2026-12-03');
    expect(points.map((point) => point.date)).toEqual(['2026-12-01', '2026-12-03']);
    expect(points.every((point) => point.date <= '2026-12-03')).toBe(true);
  });
});

describe('toSegments', () => {
  it('unrolls repeats and merges neighbours, keeping the total time', () => {
    const segments = toSegments([
      { type: 'warmup', seconds: 300 },
      {
        type: 'repeat',
        times: 3,
        blocks: [
          { type: 'run', seconds: 60 },
          { type: 'walk', seconds: 120 },
        ],
      },
      { type: 'walk', seconds: 60 },
      { type: 'cooldown', seconds: 300 },
    ]);
    expect(segments.map((s) => `${s.type}:${s.seconds}`)).toEqual([
      'warmup:300',
      'run:60',
      'walk:120',
      'run:60',
      'walk:120',
      'run:60',
      'walk:180',
      'cooldown:300',
    ]);
    expect(segments.reduce((sum, s) => sum + s.seconds, 0)).toBe(300 + 3 * 180 + 60 + 300);
  });
});

describe('monthGrid', () => {
  it.each([
    [2026, 11, 1, '2026-11-30', '2027-01-03'], // December 2026 starts on a Tuesday
    [2026, 1, 1, '2026-01-26', '2026-03-01'], // February 2026 starts on a Sunday
    [2027, 1, 1, '2027-02-01', '2027-02-28'], // February 2027 is exactly four Monday-first weeks
    [2026, 11, 2, '2026-12-01', '2027-01-04'], // a programme that starts on a Tuesday
    [2026, 11, 0, '2026-11-29', '2027-01-02'], // … or on a Sunday
    [2026, 11, 6, '2026-11-28', '2027-01-01'], // … or on a Saturday
  ])('covers %i-%i in whole weeks starting on weekday %i', (year, month, firstWeekday, first, last) => {
    const days = monthGrid(year, month, firstWeekday).map((d) => d.toISOString().slice(0, 10));
    expect(days[0]).toBe(first);
    expect(days[days.length - 1]).toBe(last);
    expect(days.length % 7).toBe(0);
    expect(days[0]!.length).toBe(10);
    expect(new Date(`${days[0]}T00:00:00Z`).getUTCDay()).toBe(firstWeekday);
  });
});
