import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardRow } from '../../src/contract/dashboard';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import type { StoredSessionLog } from '../../src/contract/sessions';
import type { FieldIssue } from '../../src/contract/result';
import { toSessionLog } from '../../src/backend/sessions/session-log.mapping';
import { call, callError, createTestBackend, type TestBackend } from '../fixtures/backend';
import { createClient, createPlannableClient, derivedProgramme } from './workspace-fixtures';

/**
 * Issue 13, items 2 and 3: each kind of session logs what really happened (outcome, sets or
 * minutes), next-morning pain is unknown until entered and the caseload reminds of it the next
 * day, and one caseload line is the source of a client's latest light.
 */
let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

type Session = DerivedProgrammeDto['programme']['weeks'][number]['sessions'][number];

async function planned(): Promise<{ clientId: number; sessions: Session[] }> {
  const { client } = await createPlannableClient(backend);
  const programme = await derivedProgramme(backend, client.id);
  return { clientId: client.id, sessions: programme.programme.weeks.flatMap((week) => week.sessions) };
}

function runLog(session: Session, pain: [number, number, number | null], extra: object = {}): object {
  return {
    sessionId: session.id,
    date: session.date,
    completed: true,
    actualRunMinutes: session.runMinutes,
    rpe: 3,
    painDuring: pain[0],
    painAfter: pain[1],
    painNextMorning: pain[2],
    ...extra,
  };
}

/** The issues of an `invalid_input` answer, with their messages. */
async function issuesOf(channel: string, input: unknown): Promise<FieldIssue[]> {
  const result = await backend.dispatch(channel, input);
  if (result.ok || result.error.code !== 'invalid_input') throw new Error(JSON.stringify(result));
  return result.error.issues ?? [];
}

async function caseloadLine(clientId: number): Promise<DashboardRow> {
  return call<DashboardRow>(backend, 'caseload.get', { clientId });
}

describe('session logs of every kind', () => {
  it('stores a strength session done partly with its sets, and lists it with its outcome', async () => {
    const { clientId, sessions } = await planned();
    const strength = sessions.find((session) => session.kind === 'strength' && session.date <= '2026-11-27');
    expect(strength).toBeDefined();
    await call(backend, 'sessions.log', {
      clientId,
      log: {
        sessionId: strength!.id,
        date: strength!.date,
        kind: 'strength',
        outcome: 'partly',
        completed: false,
        actualRunMinutes: 0,
        setsDone: 4,
        rpe: 6,
        painDuring: 2,
        painAfter: 1,
        painNextMorning: null,
      },
    });
    const [stored] = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(stored).toMatchObject({
      kind: 'strength',
      outcome: 'partly',
      completed: false,
      setsDone: 4,
      minutesDone: null,
      painNextMorning: null,
    });
    // The engine's request carries the SessionLog only (the plan is still derived from it).
    const row = await backend.context.db.selectFrom('session_log').selectAll().executeTakeFirstOrThrow();
    expect(toSessionLog(row)).not.toHaveProperty('setsDone');
    expect(toSessionLog(row)).not.toHaveProperty('outcome');
    expect((await derivedProgramme(backend, clientId)).programme.history.length).toBeGreaterThan(0);
  });

  it('stores the minutes of a cross-training session, and reads an older log without an outcome', async () => {
    const { clientId, sessions } = await planned();
    const [first] = sessions.filter((session) => session.kind === 'walk_run');
    await call(backend, 'sessions.log', { clientId, log: runLog(first!, [1, 1, 0]) });
    const [stored] = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(stored).toMatchObject({ outcome: 'done', setsDone: null, minutesDone: null });
    const cross = sessions.find(
      (session) => session.kind === 'cross_training' && session.date <= '2026-11-27',
    );
    expect(cross).toBeDefined();
    {
      await call(backend, 'sessions.log', {
        clientId,
        log: {
          sessionId: cross!.id,
          date: cross!.date,
          kind: 'cross_training',
          outcome: 'done',
          completed: true,
          actualRunMinutes: 0,
          minutesDone: 25,
          rpe: 4,
          painDuring: 0,
          painAfter: 0,
          painNextMorning: 0,
        },
      });
      const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
      expect(logs.find((log) => log.kind === 'cross_training')).toMatchObject({ minutesDone: 25 });
    }
  });

  it('refuses an outcome that contradicts completed, naming the field in words', async () => {
    const { clientId, sessions } = await planned();
    const [first] = sessions.filter((session) => session.kind === 'walk_run');
    const issues = await issuesOf('sessions.log', {
      clientId,
      log: runLog(first!, [1, 1, 0], { outcome: 'partly' }),
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'log.outcome',
        message: 'A session done partly or not at all is not completed',
      }),
    ]);
  });

  it('refuses a log dated after today with a message in words', async () => {
    const { clientId, sessions } = await planned();
    const future = sessions.find((session) => session.date > '2026-11-27');
    const issues = await issuesOf('sessions.log', { clientId, log: runLog(future!, [0, 0, null]) });
    expect(issues).toEqual([
      expect.objectContaining({ path: 'log.date', message: 'Session date cannot be in the future' }),
    ]);
  });
});

