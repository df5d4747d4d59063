/** Searches take any text: characters the full-text index cannot read find nothing, never an error. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/backend/open-backend';

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'restride-search-input-'));
  backend = await openBackend({
    dataDir: dir,
    clock: () => new Date('2026-12-06T10:00:00Z'),
    dailyBackup: false,
  });
  const created = await backend.dispatch('clients.create', { name: 'Nora Null' });
  expect(created.ok).toBe(true);
});

afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search text the index cannot read', () => {
  for (const query of ['no\u0000ra', '\u0000\u0000\u0000', 'a"b"c', 'NEAR(nora null)', '*nor*']) {
    it(`${JSON.stringify(query)}: the caseload and the Clients list answer, without an error`, async () => {
      const dashboard = await backend.dispatch('dashboard.get', { query });
      const clients = await backend.dispatch('clients.list', { query, limit: 10 });
      expect(dashboard.ok).toBe(true);
      expect(clients.ok).toBe(true);
    });
  }

  it('a name with a NUL in the middle finds nothing (no client holds one)', async () => {
    const clients = await backend.dispatch('clients.list', { query: 'no\u0000ra', limit: 10 });
    expect(clients.ok && (clients.value as { items: unknown[] }).items).toEqual([]);
  });
});
