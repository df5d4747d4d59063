import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clearance } from '../../src/contract/clearances';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { clearanceInput, createClient } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

describe('clearances.set and clearances.list', () => {
  it('adds a row per update and keeps the history, most recent first', async () => {
    const client = await createClient(backend);
    const first = await call<Clearance>(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'walking' }),
    );
    backend.setNow(new Date('2026-11-27T15:30:00Z'));
    const second = await call<Clearance>(
      backend,
      'clearances.set',
      clearanceInput(client.id, {
        level: 'continuous',
        date: '2026-11-27',
        by: 'Dr. Lee',
        conditions: 'Flat only',
      }),
    );
    expect(second).toMatchObject({
      level: 'continuous',
      by: 'Dr. Lee',
      conditions: 'Flat only',
      overrideTimeGate: false,
      overrideReason: null,
      createdAt: '2026-11-27T15:30:00.000Z',
    });
    expect(await countRows(backend, 'clearance')).toBe(2);
    const history = await call<Clearance[]>(backend, 'clearances.list', { clientId: client.id });
    expect(history).toEqual([second, first]);
  });

  it('records a time-gate override with its reason', async () => {
    const client = await createClient(backend);
    const clearance = await call<Clearance>(
      backend,
      'clearances.set',
      clearanceInput(client.id, { overrideTimeGate: true, overrideReason: 'Surgeon cleared early running' }),
    );
    expect(clearance).toMatchObject({
      overrideTimeGate: true,
      overrideReason: 'Surgeon cleared early running',
    });
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const client = await createClient(backend);
    const error = await callError(backend, 'clearances.set', {
      clientId: client.id,
      level: 'sprinting',
      date: '2026-11-30',
      by: ' ',
      reviewDate: '2026-11-01',
      overrideTimeGate: true,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual({
      level: 'invalid_value',
      by: 'required',
      overrideReason: 'required',
      reviewDate: 'before_date',
      date: 'future_date',
    });
    expect(await countRows(backend, 'clearance')).toBe(0);
  });

  it.each([
    [{ date: '2026-13-01' }, 'date', 'invalid_date'],
    [{ date: '' }, 'date', 'invalid_regex'],
    [{ reviewDate: '2026-11-19' }, 'reviewDate', 'before_date'],
    [{ overrideTimeGate: 'yes' }, 'overrideTimeGate', 'invalid_type'],
  ])('refuses %j (%s: %s)', async (fields, path, code) => {
    const client = await createClient(backend);
    expect((await callError(backend, 'clearances.set', clearanceInput(client.id, fields))).issues[path]).toBe(
      code,
    );
  });

  it('answers not_found for an unknown client', async () => {
    expect((await callError(backend, 'clearances.set', clearanceInput(404))).code).toBe('not_found');
    expect((await callError(backend, 'clearances.list', { clientId: 404 })).code).toBe('not_found');
    expect(await countRows(backend, 'clearance')).toBe(0);
  });
});
