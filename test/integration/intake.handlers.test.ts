import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Intake } from '../../src/contract/intake';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { createClient, intakeInput } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

describe('intake.get and intake.save', () => {
  it('is null before the first save, then returns what was saved', async () => {
    const client = await createClient(backend);
    expect(await call(backend, 'intake.get', { clientId: client.id })).toBeNull();
    const saved = await call<Intake>(backend, 'intake.save', intakeInput(client.id));
    expect(saved).toEqual({
      ...intakeInput(client.id),
      redsSigns: [],
      breastfeeding: false,
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(await call(backend, 'intake.get', { clientId: client.id })).toEqual(saved);
  });

  it('replaces the one intake of a client on a second save', async () => {
    const client = await createClient(backend);
    await call(backend, 'intake.save', intakeInput(client.id));
    const again = await call<Intake>(
      backend,
      'intake.save',
      intakeInput(client.id, { days: ['tue'], crossTraining: [], preferredTime: '', goalDate: null }),
    );
    expect(again).toMatchObject({ days: ['tue'], crossTraining: [], preferredTime: null, goalDate: null });
    expect(await countRows(backend, 'intake')).toBe(1);
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const client = await createClient(backend);
    const error = await callError(
      backend,
      'intake.save',
      intakeInput(client.id, {
        experience: 'elite',
        painFreeWalkMinutes: -5,
        days: ['mon', 'mon', 'funday'],
        maxSessionMinutes: 241,
        crossTraining: ['swim', 'swim'],
        preferredTime: '7:30',
        goalKind: 'ultra',
        goalDate: '2026-11-16',
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual({
      experience: 'invalid_value',
      painFreeWalkMinutes: 'too_small',
      'days.2': 'invalid_value',
      'days.1': 'duplicate',
      maxSessionMinutes: 'too_big',
      'crossTraining.1': 'duplicate',
      preferredTime: 'invalid_regex',
      goalKind: 'invalid_value',
      goalDate: 'before_date',
    });
    expect(await countRows(backend, 'intake')).toBe(0);
  });

  it.each([
    [{ days: [] }, 'days', 'too_small'],
    [{ maxSessionMinutes: 9 }, 'maxSessionMinutes', 'too_small'],
    [{ startDate: undefined }, 'startDate', 'invalid_type'],
    [{ goalDate: '2026-11-01' }, 'goalDate', 'before_date'],
  ])('refuses %j (%s: %s)', async (fields, path, code) => {
    const client = await createClient(backend);
    expect((await callError(backend, 'intake.save', intakeInput(client.id, fields))).issues[path]).toBe(code);
  });

  it('answers not_found for an unknown client', async () => {
    expect((await callError(backend, 'intake.save', intakeInput(99))).code).toBe('not_found');
    expect((await callError(backend, 'intake.get', { clientId: 99 })).code).toBe('not_found');
  });
});
