import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateClientStatus } from '../../src/backend/client-status/client-status.repository';
import type { ClientStatusChanges } from '../../src/backend/client-status/client-status.table';
import {
  DASHBOARD_FLAGS,
  type Dashboard,
  type DashboardCounts,
  type DashboardFlag,
  type DashboardRow,
} from '../../src/contract/dashboard';
import { addDays } from '../../src/engine/dates';
import { call, callError, createTestBackend, type TestBackend } from '../fixtures/backend';
import {
  clearanceInput,
  createClient,
  createInjury,
  createPlannableClient,
  derivedProgramme,
} from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // today is 2026-11-27
});
afterEach(async () => {
  await backend.dispose();
});

type Summary = ClientStatusChanges;

/** The programme facts a generate or a log keeps in client_status (the JSON is not read by the dashboard). */
async function setProgrammeFacts(clientId: number, summary: Summary): Promise<void> {
  await updateClientStatus(
    backend.context.db,
    clientId,
    {
      programme_status: 'active',
      programme_start_date: '2026-11-20',
      current_stage: 2,
      last_log_date: '2026-11-26',
      last_light: 'green',
      last_red_date: null,
      ready_to_advance: 0,
      ...summary,
    },
    '2026-11-27T10:00:00.000Z',
  );
}

interface Scenario {
  clearance?: { level: string; reviewDate: string | null } | null;
  programme?: Summary | null;
}

const COUNT_OF: Readonly<Record<DashboardFlag, keyof DashboardCounts>> = {
  refer: 'refer',
  red_7d: 'red7d',
  review_due: 'reviewDue',
  awaiting_clearance: 'awaitingClearance',
  no_log_10d: 'noLog10d',
  ready_to_advance: 'readyToAdvance',
  no_log_since_flare: 'noLogSinceFlare',
  stalled: 'stalled',
  criteria_met: 'criteriaMet',
  retest_due: 'retestDue',
  morning_pain_due: 'morningPainDue',
};

/**
 * The client's flags on its line. Each flag is one SQL condition used three ways (the line's
 * flags, the filter and the count), so the filters and counts must agree with the line.
 */
async function flagsOf(scenario: Scenario): Promise<DashboardFlag[]> {
  const client = await createClient(backend);
  const clearance =
    scenario.clearance === undefined ? { level: 'walk_run', reviewDate: '2027-01-31' } : scenario.clearance;
  if (clearance) await call(backend, 'clearances.set', clearanceInput(client.id, clearance));
  if (scenario.programme !== null) await setProgrammeFacts(client.id, scenario.programme ?? {});
  const dashboard = await call<Dashboard>(backend, 'dashboard.get', {});
  const flags = dashboard.rows.find((row) => row.clientId === client.id)!.flags;
  for (const flag of DASHBOARD_FLAGS) {
    const filtered = await call<Dashboard>(backend, 'dashboard.get', { filter: flag });
    const listed = filtered.rows.some((row) => row.clientId === client.id);
    expect({ flag, listed, total: filtered.total, count: filtered.counts[COUNT_OF[flag]] }).toEqual({
      flag,
      listed: flags.includes(flag),
      total: listed ? 1 : 0,
      count: listed ? 1 : 0,
    });
  }
  return flags;
}

