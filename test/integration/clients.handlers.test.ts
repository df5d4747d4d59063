import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientList } from '../../src/contract/clients';
import { createTestBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

async function create(fields: Record<string, unknown>): Promise<Client> {
  const result = await backend.dispatch('clients.create', fields);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Client;
}

async function countRows(): Promise<number> {
  const row = await backend.context.db
    .selectFrom('client')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('clients.create', () => {
  it('stores a client with trimmed text and empty optional fields as null', async () => {
    const client = await create({ name: '  Anna Keller ', email: '', phone: ' ', birthDate: '1988-04-02' });
    expect(client).toMatchObject({
      name: 'Anna Keller',
      email: null,
      phone: null,
      birthDate: '1988-04-02',
      sex: 'unspecified',
      archived: false,
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    const got = await backend.dispatch('clients.get', { id: client.id });
    expect(got).toEqual({ ok: true, value: client });
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const result = await backend.dispatch('clients.create', {
      name: ' ',
      birthDate: '2030-01-01',
      email: 'anna@',
      sex: 'robot',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const byPath = Object.fromEntries(result.error.issues!.map((issue) => [issue.path, issue.code]));
    expect(byPath).toEqual({
      name: 'required',
      email: 'invalid_email',
      sex: 'invalid_value',
      birthDate: 'future_date',
    });
    expect(await countRows()).toBe(0);
  });

  it.each([
    ['2026-02-30', 'invalid_date'],
    ['02/03/1990', 'invalid_regex'],
    ['2026-11-28', 'future_date'],
  ])('refuses the birth date %s (%s)', async (birthDate, code) => {
    const result = await backend.dispatch('clients.create', { name: 'X', birthDate });
    expect(result.ok || result.error.issues).toEqual([expect.objectContaining({ path: 'birthDate', code })]);
  });

  it('accepts today as a birth date (the clock decides, not the machine)', async () => {
    await expect(create({ name: 'Newborn', birthDate: '2026-11-27' })).resolves.toMatchObject({
      birthDate: '2026-11-27',
    });
  });
});

describe('clients.update and clients.archive', () => {
  it('updates fields and the updated timestamp, keeping the created one', async () => {
    const client = await create({ name: 'Ben Okafor' });
    const result = await backend.dispatch('clients.update', {
      id: client.id,
      name: 'Ben Okafor-Smith',
      group: 'Harriers',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'Ben Okafor-Smith', group: 'Harriers', createdAt: client.createdAt },
    });
  });

  it('leaves the row untouched when the update is invalid', async () => {
    const client = await create({ name: 'Ben Okafor', email: 'ben@example.com' });
    const result = await backend.dispatch('clients.update', { id: client.id, name: '', email: 'nope' });
    expect(result.ok).toBe(false);
    expect(await backend.dispatch('clients.get', { id: client.id })).toEqual({ ok: true, value: client });
  });

  it('answers not_found for an unknown id', async () => {
    const result = await backend.dispatch('clients.update', { id: 999, name: 'Ghost' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('archives and restores; archived clients are hidden unless asked for', async () => {
    const kept = await create({ name: 'Kept' });
    const gone = await create({ name: 'Gone' });
    await backend.dispatch('clients.archive', { id: gone.id });
    const active = (await backend.dispatch('clients.list', {})) as { ok: true; value: ClientList };
    expect(active.value.items.map((c) => c.id)).toEqual([kept.id]);
    const all = (await backend.dispatch('clients.list', { includeArchived: true })) as {
      ok: true;
      value: ClientList;
    };
    // Active clients first, then archived ones.
    expect(all.value.items.map((c) => c.name)).toEqual(['Kept', 'Gone']);
    const restored = await backend.dispatch('clients.archive', { id: gone.id, archived: false });
    expect(restored).toMatchObject({ ok: true, value: { archived: false } });
  });
});

describe('clients.list', () => {
  it('searches name, email, phone and group case-insensitively, sorted by name', async () => {
    await create({ name: 'Zoe Hart', group: 'Harbour Runners' });
    await create({ name: 'adam price', email: 'adam@harbour.example' });
    await create({ name: 'Carl Moss', phone: '0123' });
    const result = (await backend.dispatch('clients.list', { query: 'HARBOUR' })) as {
      ok: true;
      value: ClientList;
    };
    expect(result.value.items.map((c) => c.name)).toEqual(['adam price', 'Zoe Hart']);
    expect(result.value.total).toBe(2);
  });

  it('sorts by name ignoring case and accents, and keeps the order when a name changes', async () => {
    const peters = await create({ name: 'Peters' });
    await create({ name: 'Özdemir' });
    await create({ name: 'okafor' });
    await create({ name: 'Ängström' });
    const names = async (): Promise<string[]> =>
      ((await backend.dispatch('clients.list', {})) as { ok: true; value: ClientList }).value.items.map(
        (c) => c.name,
      );
    expect(await names()).toEqual(['Ängström', 'okafor', 'Özdemir', 'Peters']);
    await backend.dispatch('clients.update', { id: peters.id, name: 'Berg' });
    expect(await names()).toEqual(['Ängström', 'Berg', 'okafor', 'Özdemir']);
  });

  it('treats % and _ in the search as plain characters', async () => {
    await create({ name: 'Percy 100%' });
    await create({ name: 'Other' });
    const result = (await backend.dispatch('clients.list', { query: '%' })) as {
      ok: true;
      value: ClientList;
    };
    expect(result.value.items.map((c) => c.name)).toEqual(['Percy 100%']);
  });

  it('pages with limit and offset and reports the total', async () => {
    for (const name of ['A', 'B', 'C', 'D', 'E']) await create({ name });
    const page = (await backend.dispatch('clients.list', { limit: 2, offset: 2 })) as {
      ok: true;
      value: ClientList;
    };
    expect(page.value.items.map((c) => c.name)).toEqual(['C', 'D']);
    expect(page.value.total).toBe(5);
  });
});
