/**
 * Migration 012 (issue 11): a database made by the previous version (schema 11, stored programmes,
 * logs keyed by generated session ids) converts without losing data. The fixture was made by that
 * version's own handlers: the demo workspace, then one client's start date moved and the programme
 * regenerated (the seen case whose logs named sessions the new programme no longer had), then a print.
 */
import SQLite from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredSessionLog } from '../../src/contract/sessions';
import { call, openTestBackend, type TestBackend } from '../fixtures/backend';
import type { CurrentProgramme } from './workspace-fixtures';

const FIXTURE = join(import.meta.dirname, '../fixtures/db/v11-demo.sqlite.gz');

type Row = Record<string, unknown>;

let backend: TestBackend | undefined;
afterEach(async () => {
  await backend?.dispose();
  backend = undefined;
});

function prepared(): { dataDir: string; before: Record<string, Row[]> } {
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-m012-'));
  const file = join(dataDir, 'restride.sqlite');
  writeFileSync(file, gunzipSync(readFileSync(FIXTURE)));
  const sqlite = new SQLite(file, { readonly: true });
  const before: Record<string, Row[]> = {};
  for (const table of [
    'client',
    'injury',
    'injury_note',
    'clearance',
    'intake',
    'session_log',
    'client_status',
  ]) {
    before[table] = sqlite.prepare(`select * from ${table} order by rowid`).all() as Row[];
  }
  before.version = [{ version: sqlite.pragma('user_version', { simple: true }) }];
  sqlite.close();
  return { dataDir, before };
}

describe('migration 012: the programme is derived, logs belong to dates', () => {
  it('keeps every input row and every log, and gives each log its day and kind', async () => {
    const { dataDir, before } = prepared();
    expect(before.version).toEqual([{ version: 11 }]);
    expect(before.session_log!.length).toBeGreaterThan(15);
    backend = await openTestBackend(dataDir, new Date('2026-12-02T09:00:00Z'), { dailyBackup: false });
    const db = backend.context.db;

    // Columns added by later migrations (016, 017…) are not this migration's to check.
    const asBefore = <T extends Record<string, unknown>>(rows: T[], reference: Record<string, unknown>[]) =>
      rows.map((row, i) =>
        Object.fromEntries(Object.keys(reference[i] ?? row).map((key) => [key, row[key]])),
      );
    for (const table of ['client', 'injury', 'injury_note', 'clearance', 'intake'] as const) {
      const rows = await db.selectFrom(table).selectAll().execute();
      expect(asBefore(rows, before[table]!), table).toEqual(before[table]);
    }
    const logs = await db.selectFrom('session_log').selectAll().orderBy('id').execute();
    expect(logs).toHaveLength(before.session_log!.length);
    for (const [index, log] of logs.entries()) {
      const { kind, slot, ...rest } = log;
      // Every column as it was (the light is the engine's verdict, derived again below).
      const [asItWas] = asBefore([rest], [before.session_log![index]!]);
      expect({ ...asItWas, light: null }).toEqual({ ...before.session_log![index], light: null });
      expect(kind).toBe(/-walk$/.test(log.session_id) ? 'walk' : 'run');
      expect(slot).toBe(1);
    }
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).not.toContain('programme');
    expect(tables).toEqual(expect.arrayContaining(['plan_snapshot', 'plan_adjustment']));
  });

  it('derives every client’s programme, re-attaching the logs of a regenerated plan by date', async () => {
    const { dataDir, before } = prepared();
    backend = await openTestBackend(dataDir, new Date('2026-12-02T09:00:00Z'), { dailyBackup: false });
    const lightsBefore = new Map(before.session_log!.map((row) => [row.id, row.light]));
    for (const client of before.client!) {
      const clientId = client.id as number;
      const current = await call<CurrentProgramme>(backend, 'programmes.current', { clientId });
      const hadProgramme = before.client_status!.some(
        (row) => row.client_id === clientId && row.programme_status !== null,
      );
      if (!hadProgramme) continue;
      expect(current.derived, String(client.name)).not.toBeNull();
      // Seen case: none of the logs is reported by a generated id.
      for (const warning of current.derived!.programme.warnings)
        expect(warning.message).not.toMatch(/w\d+-\w+-/);
    }
    // Logging anything refreshes lights; reading the list gives every log, with its light where the
    // plan still has it.
    let logged = 0;
    for (const client of before.client!) {
      const logs = await call<StoredSessionLog[]>(backend, 'sessions.list', { clientId: client.id });
      logged += logs.length;
      for (const log of logs) expect(log.kind).toMatch(/^(run|walk)$/);
    }
    expect(logged).toBe(lightsBefore.size);
  });
});
