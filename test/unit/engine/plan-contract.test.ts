/** The zod contract for the engine's JSON (src/contract/plan.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanRequest, ProgrammeSchema } from '../../../src/contract/plan';
import { generatePlan } from '../../../src/engine';
import { planRequestArb, planRequestWithLogsArb } from '../../fixtures/plan-request.arbitrary';
import { baseRequest } from '../../fixtures/plan-request.builder';

/** The parts of a raw request these tests overwrite with invalid values. */
interface Mutable {
  startDate: unknown;
  availability: { days: unknown[]; maxSessionMinutes: unknown };
  injury: { type: unknown };
  clearance: { reviewDate: unknown };
  client: { name: unknown };
  notes: Array<{ restrictions: unknown[] }>;
  logs: unknown[];
}

const example = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../examples/achilles-walk-run-10k.json'), 'utf8'),
  ) as Record<string, unknown>;

describe('PlanRequestSchema / parsePlanRequest', () => {
  it('migrates a version 1 request to version 2: a recurrent injury counts one earlier episode', () => {
    const raw = example() as { schemaVersion: number; injury: Record<string, unknown> };
    expect(raw.schemaVersion).toBe(1);
    raw.injury.recurrent = true;
    const result = parsePlanRequest(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(2);
    expect(result.value.injury).toMatchObject({ recurrent: true, previousEpisodes: 1, bsiSite: null });
    expect(result.value.client).toMatchObject({ redsSigns: [], breastfeeding: false });
    expect(result.value.clearance.overrideSportGate).toBe(false);
  });

  it('refuses a bone stress site of the wrong risk class, or on another injury, naming the field', () => {
    const wrongClass = parsePlanRequest({
      ...baseRequest(),
      injury: { ...baseRequest().injury, type: 'bsi_low_risk', bsiSite: 'femoral_neck' },
    });
    expect(wrongClass.ok).toBe(false);
    if (!wrongClass.ok) expect(wrongClass.issues[0]).toMatchObject({ path: 'injury.bsiSite' });
    const notBone = parsePlanRequest({
      ...baseRequest(),
      injury: { ...baseRequest().injury, bsiSite: 'fibula' },
    });
    expect(notBone.ok).toBe(false);
  });

  it('accepts the documented example and fills defaults', () => {
    const raw = example();
    delete raw.today;
    delete raw.units;
    delete raw.locale;
    delete raw.logs;
    delete raw.notes;
    const result = parsePlanRequest(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.today).toBe('2026-12-01');
    expect(result.value.units).toBe('km');
    expect(result.value.locale).toBe('en');
    expect(result.value.logs).toEqual([]);
    expect(result.value.notes).toEqual([]);
  });

  it('accepts every random valid request the property tests use', () => {
    fc.assert(
      fc.property(planRequestArb, (request) => parsePlanRequest(request).ok),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(planRequestWithLogsArb, (request) => parsePlanRequest(request).ok),
      { numRuns: 30 },
    );
  });

  it('reports every offending field with its path and a readable reason', () => {
    const raw = example() as unknown as Mutable;
    raw.startDate = '2026-02-30';
    raw.availability.days = ['mon', 'mon', 'someday'];
    raw.availability.maxSessionMinutes = 3;
    raw.injury.type = 'acl_reconstruction';
    raw.clearance.reviewDate = '2026-11-01';
    raw.client.name = '';
    raw.notes[0]?.restrictions.push({ code: 'max_run_minutes' });
    raw.logs = [{ sessionId: 'w1-wed-walk_run', date: '2027-01-01', completed: 'yes', painDuring: 12 }];
    const result = parsePlanRequest(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'startDate',
        'availability.days.1',
        'availability.days.2',
        'availability.maxSessionMinutes',
        'injury.surgeryDate',
        'clearance.reviewDate',
        'client.name',
        'notes.0.restrictions.1.value',
        'logs.0.completed',
        'logs.0.painDuring',
        'logs.0.date',
      ].sort(),
    );
    expect(byPath['startDate']).toMatch(/YYYY-MM-DD/);
    expect(byPath['availability.days.1']).toBe('mon is listed twice');
    expect(byPath['injury.surgeryDate']).toMatch(/required/);
    expect(byPath['clearance.reviewDate']).toMatch(/before the clearance date/);
  });

  it.each([
    [
      'postnatal without a delivery date',
      { injury: { ...baseRequest().injury, type: 'postnatal' } },
      'injury.deliveryDate',
    ],
    ['no available days', { availability: { ...baseRequest().availability, days: [] } }, 'availability.days'],
    ['goal before the start', { goal: { kind: '10k', date: '2026-11-01' } }, 'goal.date'],
    [
      'duplicate logs',
      {
        today: '2026-12-05',
        logs: [
          { sessionId: 'a', date: '2026-12-02', completed: true },
          { sessionId: 'a', date: '2026-12-03', completed: true },
        ],
      },
      'logs.1.sessionId',
    ],
    [
      'unknown restriction',
      { notes: [{ date: '2026-11-20', author: 'X', restrictions: [{ code: 'no_running' }] }] },
      'notes.0.restrictions.0.code',
    ],
    ['wrong schema version', { schemaVersion: 3 }, 'schemaVersion'],
  ])('%s → %s', (_name, patch, path) => {
    const result = parsePlanRequest({ ...baseRequest(), ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
  });

  it('rejects non-objects without throwing', () => {
    for (const raw of [null, 42, 'x', []]) expect(parsePlanRequest(raw).ok).toBe(false);
  });
});

describe('ProgrammeSchema', () => {
  it('accepts what the engine produces', () => {
    fc.assert(
      fc.property(planRequestArb, (request) => {
        const result = ProgrammeSchema.safeParse(generatePlan(request));
        if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 3)));
      }),
      { numRuns: 100 },
    );
  });
});
