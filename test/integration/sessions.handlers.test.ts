import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import type { SessionDecision, StoredSessionLog } from '../../src/contract/sessions';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import {
  clearanceInput,
  createClient,
  createInjury,
  createPlannableClient,
  derivedProgramme,
  intakeInput,
} from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

type LogAnswer = { programme: DerivedProgrammeDto; decision: SessionDecision | null };

function log(sessionId: string, date: string, pain: [number, number, number], extra: object = {}): object {
  return {
    sessionId,
    date,
    completed: true,
    actualRunMinutes: 4,
    rpe: 3,
    painDuring: pain[0],
    painAfter: pain[1],
    painNextMorning: pain[2],
    ...extra,
  };
}

/** A client whose records make a plan; its first walk-run sessions are on 20 and 22 Nov. */
async function planned(): Promise<{ clientId: number; programme: DerivedProgrammeDto }> {
  const { client } = await createPlannableClient(backend);
  return { clientId: client.id, programme: await derivedProgramme(backend, client.id) };
}

function walkRuns(programme: DerivedProgrammeDto): { id: string; date: string; stage: number | null }[] {
  return programme.programme.weeks
    .flatMap((week) => week.sessions)
    .filter((session) => session.kind === 'walk_run' && session.date <= '2026-11-27');
}

describe('sessions.log', () => {
  it('stores a green log for its day and kind, derives the programme again and explains the decision', async () => {
    const { clientId, programme } = await planned();
    const [first] = walkRuns(programme);
    const answer = await call<LogAnswer>(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, first!.date, [1, 1, 0]),
    });
    expect(answer.decision).toMatchObject({ sessionId: first!.id, light: 'green', action: 'count_success' });
    expect(answer.decision!.rules).toContain('R5');
    expect((await derivedProgramme(backend, clientId)).programme).toEqual(answer.programme.programme);
    const row = await backend.context.db.selectFrom('session_log').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ date: first!.date, kind: 'run', slot: 1, session_id: first!.id });
    const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(logs).toEqual([
      expect.objectContaining({
        sessionId: first!.id,
        painDuring: 1,
        light: 'green',
        redFlags: [],
        note: '',
        clientId,
      }),
    ]);
  });

  it('a red log steps back one stage, says why, and the caseload row follows', async () => {
    const { clientId, programme } = await planned();
    const [first, second] = walkRuns(programme);
    await call(backend, 'sessions.log', { clientId, log: log(first!.id, first!.date, [1, 1, 0]) });
    const current = (await derivedProgramme(backend, clientId)).programme;
    const loggedStage = current.weeks
      .flatMap((week) => week.sessions)
      .find((s) => s.id === second!.id)!.stage!;
    const answer = await call<LogAnswer>(backend, 'sessions.log', {
      clientId,
      log: log(second!.id, second!.date, [7, 6, 5], { note: 'Sharp pain' }),
    });
    expect(answer.decision).toMatchObject({ sessionId: second!.id, light: 'red', action: 'step_back' });
    expect(answer.decision!.rules).toContain('R6');
    expect(answer.decision!.explanation.join(' ')).toMatch(/red light/i);
    // One stage below the failed one (the ladder starts at 1).
    expect(answer.programme.programme.currentStage).toBeLessThanOrEqual(Math.max(1, loggedStage - 1));
    const status = await backend.context.db
      .selectFrom('client_status')
      .selectAll()
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    expect(status).toMatchObject({
      last_light: 'red',
      last_red_date: second!.date,
      last_log_date: second!.date,
    });
  });

  it('refuses a second log of one kind on one day unless asked to replace it', async () => {
    const { clientId, programme } = await planned();
    const [first] = walkRuns(programme);
    await call(backend, 'sessions.log', { clientId, log: log(first!.id, first!.date, [1, 1, 0]) });
    const again = await callError(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, first!.date, [4, 4, 1]),
    });
    expect(again).toMatchObject({ code: 'conflict', issues: { 'log.date': 'already_logged' } });
    expect(await countRows(backend, 'session_log')).toBe(1);
    const replaced = await call<LogAnswer>(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, first!.date, [4, 4, 1]),
      replace: true,
    });
    expect(replaced.decision).toMatchObject({ light: 'amber' });
    const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(logs.map((entry) => [entry.painDuring, entry.light])).toEqual([[4, 'amber']]);
  });

  it('answers not_found for a session that is not in the current programme, and writes nothing', async () => {
    const { clientId } = await planned();
    const error = await callError(backend, 'sessions.log', {
      clientId,
      log: log('w9-xyz-walk_run', '2026-11-20', [1, 1, 0]),
    });
    expect(error.code).toBe('not_found');
    expect(await countRows(backend, 'session_log')).toBe(0);
  });

  it('refuses a log that does not fit the records (before the programme starts) as a conflict, writing nothing', async () => {
    const { clientId, programme } = await planned();
    const [first] = walkRuns(programme);
    const error = await callError(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, '2026-11-10', [1, 1, 0]),
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^This log does not fit the client's records\. /);
    expect(await countRows(backend, 'session_log')).toBe(0);
  });

  it('validates the log with the SessionLog schema and the clock, writing nothing', async () => {
    const { clientId, programme } = await planned();
    const [first] = walkRuns(programme);
    const error = await callError(backend, 'sessions.log', {
      clientId,
      log: { ...log(first!.id, '2026-11-28', [11, -1, 0]), completed: 'yes', redFlags: ['headache'] },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual({
      'log.completed': 'invalid_type',
      'log.painDuring': 'too_big',
      'log.painAfter': 'too_small',
      'log.redFlags.0': 'invalid_value',
      'log.date': 'future_date',
    });
    expect(await countRows(backend, 'session_log')).toBe(0);
  });

  it('needs a plan first and an existing client', async () => {
    // No clearance yet: the records make no plan.
    const client = await createClient(backend);
    await createInjury(backend, client.id);
    await call(backend, 'intake.save', intakeInput(client.id));
    expect(
      (
        await callError(backend, 'sessions.log', {
          clientId: client.id,
          log: log('w1-fri-walk_run', '2026-11-20', [1, 1, 0]),
        })
      ).code,
    ).toBe('conflict');
    expect(
      (await callError(backend, 'sessions.log', { clientId: 999, log: log('x', '2026-11-20', [1, 1, 0]) }))
        .code,
    ).toBe('not_found');
    expect((await callError(backend, 'sessions.list', { clientId: 999 })).code).toBe('not_found');
  });

  it('a red flag refers the client: status refer and the refer light', async () => {
    const { clientId, programme } = await planned();
    const [first] = walkRuns(programme);
    const answer = await call<LogAnswer>(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, first!.date, [2, 2, 1], { redFlags: ['night_pain'] }),
    });
    expect(answer.decision).toMatchObject({ light: 'refer', action: 'refer' });
    expect(answer.programme.programme.status).toBe('refer');
  });
});

