import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Adjustment } from '../../src/contract/adjustments';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import type { Session } from '../../src/engine/types';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { clearanceInput, createPlannableClient, derivedProgramme, intakeInput } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  // A Monday: the programme (start 16 Nov, a Monday) is in its third week.
  backend = await createTestBackend(new Date('2026-11-30T10:00:00Z'));
});
afterEach(async () => {
  await backend.dispose();
});

const sessionsOf = (derived: DerivedProgrammeDto): Session[] =>
  derived.programme.weeks.flatMap((week) => week.sessions);

type Added = { adjustment: Adjustment; programme: DerivedProgrammeDto };

/** The first future run of the plan, and the day after it when that day is free of sessions. */
async function plannedRun(clientId: number): Promise<Session> {
  const run = sessionsOf(await derivedProgramme(backend, clientId)).find(
    (s) => s.kind === 'walk_run' && s.date > '2026-11-30' && !s.locked,
  );
  if (!run) throw new Error('No future run in the plan');
  return run;
}

describe('adjustments (issue 11 §5)', () => {
  it('a moved and a shortened session survive a new clearance and a language switch', async () => {
    const { client } = await createPlannableClient(backend);
    // Two running days, so a run can move to a day with no run either side of it.
    await call(backend, 'intake.save', intakeInput(client.id, { days: ['mon', 'thu'] }));
    const sessions = sessionsOf(await derivedProgramme(backend, client.id));
    const runs = sessions.filter((s) => s.kind === 'walk_run' && s.date > '2026-11-30' && !s.locked);
    const [toMove, toShorten] = runs;
    // Thursday's run moves to Saturday (no session that day, none on Friday or Sunday).
    expect(toMove!.date).toBe('2026-12-03');
    const free = '2026-12-05';
    expect(sessions.filter((s) => ['2026-12-04', free, '2026-12-06'].includes(s.date))).toEqual([]);
    const moved = await call<Added>(backend, 'adjustments.add', {
      clientId: client.id,
      date: toMove!.date,
      kind: 'run',
      action: { type: 'move', toDate: free },
      by: 'J. Physio',
      reason: 'Client works late on this day',
    });
    expect(moved.adjustment).toMatchObject({ date: toMove!.date, kind: 'run', by: 'J. Physio' });
    const shorter = Math.max(1, Math.floor(toShorten!.durationMinutes / 2));
    await call<Added>(backend, 'adjustments.add', {
      clientId: client.id,
      date: toShorten!.date,
      kind: 'run',
      action: { type: 'shorten', minutes: shorter },
      by: 'J. Physio',
      reason: 'Sore after the weekend',
    });

    const check = async (language: 'en' | 'de'): Promise<void> => {
      const after = sessionsOf(await derivedProgramme(backend, client.id));
      const movedRun = after.find((s) => s.date === free && s.kind === 'walk_run');
      expect(movedRun?.adjusted).toMatchObject({ by: 'J. Physio', action: { type: 'move' } });
      expect(after.some((s) => s.date === toMove!.date && s.kind === 'walk_run')).toBe(false);
      const shortened = after.find((s) => s.date === toShorten!.date && s.kind === 'walk_run');
      expect(shortened?.durationMinutes).toBeLessThanOrEqual(shorter);
      expect(shortened?.adjusted).toMatchObject({ action: { type: 'shorten', minutes: shorter } });
      const said = movedRun!.explain.map((e) => e.text).join(' ');
      expect(said).toContain('J. Physio');
      if (language === 'de') expect(said).toMatch(/verschoben|angepasst/i);
    };
    await check('en');
    // A new clearance and a language switch change nothing of what the clinician decided.
    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'walk_run', date: '2026-11-30' }),
    );
    await check('en');
    await call(backend, 'settings.save', { language: 'de' });
    await check('de');
    expect(await countRows(backend, 'plan_adjustment')).toBe(2);
    // The print says so too: the programme changed since it was handed out names adjustments.
    expect((await call<Adjustment[]>(backend, 'adjustments.list', { clientId: client.id })).length).toBe(2);
  });

  it('refuses what the rules do not allow, with the engine’s reason, storing nothing', async () => {
    const { client } = await createPlannableClient(backend);
    await call(backend, 'intake.save', intakeInput(client.id, { crossTraining: ['bike'] }));
    await call(backend, 'notes.add', {
      injuryId: (await call<{ id: number }[]>(backend, 'injuries.list', { clientId: client.id }))[0]!.id,
      date: '2026-11-30',
      author: 'J. Physio',
      text: 'No cycling for now',
      restrictions: [{ code: 'no_cycling', until: null }],
    });
    const run = await plannedRun(client.id);
    const longer = await callError(backend, 'adjustments.add', {
      clientId: client.id,
      date: run.date,
      kind: 'run',
      action: { type: 'shorten', minutes: run.durationMinutes + 20 },
      by: 'J. Physio',
      reason: 'More',
    });
    expect(longer.code).toBe('conflict');
    expect(longer.message).toMatch(/^This adjustment cannot be made\. /);
    const swap = await callError(backend, 'adjustments.add', {
      clientId: client.id,
      date: run.date,
      kind: 'run',
      action: { type: 'swap_cross_training' },
      by: 'J. Physio',
      reason: 'Rest the tendon',
    });
    expect(swap.code).toBe('conflict');
    const nothing = await callError(backend, 'adjustments.add', {
      clientId: client.id,
      date: '2026-12-01',
      kind: 'strength',
      action: { type: 'skip' },
      by: 'J. Physio',
      reason: 'No such session',
    });
    expect(nothing.code).toBe('conflict');
    expect(await countRows(backend, 'plan_adjustment')).toBe(0);
  });

  it('validates at the boundary: who and why are required, a hold names no session', async () => {
    const { client } = await createPlannableClient(backend);
    const error = await callError(backend, 'adjustments.add', {
      clientId: client.id,
      date: '2026-12-02',
      kind: 'run',
      action: { type: 'shorten', minutes: 0 },
      by: ' ',
      reason: '',
    });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.issues).sort()).toEqual(['action.minutes', 'by', 'reason']);
    const hold = await callError(backend, 'adjustments.add', {
      clientId: client.id,
      date: '2026-12-02',
      kind: 'run',
      action: { type: 'hold_week' },
      by: 'J. Physio',
      reason: 'Exams',
    });
    expect(Object.keys(hold.issues)).toEqual(['kind']);
  });

  it('a skip takes the session out, and removing the adjustment brings it back', async () => {
    const { client } = await createPlannableClient(backend);
    const run = await plannedRun(client.id);
    const added = await call<Added>(backend, 'adjustments.add', {
      clientId: client.id,
      date: run.date,
      kind: 'run',
      action: { type: 'skip' },
      by: 'J. Physio',
      reason: 'Travelling',
    });
    const skipped = sessionsOf(added.programme).find((s) => s.date === run.date && s.adjusted);
    expect(skipped?.runMinutes ?? 0).toBe(0);
    await call(backend, 'adjustments.remove', { id: added.adjustment.id });
    const back = sessionsOf(await derivedProgramme(backend, client.id)).find(
      (s) => s.date === run.date && s.kind === run.kind,
    );
    expect(back?.adjusted).toBeUndefined();
    expect(back?.runMinutes).toBe(run.runMinutes);
    expect((await callError(backend, 'adjustments.remove', { id: added.adjustment.id })).code).toBe(
      'not_found',
    );
  });
});
