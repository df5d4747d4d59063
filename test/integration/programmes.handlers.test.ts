import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assemblePlanRequest } from '../../src/backend/programmes/assemble-plan-request';
import { call, callError, countEveryTable, createTestBackend, type TestBackend } from '../fixtures/backend';
import {
  clearanceInput,
  createClient,
  createInjury,
  createPlannableClient,
  derivedProgramme,
  intakeInput,
  type CurrentProgramme,
} from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

describe('programmes.current: the programme is derived from the records, never stored', () => {
  it('assembles the PlanRequest from the stored rows', async () => {
    const { client } = await createPlannableClient(backend);
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

    const derived = await derivedProgramme(backend, client.id);
    expect(derived).toMatchObject({ clientId: client.id, today: '2026-11-27', engineVersion: '2.0.0' });
    expect(derived.programme).toMatchObject({ schemaVersion: 1, status: 'active', startDate: '2026-11-16' });

    const request = await assemblePlanRequest(backend.context.db, client.id, '2026-11-27');
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
      adjustments: [],
      assessments: [],
      criteriaThresholds: {},
      logs: [],
    });
  });

  it('follows a new clearance at once, with no generate step and nothing stored', async () => {
    const { client } = await createPlannableClient(backend);
    const before = await countEveryTable(backend);
    const first = await derivedProgramme(backend, client.id);
    expect(await countEveryTable(backend)).toEqual(before);
    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'walking', date: '2026-11-27' }),
    );
    const second = await derivedProgramme(backend, client.id);
    const runs = (p: typeof first) =>
      p.programme.weeks.flatMap((w) => w.sessions).filter((s) => s.kind === 'walk_run' && !s.locked).length;
    expect(runs(first)).toBeGreaterThan(0);
    expect(runs(second)).toBe(0);
    expect(await backend.context.db.introspection.getTables()).not.toContainEqual(
      expect.objectContaining({ name: 'programme' }),
    );
  });

  it('switching the language changes an existing programme at once', async () => {
    const { client } = await createPlannableClient(backend);
    const english = await derivedProgramme(backend, client.id);
    await call(backend, 'settings.save', { language: 'de' });
    const german = await derivedProgramme(backend, client.id);
    const titles = (p: typeof english) => p.programme.weeks[0]!.sessions.map((s) => s.title).join(' | ');
    expect(titles(english)).toMatch(/Walk-run|Brisk walk|Strength/);
    expect(titles(german)).not.toEqual(titles(english));
    expect(titles(german)).toMatch(/Gehen|Kraft|Lauf/);
    expect(german.programme.painGuide.text).not.toEqual(english.programme.painGuide.text);
  });

  it('switching the language changes the next print of an existing programme too', async () => {
    const { client } = await createPlannableClient(backend);
    const printed = async (): Promise<string> => {
      const { pdfBase64 } = await call<{ pdfBase64: string }>(backend, 'print.programme', {
        clientId: client.id,
      });
      const file = join(backend.dataDir, 'print.pdf');
      writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const english = await printed();
    expect(english).toContain('Walk-run, stage');
    await call(backend, 'settings.save', { language: 'de' });
    const german = await printed();
    expect(german).toContain('Geh-Lauf, Stufe');
    expect(german).not.toContain('Walk-run, stage');
    const languages = await backend.context.db
      .selectFrom('plan_snapshot')
      .select('language')
      .orderBy('id')
      .execute();
    expect(languages.map((row) => row.language)).toEqual(['en', 'de']);
  });

  it('says what is missing instead of a plan, in the order a clinician fills it in', async () => {
    const client = await createClient(backend);
    expect(await call<CurrentProgramme>(backend, 'programmes.current', { clientId: client.id })).toEqual({
      derived: null,
      notPlannable: 'Add an injury first. Record a clearance first. Complete the intake first.',
    });
    await createInjury(backend, client.id);
    await call(backend, 'intake.save', intakeInput(client.id));
    expect(
      (await call<CurrentProgramme>(backend, 'programmes.current', { clientId: client.id })).notPlannable,
    ).toBe('Record a clearance first.');
  });

  it('treats a resolved injury as no injury', async () => {
    const { client, injury } = await createPlannableClient(backend);
    await call(backend, 'injuries.update', { id: injury.id, status: 'resolved' });
    expect(
      (await call<CurrentProgramme>(backend, 'programmes.current', { clientId: client.id })).notPlannable,
    ).toBe('Add an injury first.');
  });

  it('reports records that do not fit together with the request path', async () => {
    const { client } = await createPlannableClient(backend);
    // An onset after the intake's start date is valid on its own but not as a plan.
    await createInjury(backend, client.id, { type: 'calf_strain', onsetDate: '2026-11-20' });
    const current = await call<CurrentProgramme>(backend, 'programmes.current', { clientId: client.id });
    expect(current.derived).toBeNull();
    expect(current.notPlannable).toContain('injury.onsetDate');
  });

  it('answers not_found for an unknown client', async () => {
    expect((await callError(backend, 'programmes.current', { clientId: 5 })).code).toBe('not_found');
  });
});

describe('what was handed to the client', () => {
  it('a print keeps a small snapshot; a later clearance shows the plan changed since it was printed', async () => {
    const { client } = await createPlannableClient(backend);
    expect((await derivedProgramme(backend, client.id)).handedOut).toBeNull();
    const pdf = await call<{ bytes: number }>(backend, 'print.programme', { clientId: client.id });
    const snapshot = await backend.context.db
      .selectFrom('plan_snapshot')
      .selectAll()
      .where('client_id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(snapshot).toMatchObject({ purpose: 'print', language: 'en', engine_version: '2.0.0' });
    expect(snapshot.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.file_bytes).toBe(pdf.bytes);
    expect(snapshot.request.byteLength).toBeLessThan(4000);
    expect((await derivedProgramme(backend, client.id)).handedOut).toEqual({
      at: '2026-11-27T10:00:00.000Z',
      purpose: 'print',
      language: 'en',
      changedSince: [],
    });

    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'continuous', date: '2026-11-27' }),
    );
    await call(backend, 'intake.save', intakeInput(client.id, { maxSessionMinutes: 45 }));
    expect((await derivedProgramme(backend, client.id)).handedOut?.changedSince).toEqual([
      'clearance',
      'intake',
    ]);
  });
});