describe('logs survive a re-plan (issue 11 §2, seen case)', () => {
  it('after the intake start date moves, a green and a red run stay attached to their days', async () => {
    const { clientId, programme } = await planned();
    const [first, second] = walkRuns(programme);
    await call(backend, 'sessions.log', { clientId, log: log(first!.id, first!.date, [1, 1, 0]) });
    await call(backend, 'sessions.log', { clientId, log: log(second!.id, second!.date, [7, 6, 4]) });

    await call(backend, 'intake.save', intakeInput(clientId, { startDate: '2026-11-12' }));
    const replanned = await derivedProgramme(backend, clientId);
    const sessions = replanned.programme.weeks.flatMap((week) => week.sessions);
    for (const logged of [first!, second!]) {
      const run = sessions.find((s) => s.date === logged.date && s.kind === 'walk_run');
      expect(run?.status).toBe('done');
    }
    expect(replanned.programme.history.filter((h) => h.light !== null).map((h) => h.light)).toEqual([
      'green',
      'red',
    ]);
    expect(replanned.programme.warnings.map((w) => w.code)).not.toContain('log_unmatched');
    const week1 = replanned.programme.weeks[0]!;
    expect(week1.sessions.filter((s) => s.status === 'missed' && s.date >= first!.date)).toEqual([]);
    const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(logs.map((entry) => [entry.date, entry.light])).toEqual([
      [first!.date, 'green'],
      [second!.date, 'red'],
    ]);
  });

  it('after a new clearance dated later, the logs stay, keep their lights and are named in words', async () => {
    const { clientId, programme } = await planned();
    const [first, second] = walkRuns(programme);
    await call(backend, 'sessions.log', { clientId, log: log(first!.id, first!.date, [1, 1, 0]) });
    await call(backend, 'sessions.log', { clientId, log: log(second!.id, second!.date, [7, 6, 4]) });

    // The engine plans no running before the date of the current clearance.
    await call(backend, 'clearances.set', clearanceInput(clientId, { date: '2026-11-26' }));
    const replanned = await derivedProgramme(backend, clientId);
    const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(logs.map((entry) => [entry.date, entry.light])).toEqual([
      [first!.date, 'green'],
      [second!.date, 'red'],
    ]);
    const unmatched = replanned.programme.warnings.find((w) => w.code === 'log_unmatched')!;
    expect(unmatched.message).toBe(
      'Logged but no longer in the plan: a run on 20 Nov 2026 and a run on 22 Nov 2026. They still count for pain lights and red flags.',
    );
    expect(unmatched.message).not.toMatch(/w\d+-/);
  });
});