describe('dashboard flags, relative to the clock’s local date', () => {
  it.each<[string, Scenario, DashboardFlag[]]>([
    ['nothing to flag', {}, []],
    ['no clearance', { clearance: null, programme: null }, ['awaiting_clearance']],
    ['not cleared', { clearance: { level: 'not_cleared', reviewDate: null } }, ['awaiting_clearance']],
    ['review in 7 days', { clearance: { level: 'walk_run', reviewDate: '2026-12-04' } }, ['review_due']],
    ['review in 8 days', { clearance: { level: 'walk_run', reviewDate: '2026-12-05' } }, []],
    ['review overdue', { clearance: { level: 'walk_run', reviewDate: '2026-11-21' } }, ['review_due']],
    ['programme status refer', { programme: { programme_status: 'refer' } }, ['refer']],
    [
      'last light refer',
      { programme: { last_light: 'refer', last_red_date: '2026-11-26' } },
      ['refer', 'red_7d'],
    ],
    ['red 7 days ago', { programme: { last_red_date: '2026-11-20' } }, ['red_7d']],
    ['red 8 days ago', { programme: { last_red_date: '2026-11-19' } }, []],
    ['last log 10 days ago', { programme: { last_log_date: '2026-11-17' } }, ['no_log_10d']],
    ['last log 9 days ago', { programme: { last_log_date: '2026-11-18' } }, []],
    [
      'never logged, started 10 days ago',
      { programme: { last_log_date: null, programme_start_date: '2026-11-17' } },
      ['no_log_10d'],
    ],
    [
      'never logged, starts next week',
      { programme: { last_log_date: null, programme_start_date: '2026-12-01' } },
      [],
    ],
    ['no programme: no log flag', { programme: null }, []],
    [
      'complete programme: no log flag',
      { programme: { programme_status: 'complete', last_log_date: '2026-10-01' } },
      [],
    ],
    ['two greens', { programme: { ready_to_advance: 1 } }, ['ready_to_advance']],
    ['two greens but referred', { programme: { ready_to_advance: 1, programme_status: 'refer' } }, ['refer']],
    ['warned: no log since a flare-up', { programme: { no_log_since_flare: 1 } }, ['no_log_since_flare']],
    [
      'orange 10 days ago, nothing since',
      { programme: { last_light: 'orange', last_log_date: '2026-11-17' } },
      ['no_log_10d', 'no_log_since_flare'],
    ],
    [
      'red 10 days ago, nothing since',
      { programme: { last_light: 'red', last_log_date: '2026-11-17', last_red_date: '2026-11-17' } },
      ['no_log_10d', 'no_log_since_flare'],
    ],
    ['orange 9 days ago', { programme: { last_light: 'orange', last_log_date: '2026-11-18' } }, []],
    [
      'amber 10 days ago',
      { programme: { last_light: 'amber', last_log_date: '2026-11-17' } },
      ['no_log_10d'],
    ],
    [
      'complete programme: no flare flag',
      { programme: { programme_status: 'complete', last_light: 'red', last_log_date: '2026-10-01' } },
      [],
    ],
    [
      'referred after a red: no flare flag',
      {
        programme: {
          programme_status: 'refer',
          last_light: 'red',
          last_log_date: '2026-11-10',
          last_red_date: '2026-11-10',
        },
      },
      ['refer', 'no_log_10d'],
    ],
    ['warned: no progress', { programme: { stalled: 1 } }, ['stalled']],
    ['tested criteria of the next step met', { programme: { criteria_met: 1 } }, ['criteria_met']],
    ['re-test due today', { programme: { retest_due_date: '2026-11-27' } }, ['retest_due']],
    ['re-test overdue', { programme: { retest_due_date: '2026-11-01' } }, ['retest_due']],
    ['re-test due tomorrow', { programme: { retest_due_date: '2026-11-28' } }, []],
  ])('%s → %j', async (_label, scenario, expected) => {
    expect(await flagsOf(scenario)).toEqual(expected);
  });
});

