import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredProgramme } from '../../src/contract/programmes';
import type { SessionDecision, StoredSessionLog } from '../../src/contract/sessions';
import type { PlanRequest } from '../../src/engine/types';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { createPlannableClient, intakeInput } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

type LogAnswer = { programme: StoredProgramme; decision: SessionDecision | null };

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

/** A client with a generated programme; the plan's first walk-run sessions are on 20 and 22 Nov. */
async function planned(): Promise<{ clientId: number; programme: StoredProgramme }> {
  const { client } = await createPlannableClient(backend);
  const programme = await call<StoredProgramme>(backend, 'programmes.generate', { clientId: client.id });
  return { clientId: client.id, programme };
}

function walkRuns(programme: StoredProgramme): { id: string; date: string; stage: number | null }[] {
  return programme.programme.weeks
    .flatMap((week) => week.sessions)
    .filter((session) => session.kind === 'walk_run' && session.date <= '2026-11-27');
}

describe('sessions.log', () => {
  it('stores a green log, recomputes the current programme in place and explains the decision', async () => {
    const { clientId, programme } = await planned();
    const [first] = walkRuns(programme);
    const answer = await call<LogAnswer>(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, first!.date, [1, 1, 0]),
    });
    expect(answer.programme).toMatchObject({
      programmeId: programme.programmeId,
      createdAt: programme.createdAt,
    });
    expect(answer.decision).toMatchObject({ sessionId: first!.id, light: 'green', action: 'count_success' });
    expect(answer.decision!.rules).toContain('R5');
    expect(await countRows(backend, 'programme')).toBe(1);
    expect(await call(backend, 'programmes.current', { clientId })).toEqual(answer.programme);
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

  it('a red log steps back one stage, says why, and the stored request carries every log', async () => {
    const { clientId, programme } = await planned();
    const [first, second] = walkRuns(programme);
    await call(backend, 'sessions.log', { clientId, log: log(first!.id, first!.date, [1, 1, 0]) });
    const current = (await call<StoredProgramme>(backend, 'programmes.current', { clientId })).programme;
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
    const row = await backend.context.db
      .selectFrom('programme')
      .selectAll()
      .where('id', '=', answer.programme.programmeId)
      .executeTakeFirstOrThrow();
    expect((JSON.parse(row.request) as PlanRequest).logs.map((entry) => entry.sessionId)).toEqual([
      first!.id,
      second!.id,
    ]);
    // The stored programme is the one answered (request, engine version and programme together).
    expect(JSON.parse(row.programme)).toEqual(answer.programme.programme);
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

  it('refuses to log the same session twice unless asked to replace it', async () => {
    const { clientId, programme } = await planned();
    const [first] = walkRuns(programme);
    await call(backend, 'sessions.log', { clientId, log: log(first!.id, first!.date, [1, 1, 0]) });
    const again = await callError(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, first!.date, [4, 4, 1]),
    });
    expect(again).toMatchObject({ code: 'conflict', issues: { 'log.sessionId': 'already_logged' } });
    expect(await countRows(backend, 'programme')).toBe(1);
    const replaced = await call<LogAnswer>(backend, 'sessions.log', {
      clientId,
      log: log(first!.id, first!.date, [4, 4, 1]),
      replace: true,
    });
    expect(replaced.decision).toMatchObject({ light: 'amber' });
    const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId });
    expect(logs.map((entry) => [entry.painDuring, entry.light])).toEqual([[4, 'amber']]);
  });

  it('logging many sessions keeps one row per generation; a generate adds one and keeps the logs', async () => {
    const { clientId, programme } = await planned();
    const sessions = walkRuns(programme);
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    const stored = async (): Promise<{ id: number; created_at: string; updated_at: string }[]> =>
      backend.context.db
        .selectFrom('programme')
        .select(['id', 'created_at', 'updated_at'])
        .orderBy('id')
        .execute();
    let now = new Date('2026-11-27T10:00:00Z');
    for (const session of sessions) {
      now = new Date(now.getTime() + 60_000);
      backend.setNow(now);
      await call(backend, 'sessions.log', { clientId, log: log(session.id, session.date, [1, 1, 0]) });
    }
    expect(await countRows(backend, 'session_log')).toBe(sessions.length);
    expect(await stored()).toEqual([
      { id: programme.programmeId, created_at: programme.createdAt, updated_at: now.toISOString() },
    ]);

    const regenerated = await call<StoredProgramme>(backend, 'programmes.generate', { clientId });
    expect(regenerated.programmeId).toBeGreaterThan(programme.programmeId);
    expect((await stored()).map((row) => row.id)).toEqual([programme.programmeId, regenerated.programmeId]);
    // The new generation is built from every log so far, and the next log adapts it, not the old one.
    const request = await backend.context.db
      .selectFrom('programme')
      .select('request')
      .where('id', '=', regenerated.programmeId)
      .executeTakeFirstOrThrow();
    expect((JSON.parse(request.request) as PlanRequest).logs).toHaveLength(sessions.length);
    const corrected = await call<LogAnswer>(backend, 'sessions.log', {
      clientId,
      log: log(sessions[0]!.id, sessions[0]!.date, [3, 2, 1]),
      replace: true,
    });
    expect(corrected.programme.programmeId).toBe(regenerated.programmeId);
    expect(await countRows(backend, 'programme')).toBe(2);
  });

  it('stores programme JSON compactly', async () => {
    const { clientId } = await planned();
    const row = await backend.context.db
      .selectFrom('programme')
      .select(['request', 'programme'])
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    expect(row.programme).toBe(JSON.stringify(JSON.parse(row.programme)));
    expect(row.request).toBe(JSON.stringify(JSON.parse(row.request)));
  });

  it('answers not_found for a session that is not in the current programme, and writes nothing', async () => {
    const { clientId } = await planned();
    const error = await callError(backend, 'sessions.log', {
      clientId,
      log: log('w9-xyz-walk_run', '2026-11-20', [1, 1, 0]),
    });
    expect(error.code).toBe('not_found');
    expect(await countRows(backend, 'session_log')).toBe(0);
    expect(await countRows(backend, 'programme')).toBe(1);
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

  it('needs a programme first and an existing client', async () => {
    const { client } = await createPlannableClient(backend);
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
  it('after the intake start date moves and the plan is regenerated, a green and a red run stay logged', async () => {
    const { clientId, programme } = await planned();
    const [first, second] = walkRuns(programme);
    await call(backend, 'sessions.log', { clientId, log: log(first!.id, first!.date, [1, 1, 0]) });
    await call(backend, 'sessions.log', { clientId, log: log(second!.id, second!.date, [7, 6, 4]) });

    await call(backend, 'intake.save', intakeInput(clientId, { startDate: '2026-11-12' }));
    const replanned = await call<StoredProgramme>(backend, 'programmes.generate', { clientId });

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
    expect(await countRows(backend, 'session_log')).toBe(2);
  });
});
