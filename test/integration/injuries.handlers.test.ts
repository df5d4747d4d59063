import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Injury } from '../../src/contract/injuries';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { achilles, createClient, createInjury } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

describe('injuries.create', () => {
  it('stores an injury with defaults, active, with no notes', async () => {
    const client = await createClient(backend);
    const injury = await call<Injury>(backend, 'injuries.create', { clientId: client.id, type: 'mtss' });
    expect(injury).toMatchObject({
      clientId: client.id,
      type: 'mtss',
      side: 'na',
      severity: 'moderate',
      weeksWithoutRunning: 0,
      onsetDate: null,
      recurrent: false,
      imagingConfirmedHealing: false,
      status: 'active',
      notes: [],
      createdAt: '2026-11-27T10:00:00.000Z',
    });
  });

  it('reports every invalid field at once, including the clock and cross-field rules, and writes nothing', async () => {
    const client = await createClient(backend);
    const error = await callError(backend, 'injuries.create', {
      clientId: client.id,
      type: 'acl_reconstruction',
      side: 'up',
      onsetDate: '2026-11-28',
      weeksWithoutRunning: -1,
      severity: 'mild',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual({
      side: 'invalid_value',
      weeksWithoutRunning: 'too_small',
      surgeryDate: 'required',
      onsetDate: 'future_date',
    });
    expect(await countRows(backend, 'injury')).toBe(0);
  });

  it.each([
    ['acl_reconstruction', 'surgeryDate'],
    ['knee_surgery_other', 'surgeryDate'],
    ['postnatal', 'deliveryDate'],
  ])('requires the time-gate date for %s (%s)', async (type, path) => {
    const client = await createClient(backend);
    const error = await callError(backend, 'injuries.create', { clientId: client.id, type });
    expect(error.issues).toEqual({ [path]: 'required' });
    const ok = await createInjury(backend, client.id, { type, [path]: '2026-09-01' });
    expect(ok[path as 'surgeryDate']).toBe('2026-09-01');
  });

  it.each([
    [{ type: 'nope' }, 'type', 'invalid_value'],
    [{ type: 'mtss', onsetDate: '2026-02-30' }, 'onsetDate', 'invalid_date'],
    [{ type: 'mtss', deliveryDate: '2027-01-01' }, 'deliveryDate', 'future_date'],
    [{ type: 'mtss', weeksWithoutRunning: 1.5 }, 'weeksWithoutRunning', 'invalid_type'],
    [{ type: 'mtss', recurrent: 'yes' }, 'recurrent', 'invalid_type'],
  ])('refuses %j (%s: %s)', async (fields, path, code) => {
    const client = await createClient(backend);
    const error = await callError(backend, 'injuries.create', { clientId: client.id, ...fields });
    expect(error.issues[path]).toBe(code);
  });

  it('answers not_found for an unknown client and writes nothing', async () => {
    expect((await callError(backend, 'injuries.create', { clientId: 999, type: 'mtss' })).code).toBe(
      'not_found',
    );
    expect(await countRows(backend, 'injury')).toBe(0);
  });
});

describe('injuries.update', () => {
  it('changes only the fields sent, resolves and reactivates', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id);
    backend.setNow(new Date('2026-11-28T09:00:00Z'));
    const resolved = await call<Injury>(backend, 'injuries.update', { id: injury.id, status: 'resolved' });
    expect(resolved).toMatchObject({ ...achilles, status: 'resolved', createdAt: injury.createdAt });
    expect(resolved.updatedAt).toBe('2026-11-28T09:00:00.000Z');
    const edited = await call<Injury>(backend, 'injuries.update', {
      id: injury.id,
      severity: 'severe',
      status: 'active',
    });
    expect(edited).toMatchObject({ severity: 'severe', status: 'active', side: 'left' });
  });

  it('checks the cross-field rules on the merged injury and leaves it untouched when they fail', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id);
    const error = await callError(backend, 'injuries.update', { id: injury.id, type: 'postnatal' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: { deliveryDate: 'required' } });
    const [stored] = await call<Injury[]>(backend, 'injuries.list', { clientId: client.id });
    expect(stored).toEqual(injury);
  });

  it('refuses a future onset and answers not_found for an unknown injury', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id);
    expect(
      (await callError(backend, 'injuries.update', { id: injury.id, onsetDate: '2026-12-01' })).issues,
    ).toEqual({
      onsetDate: 'future_date',
    });
    expect((await callError(backend, 'injuries.update', { id: 4242, status: 'resolved' })).code).toBe(
      'not_found',
    );
  });
});

describe('injuries.list', () => {
  it('lists the client’s injuries newest first, each with its notes newest first', async () => {
    const client = await createClient(backend);
    const other = await createClient(backend, 'Ben Okafor');
    const first = await createInjury(backend, client.id);
    const second = await createInjury(backend, client.id, { type: 'calf_strain', side: 'right' });
    await createInjury(backend, other.id);
    for (const date of ['2026-11-01', '2026-11-20', '2026-11-10']) {
      await call(backend, 'notes.add', {
        injuryId: first.id,
        date,
        author: 'J. Physio',
        text: `Seen ${date}`,
      });
    }
    const injuries = await call<Injury[]>(backend, 'injuries.list', { clientId: client.id });
    expect(injuries.map((injury) => injury.id)).toEqual([second.id, first.id]);
    expect(injuries[1]!.notes.map((note) => note.date)).toEqual(['2026-11-20', '2026-11-10', '2026-11-01']);
    expect(injuries[0]!.notes).toEqual([]);
  });

  it('answers not_found for an unknown client and invalid_input without an id', async () => {
    expect((await callError(backend, 'injuries.list', { clientId: 31337 })).code).toBe('not_found');
    expect((await callError(backend, 'injuries.list', {})).issues).toEqual({ clientId: 'invalid_type' });
  });
});
