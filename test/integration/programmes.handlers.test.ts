import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredProgramme } from '../../src/contract/programmes';
import type { PlanRequest } from '../../src/engine/types';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import {
  clearanceInput,
  createClient,
  createInjury,
  createPlannableClient,
  intakeInput,
} from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

async function storedRequest(programmeId: number): Promise<PlanRequest> {
  const row = await backend.context.db
    .selectFrom('programme')
    .select(['request', 'engine_version'])
    .where('id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.request) as PlanRequest;
}

describe('programmes.generate', () => {
  it('assembles the PlanRequest from the stored rows and keeps request, engine version and programme', async () => {
    const { client, injury } = await createPlannableClient(backend);
    // An older, resolved injury and an earlier clearance must not be used.
    await call(backend, 'injuries.update', {
      id: (await createInjury(backend, client.id, { type: 'mtss' })).id,
      status: 'resolved',
    });
    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'walk_run', date: '2026-11-21', by: 'Dr. Lee' }),
    );
    await call(backend, 'settings.save', { units: 'mi', language: 'de' });

    const stored = await call<StoredProgramme>(backend, 'programmes.generate', { clientId: client.id });
    expect(stored).toMatchObject({
      clientId: client.id,
      engineVersion: '2.0.0',
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(stored.programme).toMatchObject({ schemaVersion: 1, status: 'active', startDate: '2026-11-16' });

    const request = await storedRequest(stored.programmeId);
    expect(request).toEqual({
      schemaVersion: 2,
      startDate: '2026-11-16',
      today: '2026-11-27',
      units: 'mi',
      locale: 'de',
      client: {
        name: 'Anna Keller',
        birthDate: '1988-04-02',
        sex: 'female',
        experience: 'regular',
        redsSigns: [],
        breastfeeding: false,
      },
      injury: {
        type: 'achilles_tendinopathy',
        side: 'left',
        onsetDate: '2026-09-01',
        weeksWithoutRunning: 6,
        severity: 'moderate',
        surgeryDate: null,
        deliveryDate: null,
        recurrent: false,
        previousEpisodes: 0,
        bsiSite: null,
        imagingConfirmedHealing: false,
      },
      notes: [
        {
          date: '2026-11-20',
          author: 'J. Physio',
          text: 'Avoid hills for 4 weeks',
          restrictions: [{ code: 'no_hills', value: null, until: '2026-12-18' }],
        },
      ],
      clearance: {
        level: 'walk_run',
        date: '2026-11-21',
        by: 'Dr. Lee',
        reviewDate: '2026-12-18',
        overrideTimeGate: false,
        overrideSportGate: false,
      },
      fitness: { painFreeWalkMinutes: 30, longestRecentRunMinutes: 0, preInjuryWeeklyRunMinutes: 180 },
      availability: {
        days: ['mon', 'wed', 'fri', 'sun'],
        maxSessionMinutes: 60,
        crossTraining: ['bike', 'swim'],
      },
      goal: { kind: '10k', date: '2027-05-02' },
      logs: [],
    });
    expect(injury.id).toBeGreaterThan(0);
  });

  it('stores each generation as a new row; programmes.current is the latest', async () => {
    const { client } = await createPlannableClient(backend);
    expect(await call(backend, 'programmes.current', { clientId: client.id })).toBeNull();
    const first = await call<StoredProgramme>(backend, 'programmes.generate', { clientId: client.id });
    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'continuous', date: '2026-11-27' }),
    );
    const second = await call<StoredProgramme>(backend, 'programmes.generate', { clientId: client.id });
    expect(second.programmeId).toBeGreaterThan(first.programmeId);
    expect(await countRows(backend, 'programme')).toBe(2);
    expect(await call(backend, 'programmes.current', { clientId: client.id })).toEqual(second);
    expect((await storedRequest(second.programmeId)).clearance.level).toBe('continuous');
  });

  it('names every missing piece in one conflict and stores nothing', async () => {
    const client = await createClient(backend);
    const error = await callError(backend, 'programmes.generate', { clientId: client.id });
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'Add an injury first. Record a clearance first. Complete the intake first.',
      issues: { injury: 'missing', clearance: 'missing', intake: 'missing' },
    });
    await createInjury(backend, client.id);
    await call(backend, 'intake.save', intakeInput(client.id));
    expect(await callError(backend, 'programmes.generate', { clientId: client.id })).toMatchObject({
      code: 'conflict',
      message: 'Record a clearance first.',
    });
    expect(await countRows(backend, 'programme')).toBe(0);
  });

  it('treats a resolved injury as no injury', async () => {
    const { client, injury } = await createPlannableClient(backend);
    await call(backend, 'injuries.update', { id: injury.id, status: 'resolved' });
    expect((await callError(backend, 'programmes.generate', { clientId: client.id })).issues).toEqual({
      injury: 'missing',
    });
  });

  it('reports records that do not fit together as a conflict with the request paths', async () => {
    const { client } = await createPlannableClient(backend);
    // An onset after the intake's start date is valid on its own but not as a plan.
    await createInjury(backend, client.id, { type: 'calf_strain', onsetDate: '2026-11-20' });
    const error = await callError(backend, 'programmes.generate', { clientId: client.id });
    expect(error.code).toBe('conflict');
    expect(error.issues).toHaveProperty(['injury.onsetDate']);
    expect(await countRows(backend, 'programme')).toBe(0);
  });

  it('answers not_found for an unknown client', async () => {
    expect((await callError(backend, 'programmes.generate', { clientId: 5 })).code).toBe('not_found');
    expect((await callError(backend, 'programmes.current', { clientId: 5 })).code).toBe('not_found');
  });
});
