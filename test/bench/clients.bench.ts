import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toClientColumns } from '../../src/backend/clients/client.mapping';
import { insertClient } from '../../src/backend/clients/client.repository';
import type { NewClientRow } from '../../src/backend/clients/client.table';
import { forgetKeptResults } from '../../src/backend/db/connection';
import { openBackend } from '../../src/backend/open-backend';
import { bench } from './harness';

const firstNames = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Esther',
  'Farid',
  'Greta',
  'Hiro',
  'Isabel',
  'Jonas',
  'Katrin',
  'Liam',
];
const lastNames = [
  'Keller',
  'Okafor',
  'Nowak',
  'Lindqvist',
  'Mensah',
  'Haddad',
  'Schulz',
  'Tanaka',
  'Ferreira',
  'Weber',
];

function clientRow(i: number): NewClientRow {
  const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const columns = toClientColumns({
    name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]} ${i}`,
    birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 9}`,
    sex: i % 2 ? 'female' : 'male',
    email: `client${i}@example.com`,
    phone: null,
    notes: null,
    group: i % 5 === 0 ? 'Riverside Harriers' : null,
  });
  return { ...columns, archived: i % 20 === 0 ? 1 : 0, created_at: now, updated_at: now };
}

/** Inserting and searching 10,000 clients on a real SQLite file. */
export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-bench-'));
  try {
    const backend = await openBackend({ dataDir });
    const db = backend.context.db;
    let batch = 0;
    await bench(
      'db.insert.10k',
      async () => {
        const offset = batch++ * 10_000;
        await db.transaction().execute(async (trx) => {
          for (let i = 0; i < 10_000; i++) await insertClient(trx, clientRow(offset + i));
        });
      },
      { runs: 5, warmup: 1, extra: { rows: 10_000, note: 'one transaction, kysely insert per row' } },
    );
    // Leave exactly 10,000 clients for the search measurements.
    await db.deleteFrom('client').where('id', '>', 10_000).execute();

    // Searches on a realistic caseload: db.search.* (caseload.bench.ts) and db.clients.search.* (client.bench.ts).
    await bench(
      'db.list-first-page.10k',
      async () => {
        // Each run reads: kept select results are for repeats between writes (connection.ts).
        forgetKeptResults(db);
        const result = await backend.dispatch('clients.list', { limit: 100 });
        if (!result.ok) throw new Error(result.error.message);
      },
      { runs: 200, warmup: 10, extra: { clients: 10_000 } },
    );
    await backend.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