describe('dashboard.get', () => {
  it('lists active clients by name with their current injury, clearance and programme, and counts flags', async () => {
    const anna = await createClient(backend, 'anna Keller');
    const ben = await createClient(backend, 'Ben Okafor', { email: 'ben@harriers.example' });
    const gone = await createClient(backend, 'Archie Ved');
    await call(backend, 'clients.archive', { id: gone.id });
    await createInjury(backend, anna.id, { type: 'mtss' });
    await createInjury(backend, anna.id, { type: 'calf_strain', side: 'right' });
    await call(
      backend,
      'clearances.set',
      clearanceInput(anna.id, { level: 'walking', reviewDate: '2026-11-28' }),
    );
    await call(
      backend,
      'clearances.set',
      clearanceInput(anna.id, { level: 'continuous', reviewDate: '2027-01-31' }),
    );
    await setProgrammeFacts(anna.id, { programme_status: 'active', current_stage: 1 });
    await setProgrammeFacts(anna.id, { programme_status: 'active', current_stage: 4, last_light: 'amber' });
    const group = await call<{ id: number }>(backend, 'groups.create', { name: 'Harriers' });
    await call(backend, 'groups.addMember', { groupId: group.id, clientId: anna.id });

    const dashboard = await call<Dashboard>(backend, 'dashboard.get', {});
    expect(dashboard.today).toBe('2026-11-27');
    expect(dashboard.total).toBe(2);
    expect(dashboard.counts).toEqual({
      active: 2,
      refer: 0,
      red7d: 0,
      reviewDue: 0,
      awaitingClearance: 1,
      noLog10d: 0,
      readyToAdvance: 0,
      noLogSinceFlare: 0,
      stalled: 0,
      criteriaMet: 0,
      retestDue: 0,
      morningPainDue: 0,
    });
    expect(dashboard.rows).toEqual([
      {
        clientId: anna.id,
        name: 'anna Keller',
        archived: false,
        groups: ['Harriers'],
        injuryType: 'calf_strain',
        side: 'right',
        clearanceLevel: 'continuous',
        reviewDate: '2027-01-31',
        programmeStatus: 'active',
        currentStage: 4,
        lastLight: 'amber',
        lastLogDate: '2026-11-26',
        flags: [],
      },
      {
        clientId: ben.id,
        name: 'Ben Okafor',
        archived: false,
        groups: [],
        injuryType: null,
        side: null,
        clearanceLevel: null,
        reviewDate: null,
        programmeStatus: null,
        currentStage: null,
        lastLight: null,
        lastLogDate: null,
        flags: ['awaiting_clearance'],
      },
    ]);
  });

  it('filters by flag and searches name, email and group names; counts stay over the whole caseload', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    await createClient(backend, 'Ben Okafor', { email: 'ben@harbour.example' });
    await call(backend, 'clearances.set', clearanceInput(anna.id));
    const group = await call<{ id: number }>(backend, 'groups.create', {
      name: 'Trail Squad',
      kind: 'squad',
    });
    await call(backend, 'groups.addMember', { groupId: group.id, clientId: anna.id });

    const awaiting = await call<Dashboard>(backend, 'dashboard.get', { filter: 'awaiting_clearance' });
    expect(awaiting.rows.map((row) => row.name)).toEqual(['Ben Okafor']);
    expect(awaiting.counts.active).toBe(2);
    const byGroup = await call<Dashboard>(backend, 'dashboard.get', { query: 'TRAIL' });
    expect(byGroup.rows.map((row) => row.name)).toEqual(['Anna Keller']);
    const byEmail = await call<Dashboard>(backend, 'dashboard.get', { query: 'harbour' });
    expect(byEmail.rows.map((row) => row.name)).toEqual(['Ben Okafor']);
    expect(
      (await call<Dashboard>(backend, 'dashboard.get', { filter: 'refer', query: 'anna' })).rows,
    ).toEqual([]);
  });

  it('shows the engine’s verdict after a red log: red in the last 7 days', async () => {
    const { client } = await createPlannableClient(backend);
    const programme = await derivedProgramme(backend, client.id);
    const session = programme.programme.weeks[0]!.sessions.find((s) => s.kind === 'walk_run')!;
    await call(backend, 'sessions.log', {
      clientId: client.id,
      log: {
        sessionId: session.id,
        date: session.date,
        completed: true,
        painDuring: 8,
        painAfter: 7,
        painNextMorning: 6,
      },
    });
    const [row] = (await call<Dashboard>(backend, 'dashboard.get', {})).rows;
    expect(row).toMatchObject({ lastLight: 'red', lastLogDate: session.date, flags: ['red_7d'] });
  });

  it('keeps each client’s line current with every write, in the same transaction', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    const line = async (): Promise<DashboardRow> =>
      (await call<Dashboard>(backend, 'dashboard.get', {})).rows.find((row) => row.clientId === anna.id)!;
    expect(await line()).toMatchObject({ injuryType: null, clearanceLevel: null });

    const older = await createInjury(backend, anna.id, { type: 'mtss', side: 'left' });
    const newer = await createInjury(backend, anna.id, { type: 'calf_strain', side: 'right' });
    expect(await line()).toMatchObject({ injuryType: 'calf_strain', side: 'right' });
    await call(backend, 'injuries.update', { id: newer.id, side: 'left' });
    expect(await line()).toMatchObject({ injuryType: 'calf_strain', side: 'left' });
    // Resolving the current injury shows the older active one again; resolving that leaves none.
    await call(backend, 'injuries.update', { id: newer.id, status: 'resolved' });
    expect(await line()).toMatchObject({ injuryType: 'mtss', side: 'left' });
    await call(backend, 'injuries.update', { id: older.id, status: 'resolved' });
    expect(await line()).toMatchObject({ injuryType: null, side: null });

    await call(
      backend,
      'clearances.set',
      clearanceInput(anna.id, { level: 'walking', reviewDate: '2026-11-30' }),
    );
    expect(await line()).toMatchObject({
      clearanceLevel: 'walking',
      reviewDate: '2026-11-30',
      flags: ['review_due'],
    });
    await call(backend, 'clearances.set', clearanceInput(anna.id, { level: 'continuous', reviewDate: null }));
    expect(await line()).toMatchObject({ clearanceLevel: 'continuous', reviewDate: null, flags: [] });

    // A refused write changes nothing.
    await callError(backend, 'injuries.update', { id: older.id, status: 'active', type: 'postnatal' });
    expect(await line()).toMatchObject({ injuryType: null, clearanceLevel: 'continuous' });
  });

  it('flags move with the clock, from the dates stored at the last write', async () => {
    const { client } = await createPlannableClient(backend);
    const programme = await derivedProgramme(backend, client.id);
    const session = programme.programme.weeks[0]!.sessions.find((s) => s.kind === 'walk_run')!;
    await call(backend, 'sessions.log', {
      clientId: client.id,
      log: {
        sessionId: session.id,
        date: session.date,
        completed: true,
        painDuring: 8,
        painAfter: 7,
        painNextMorning: 6,
      },
    });
    expect((await call<Dashboard>(backend, 'dashboard.get', {})).rows[0]!.flags).toContain('red_7d');
    // Eleven days on, with no write in between: the red is old news and the log is overdue.
    backend.setNow(new Date(`${addDays(session.date, 11)}T10:00:00Z`));
    const later = (await call<Dashboard>(backend, 'dashboard.get', {})).rows[0]!;
    expect(later.flags).not.toContain('red_7d');
    expect(later.flags).toContain('no_log_10d');
  });

  it('refuses an unknown filter', async () => {
    expect((await callError(backend, 'dashboard.get', { filter: 'sad' })).issues).toEqual({
      filter: 'invalid_value',
    });
  });

  it('matches group names regardless of case beyond ASCII, and takes the search text literally', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    await createClient(backend, 'Ben 100% Okafor');
    const group = await call<{ id: number }>(backend, 'groups.create', { name: 'ÜBER-LÄUFER' });
    await call(backend, 'groups.addMember', { groupId: group.id, clientId: anna.id });
    const names = async (query: string): Promise<string[]> =>
      (await call<Dashboard>(backend, 'dashboard.get', { query })).rows.map((row) => row.name);
    expect(await names('über-läufer')).toEqual(['Anna Keller']);
    expect(await names('100%')).toEqual(['Ben 100% Okafor']);
    expect(await names('0%_')).toEqual([]);
    expect(await names('_')).toEqual([]);
  });
});

// Paging (by key), the counts cache and the search index: dashboard-paging.test.ts.