describe('next-morning pain not known yet', () => {
  it('reminds the caseload from the day after the session until it is entered', async () => {
    const { clientId, sessions } = await planned();
    const [, second] = sessions.filter((session) => session.kind === 'walk_run');
    // Logged on the day of the session (22 Nov), next-morning pain unknown.
    backend.setNow(new Date(`${second!.date}T18:00:00Z`));
    await call(backend, 'sessions.log', { clientId, log: runLog(second!, [1, 1, null]) });
    expect((await caseloadLine(clientId)).flags).not.toContain('morning_pain_due');
    const row = await backend.context.db
      .selectFrom('client_status')
      .select('morning_pain_due_date')
      .executeTakeFirstOrThrow();
    expect(row.morning_pain_due_date).toBe('2026-11-23');

    // The next day the reminder is on the caseload line, in the filter and in the count.
    backend.setNow(new Date('2026-11-23T08:00:00Z'));
    expect((await caseloadLine(clientId)).flags).toContain('morning_pain_due');
    const dashboard = await call<Dashboard>(backend, 'dashboard.get', { filter: 'morning_pain_due' });
    expect(dashboard.rows.map((line) => line.clientId)).toEqual([clientId]);
    expect(dashboard.counts.morningPainDue).toBe(1);

    // A week after the session it is no longer asked for.
    backend.setNow(new Date('2026-11-30T08:00:00Z'));
    expect((await caseloadLine(clientId)).flags).not.toContain('morning_pain_due');

    // Entered later (the log corrected): the reminder goes.
    backend.setNow(new Date('2026-11-23T09:00:00Z'));
    await call(backend, 'sessions.log', { clientId, log: runLog(second!, [1, 1, 2]), replace: true });
    expect((await caseloadLine(clientId)).flags).not.toContain('morning_pain_due');
    const [stored] = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(stored?.painNextMorning).toBe(2);

    // The audit trail keeps both: the log, and the morning pain added to it.
    const audit = await backend.context.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'session.%')
      .orderBy('id')
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual(['session.log', 'session.update']);
    expect(audit[1]?.details).toContain('painNextMorning');
  });

  it('does not remind of a session that was not done', async () => {
    const { clientId, sessions } = await planned();
    const [first] = sessions.filter((session) => session.kind === 'walk_run');
    await call(backend, 'sessions.log', {
      clientId,
      log: {
        ...runLog(first!, [0, 0, null]),
        outcome: 'not_done',
        completed: false,
        actualRunMinutes: 0,
        painDuring: null,
        painAfter: null,
      },
    });
    const [stored] = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(stored?.outcome).toBe('not_done');
    const row = await backend.context.db
      .selectFrom('client_status')
      .select('morning_pain_due_date')
      .executeTakeFirstOrThrow();
    expect(row.morning_pain_due_date).toBeNull();
  });
});

describe('caseload.get: one source of the latest light', () => {
  it('answers the latest log by date and its light, as the caseload row does', async () => {
    const { clientId, sessions } = await planned();
    const [first, second, third] = sessions.filter(
      (session) => session.kind === 'walk_run' && session.date <= '2026-11-27',
    );
    await call(backend, 'sessions.log', { clientId, log: runLog(first!, [0, 0, 0]) });
    await call(backend, 'sessions.log', { clientId, log: runLog(third ?? second!, [7, 7, 7]) });
    const latest = third ?? second!;
    const line = await caseloadLine(clientId);
    expect(line).toMatchObject({ clientId, lastLogDate: latest.date, lastLight: 'red' });
    const dashboard = await call<Dashboard>(backend, 'dashboard.get', {});
    expect(dashboard.rows.find((row) => row.clientId === clientId)).toEqual(line);
    // sessions.list stays oldest first: the latest light is not its first entry.
    const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(logs[0]?.light).toBe('green');
  });

  it('answers a client without records with an empty line, and not_found for an unknown id', async () => {
    const client = await createClient(backend, 'Ben Ortiz');
    expect(await caseloadLine(client.id)).toMatchObject({
      lastLight: null,
      lastLogDate: null,
      flags: ['awaiting_clearance'],
    });
    expect((await callError(backend, 'caseload.get', { clientId: 9999 })).code).toBe('not_found');
  });
});
