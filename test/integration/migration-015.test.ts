/**
 * Migration 015 (issue 10) is additive: the assessment table, the clinic's criterion thresholds and
 * re-test interval in the settings, and two caseload columns. A database of schema 14 keeps every
 * row and gains the defaults.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/backend/db/connection';
import { migrateTo } from '../../src/backend/db/migrate';
import type { StoredAssessment } from '../../src/contract/assessments';
import type { Settings } from '../../src/contract/settings';
import { call, openTestBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await backend?.dispose();
  backend = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;

describe('migration 015: assessments', () => {
  it('keeps every row of a schema 14 database and adds the defaults', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restride-m015-'));
    dirs.push(dataDir);
    const now = '2026-11-27T10:00:00.000Z';
    const { db } = openDatabase({ file: join(dataDir, 'restride.sqlite') });
    let before: Partial<Record<string, Row[]>>;
    try {
      await migrateTo(db, '2026-12-06-014-print-files');
      // The tables as migration 014 left them, without the app's current row types.
      const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await raw
        .insertInto('client')
        .values({ name: 'Old Client', sort_name: 'old client', created_at: now, updated_at: now })
        .execute();
      await raw
        .insertInto('settings')
        .values({
          id: 1,
          clinic_name: 'Riverside',
          units: 'km',
          language: 'de',
          paper: 'a4',
          updated_at: now,
        })
        .execute();
      await raw
        .insertInto('client_status')
        .values({
          client_id: 1,
          clearance_level: 'walking',
          ready_to_advance: 0,
          stalled: 1,
          updated_at: now,
        })
        .execute();
      before = {
        client: await raw.selectFrom('client').selectAll().execute(),
        settings: await raw.selectFrom('settings').selectAll().execute(),
        client_status: await raw.selectFrom('client_status').selectAll().execute(),
      };
    } finally {
      await db.destroy();
    }

    backend = await openTestBackend(dataDir, new Date(now), { dailyBackup: false });
    const migrated = backend.context.db;
    expect(await migrated.selectFrom('client').selectAll().execute()).toEqual(before.client);
    expect(await migrated.selectFrom('settings').selectAll().execute()).toEqual([
      { ...before.settings![0], criteria_thresholds: '{}', retest_weeks: 2 },
    ]);
    expect(await migrated.selectFrom('client_status').selectAll().execute()).toEqual([
      // morning_pain_due_date: migration 017 (issue 13), also null until the next write.
      { ...before.client_status![0], criteria_met: 0, retest_due_date: null, morning_pain_due_date: null },
    ]);
    expect(await migrated.selectFrom('assessment').selectAll().execute()).toEqual([]);

    const settings = await call<Settings>(backend, 'settings.get', {});
    expect(settings).toMatchObject({
      clinicName: 'Riverside',
      language: 'de',
      criteriaThresholds: {},
      retestWeeks: 2,
    });
    const added = await call<StoredAssessment>(backend, 'assessments.add', {
      clientId: 1,
      assessment: { date: '2026-11-27', by: 'J. Physio', results: [{ test: 'brisk_walk_30', passed: true }] },
    });
    expect(added).toMatchObject({ clientId: 1, date: '2026-11-27' });
  });
});
