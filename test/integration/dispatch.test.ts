import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/backend/dispatch';
import { createTestBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

it('refuses an unknown channel by name', async () => {
  expect(await backend.dispatch('clients.drop', {})).toMatchObject({
    ok: false,
    error: { code: 'unknown_channel' },
  });
  expect(await backend.dispatch('__proto__', {})).toMatchObject({
    ok: false,
    error: { code: 'unknown_channel' },
  });
});

it.each([null, 42, 'text', [], { name: 42 }])('answers invalid_input for the input %j', async (input) => {
  expect(await backend.dispatch('clients.create', input)).toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
});

it('turns an unexpected failure into internal, logging the details host-side only', async () => {
  await backend.context.db.schema.dropTable('client').execute();
  const log = vi.fn();
  const result = await dispatch(backend.context, 'clients.list', {}, log);
  expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  expect(JSON.stringify(result)).not.toContain('no such table');
  expect(log).toHaveBeenCalledOnce();
  expect(String(log.mock.calls[0]![1])).toContain('no such table');
});
