/**
 * PlanRequest version 2 in the workspace: earlier episodes and the bone stress site (injuries),
 * RED-S signs and breastfeeding (intake), the ACL sport-timing override (clearances); stored,
 * validated, assembled into the request, carried by client records; and the two caseload flags
 * that come from programme warnings (no_log_since_flare, stalled). Migration 011 has its own test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateClientStatus } from '../../src/backend/client-status/client-status.repository';
import { openDatabase } from '../../src/backend/db/connection';
import {
  appSchemaVersion,
  migrateTo,
  migrateToLatest,
  readSchemaVersion,
} from '../../src/backend/db/migrate';
import { assemblePlanRequest } from '../../src/backend/programmes/assemble-plan-request';
import { summariseProgramme, toStatusChanges } from '../../src/backend/programmes/programme-summary';
import type { Clearance } from '../../src/contract/clearances';
import type { ClientRecordFile } from '../../src/contract/client-data';
import type { Client } from '../../src/contract/clients';
import type { Dashboard, DashboardRow } from '../../src/contract/dashboard';
import type { Injury } from '../../src/contract/injuries';
import type { Intake } from '../../src/contract/intake';
import { parsePlanRequest } from '../../src/contract/plan';
import type { Programme, Warning } from '../../src/engine/types';
import { call, callError, countEveryTable, createTestBackend, type TestBackend } from '../fixtures/backend';
import { fixtureProgramme } from '../fixtures/pdf/programme-fixture';
import { achilles, clearanceInput, createClient, createInjury, intakeInput } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // today is 2026-11-27
});
afterEach(async () => {
  await backend.dispose();
});

const bsiHigh = { type: 'bsi_high_risk', side: 'right', onsetDate: '2026-10-01', weeksWithoutRunning: 8 };

async function injuriesOf(clientId: number): Promise<Injury[]> {
  return call<Injury[]>(backend, 'injuries.list', { clientId });
}

/** The message of each issue of a refused call, by field path. */
async function refusal(channel: string, input: unknown): Promise<Record<string, string>> {
  const result = await backend.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  expect(result.error.code).toBe('invalid_input');
  return Object.fromEntries((result.error.issues ?? []).map((issue) => [issue.path, issue.message]));
}

describe('injuries: earlier episodes and the bone stress site', () => {
  it('stores both and reads them back; recurrent follows the episodes', async () => {
    const client = await createClient(backend);
    const created = await createInjury(backend, client.id, {
      ...bsiHigh,
      previousEpisodes: 2,
      bsiSite: 'navicular',
    });
    expect(created).toMatchObject({ previousEpisodes: 2, recurrent: true, bsiSite: 'navicular' });
    const plain = await createInjury(backend, client.id);
    expect(plain).toMatchObject({ previousEpisodes: 0, recurrent: false, bsiSite: null });
    expect(await injuriesOf(client.id)).toMatchObject([
      { id: plain.id, previousEpisodes: 0, recurrent: false, bsiSite: null },
      { id: created.id, previousEpisodes: 2, recurrent: true, bsiSite: 'navicular' },
    ]);
  });

  it('reads a bare recurrent (an older caller) as one earlier episode', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id, { ...achilles, recurrent: true });
    expect(injury).toMatchObject({ previousEpisodes: 1, recurrent: true });
    const sameAgain = await call<Injury>(backend, 'injuries.update', { id: injury.id, recurrent: true });
    expect(sameAgain).toMatchObject({ previousEpisodes: 1, recurrent: true });
    const third = await call<Injury>(backend, 'injuries.update', { id: injury.id, previousEpisodes: 3 });
    expect(third).toMatchObject({ previousEpisodes: 3, recurrent: true });
    // Marking it recurrent again keeps the count; not recurrent means none.
    expect(await call(backend, 'injuries.update', { id: injury.id, recurrent: true })).toMatchObject({
      previousEpisodes: 3,
    });
    expect(await call(backend, 'injuries.update', { id: injury.id, recurrent: false })).toMatchObject({
      previousEpisodes: 0,
      recurrent: false,
    });
  });

  it('updates the site and the episodes, checking the site against the injury as it will be', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id, { ...bsiHigh, bsiSite: 'femoral_neck' });
    const updated = await call<Injury>(backend, 'injuries.update', {
      id: injury.id,
      type: 'bsi_low_risk',
      bsiSite: 'posteromedial_tibia',
      previousEpisodes: 1,
    });
    expect(updated).toMatchObject({
      type: 'bsi_low_risk',
      bsiSite: 'posteromedial_tibia',
      previousEpisodes: 1,
    });
    const cleared = await call<Injury>(backend, 'injuries.update', { id: injury.id, bsiSite: null });
    expect(cleared.bsiSite).toBeNull();
  });

  it.each<[string, object, Record<string, string>]>([
    [
      'a high-risk site on a low-risk bone stress injury',
      { ...bsiHigh, type: 'bsi_low_risk', bsiSite: 'femoral_neck' },
      {
        bsiSite: 'This is a high-risk site: record the injury as a bone stress injury (high-risk site)',
      },
    ],
    [
      'a low-risk site on a high-risk bone stress injury',
      { ...bsiHigh, bsiSite: 'fibula' },
      {
        bsiSite: 'This is a low-risk site: record the injury as a bone stress injury (low-risk site)',
      },
    ],
    [
      'a site on an injury that is not a bone stress injury',
      { ...achilles, bsiSite: 'calcaneus' },
      { bsiSite: 'A bone stress site is only recorded for a bone stress injury' },
    ],
    [
      'an unknown site',
      { ...bsiHigh, bsiSite: 'elbow' },
      { bsiSite: expect.stringContaining('Bone stress site must be one of: femoral_neck') as string },
    ],
    [
      'negative episodes',
      { ...achilles, previousEpisodes: -1 },
      { previousEpisodes: 'Earlier episodes cannot be negative' },
    ],
    [
      'more than 20 episodes',
      { ...achilles, previousEpisodes: 21 },
      { previousEpisodes: 'Earlier episodes must be at most 20' },
    ],
    [
      'part of an episode',
      { ...achilles, previousEpisodes: 1.5 },
      { previousEpisodes: 'Earlier episodes must be a whole number' },
    ],
    [
      'episodes as text',
      { ...achilles, previousEpisodes: 'two' },
      { previousEpisodes: 'Earlier episodes must be a number' },
    ],
  ])('refuses %s with a clear message and writes nothing', async (_label, fields, messages) => {
    const client = await createClient(backend);
    const before = await countEveryTable(backend);
    expect(await refusal('injuries.create', { clientId: client.id, ...fields })).toEqual(messages);
    expect(await countEveryTable(backend)).toEqual(before);
  });

  it('refuses an update that would leave a site of the wrong kind, and changes nothing', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id, {
      ...bsiHigh,
      bsiSite: 'talus',
      previousEpisodes: 1,
    });
    const before = await injuriesOf(client.id);
    expect(await refusal('injuries.update', { id: injury.id, type: 'mtss' })).toEqual({
      bsiSite: 'A bone stress site is only recorded for a bone stress injury',
    });
    expect(await refusal('injuries.update', { id: injury.id, type: 'bsi_low_risk' })).toEqual({
      bsiSite: 'This is a high-risk site: record the injury as a bone stress injury (high-risk site)',
    });
    expect(await refusal('injuries.update', { id: injury.id, previousEpisodes: -2 })).toEqual({
      previousEpisodes: 'Earlier episodes cannot be negative',
    });
    expect(await injuriesOf(client.id)).toEqual(before);
    // Changing the type and clearing the site together is fine.
    const changed = await call<Injury>(backend, 'injuries.update', {
      id: injury.id,
      type: 'mtss',
      bsiSite: null,
    });
    expect(changed).toMatchObject({ type: 'mtss', bsiSite: null, previousEpisodes: 1 });
  });
});

describe('intake: RED-S signs and breastfeeding', () => {
  it('stores and reads them back, and replaces them on the next save', async () => {
    const client = await createClient(backend);
    const saved = await call<Intake>(
      backend,
      'intake.save',
      intakeInput(client.id, { redsSigns: ['weight_loss', 'missed_periods'], breastfeeding: true }),
    );
    expect(saved).toMatchObject({ redsSigns: ['missed_periods', 'weight_loss'], breastfeeding: true });
    expect(await call(backend, 'intake.get', { clientId: client.id })).toEqual(saved);
    const again = await call<Intake>(backend, 'intake.save', intakeInput(client.id));
    expect(again).toMatchObject({ redsSigns: [], breastfeeding: false });
  });

  it('refuses an unknown or repeated sign and a breastfeeding that is not yes or no, writing nothing', async () => {
    const client = await createClient(backend);
    const before = await countEveryTable(backend);
    const error = await callError(
      backend,
      'intake.save',
      intakeInput(client.id, { redsSigns: ['weight_loss', 'tired', 'weight_loss'], breastfeeding: 'yes' }),
    );
    expect(error.issues).toEqual({
      'redsSigns.1': 'invalid_value',
      'redsSigns.2': 'duplicate',
      breastfeeding: 'invalid_type',
    });
    expect(await countEveryTable(backend)).toEqual(before);
  });
});

describe('clearances: the ACL sport-timing override', () => {
  it('is recorded with the clearance, in its history and in the audit trail', async () => {
    const client = await createClient(backend);
    await createInjury(backend, client.id, { type: 'acl_reconstruction', surgeryDate: '2026-06-01' });
    const set = await call<Clearance>(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'continuous', overrideSportGate: true }),
    );
    expect(set.overrideSportGate).toBe(true);
    await call(backend, 'clearances.set', clearanceInput(client.id, { level: 'continuous' }));
    const history = await call<Clearance[]>(backend, 'clearances.list', { clientId: client.id });
    expect(history.map((entry) => entry.overrideSportGate)).toEqual([false, true]);
    const audit = await backend.context.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'clearance.set')
      .orderBy('id')
      .execute();
    expect(audit.map((row) => JSON.parse(row.details) as object)).toMatchObject([
      { overrideSportGate: true },
      { overrideSportGate: false },
    ]);
  });

  it('refuses an override that is not yes or no', async () => {
    const client = await createClient(backend);
    const error = await callError(
      backend,
      'clearances.set',
      clearanceInput(client.id, { overrideSportGate: 'please' }),
    );
    expect(error.issues).toEqual({ overrideSportGate: 'invalid_type' });
  });
});

describe('the assembled PlanRequest', () => {
  it('is schema version 2 and carries every new field, and the contract accepts it', async () => {
    const client = await createClient(backend);
    await createInjury(backend, client.id, {
      type: 'bsi_low_risk',
      side: 'left',
      onsetDate: '2026-10-01',
      previousEpisodes: 2,
      bsiSite: 'posteromedial_tibia',
    });
    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'walking', overrideSportGate: true }),
    );
    await call(
      backend,
      'intake.save',
      intakeInput(client.id, { redsSigns: ['disordered_eating'], breastfeeding: true }),
    );
    const raw = await assemblePlanRequest(backend.context.db, client.id, '2026-11-27');
    expect(raw).toMatchObject({
      schemaVersion: 2,
      client: { sex: 'female', redsSigns: ['disordered_eating'], breastfeeding: true },
      injury: { type: 'bsi_low_risk', previousEpisodes: 2, recurrent: true, bsiSite: 'posteromedial_tibia' },
      clearance: { level: 'walking', overrideTimeGate: false, overrideSportGate: true },
    });
    const parsed = parsePlanRequest(raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.injury).toMatchObject({ previousEpisodes: 2, bsiSite: 'posteromedial_tibia' });
      expect(parsed.value.client).toMatchObject({ redsSigns: ['disordered_eating'], breastfeeding: true });
      expect(parsed.value.clearance.overrideSportGate).toBe(true);
    }
  });
});

describe('client records', () => {
  /** A client with every new field set, and a programme with both warnings. */
  async function clientWithEverything(): Promise<Client> {
    const client = await createClient(backend, 'Rena Ostrova');
    await createInjury(backend, client.id, { ...bsiHigh, bsiSite: 'sesamoid', previousEpisodes: 3 });
    await call(backend, 'clearances.set', clearanceInput(client.id, { overrideSportGate: true }));
    await call(
      backend,
      'intake.save',
      intakeInput(client.id, { redsSigns: ['missed_periods'], breastfeeding: false }),
    );
    return client;
  }

  async function exported(clientId: number): Promise<Record<string, unknown>> {
    const file = await call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId });
    return JSON.parse(file.json) as Record<string, unknown>;
  }

  it('carry the new fields through export and import', async () => {
    const client = await clientWithEverything();
    const record = await exported(client.id);
    expect(record).toMatchObject({
      version: 4,
      injuries: [{ bsiSite: 'sesamoid', previousEpisodes: 3, recurrent: true }],
      clearances: [{ overrideSportGate: true }],
      intake: { redsSigns: ['missed_periods'], breastfeeding: false },
    });
    const copy = await call<Client>(backend, 'clients.importRecord', { json: JSON.stringify(record) });
    const again = await exported(copy.id);
    // The inputs come back as they were.
    const inputs = ({ exportedAt: _at, ...rest }: Record<string, unknown>) => rest;
    expect(inputs(again)).toEqual(inputs(record));
  });

  it('import an older (version 1) file without the new fields, with their defaults', async () => {
    const client = await clientWithEverything();
    const record = await exported(client.id);
    const old = structuredClone(record) as {
      version: number;
      injuries: Record<string, unknown>[];
      clearances: Record<string, unknown>[];
      intake: Record<string, unknown>;
    };
    old.version = 1;
    for (const injury of old.injuries) {
      delete injury.previousEpisodes;
      delete injury.bsiSite;
    }
    for (const clearance of old.clearances) delete clearance.overrideSportGate;
    delete old.intake.redsSigns;
    delete old.intake.breastfeeding;

    const copy = await call<Client>(backend, 'clients.importRecord', { json: JSON.stringify(old) });
    // A recurrent injury of a version 1 file counts one earlier episode.
    expect(await injuriesOf(copy.id)).toMatchObject([
      { type: 'bsi_high_risk', recurrent: true, previousEpisodes: 1, bsiSite: null },
    ]);
    expect(await call<Clearance[]>(backend, 'clearances.list', { clientId: copy.id })).toMatchObject([
      { overrideSportGate: false },
    ]);
    expect(await call(backend, 'intake.get', { clientId: copy.id })).toMatchObject({
      redsSigns: [],
      breastfeeding: false,
    });
    expect((await exported(copy.id)).version).toBe(4);
  });

  it('refuse a site of the wrong class in a file, writing nothing', async () => {
    const client = await clientWithEverything();
    const record = (await exported(client.id)) as { injuries: Record<string, unknown>[] };
    record.injuries[0]!.bsiSite = 'pelvis';
    const before = await countEveryTable(backend);
    const error = await callError(backend, 'clients.importRecord', { json: JSON.stringify(record) });
    expect(error.issues).toEqual({ 'json.injuries.0.bsiSite': 'bsi_site_low_risk' });
    expect(await countEveryTable(backend)).toEqual(before);
  });
});

describe('caseload flags from programme warnings', () => {
  const warning = (code: string): Warning => ({
    code,
    severity: 'warning',
    audience: 'clinician',
    message: code,
    rules: [],
  });
  const programmeWith = (...codes: string[]): Programme => ({
    ...fixtureProgramme,
    // Started a week ago, nothing logged yet: no other flag.
    startDate: '2026-11-20',
    warnings: [...fixtureProgramme.warnings, ...codes.map(warning)],
  });

  it('maps no_log_since_flare and no_progress to their facts, and nothing else', () => {
    expect(summariseProgramme(programmeWith('no_log_since_flare'), [])).toMatchObject({
      noLogSinceFlare: true,
      stalled: false,
    });
    expect(summariseProgramme(programmeWith('no_progress'), [])).toMatchObject({
      noLogSinceFlare: false,
      stalled: true,
    });
    const none = summariseProgramme(programmeWith('refer_to_clinician', 'goal_date_unsafe'), []);
    expect(toStatusChanges(none)).toMatchObject({ no_log_since_flare: 0, stalled: 0 });
    expect(
      toStatusChanges(summariseProgramme(programmeWith('no_log_since_flare', 'no_progress'), [])),
    ).toMatchObject({ no_log_since_flare: 1, stalled: 1 });
  });

  /** Keeps a derived programme's summary on the caseload row, as a write that derives it does. */
  async function storeProgramme(clientId: number, programme: Programme): Promise<void> {
    const summary = toStatusChanges(summariseProgramme(programme, []));
    await updateClientStatus(backend.context.db, clientId, summary, '2026-11-27T10:00:00.000Z');
  }

  async function rowOf(clientId: number, filter = 'all'): Promise<DashboardRow | undefined> {
    const dashboard = await call<Dashboard>(backend, 'dashboard.get', { filter });
    return dashboard.rows.find((row) => row.clientId === clientId);
  }

  it('flags the client on the caseload, filters and counts them, and clears with the next programme', async () => {
    const flare = await createClient(backend, 'Flare Client');
    const stalled = await createClient(backend, 'Stalled Client');
    const calm = await createClient(backend, 'Calm Client');
    for (const client of [flare, stalled, calm])
      await call(backend, 'clearances.set', clearanceInput(client.id));
    await storeProgramme(flare.id, programmeWith('no_log_since_flare'));
    await storeProgramme(stalled.id, programmeWith('no_progress'));
    await storeProgramme(calm.id, programmeWith());

    expect((await rowOf(flare.id))?.flags).toEqual(['no_log_since_flare']);
    expect((await rowOf(stalled.id))?.flags).toEqual(['stalled']);
    expect((await rowOf(calm.id))?.flags).toEqual([]);
    const byFlare = await call<Dashboard>(backend, 'dashboard.get', { filter: 'no_log_since_flare' });
    expect(byFlare.rows.map((row) => row.name)).toEqual(['Flare Client']);
    const byStall = await call<Dashboard>(backend, 'dashboard.get', { filter: 'stalled' });
    expect(byStall.rows.map((row) => row.name)).toEqual(['Stalled Client']);
    expect(byStall.counts).toMatchObject({ active: 3, noLogSinceFlare: 1, stalled: 1 });

    // The next computation without the warning clears the flag.
    await storeProgramme(flare.id, programmeWith());
    expect((await rowOf(flare.id))?.flags).toEqual([]);
  });

  it('are derived again when a record is imported, from the engine’s programme, not the file’s', async () => {
    const client = await createClient(backend, 'Imported Stall');
    await call(backend, 'clearances.set', clearanceInput(client.id));
    await storeProgramme(client.id, programmeWith('no_progress', 'no_log_since_flare'));
    expect((await rowOf(client.id))?.flags).toEqual(['no_log_since_flare', 'stalled']);
    const file = await call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId: client.id });
    const copy = await call<Client>(backend, 'clients.importRecord', { json: file.json });
    // Without an injury or an intake the record cannot be planned: no programme, so no such flags.
    expect(await call(backend, 'programmes.current', { clientId: copy.id })).toMatchObject({ derived: null });
    expect((await rowOf(copy.id))?.flags).toEqual([]);
  });
});

describe('migration 011 (clinical details)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('backfills one earlier episode for recurrent injuries and defaults everything else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'restride-m011-'));
    dirs.push(dir);
    const { db, sqlite } = openDatabase({ file: join(dir, 'restride.sqlite') });
    try {
      await migrateTo(db, '2026-11-27-010-audit-log');
      const now = '2026-11-27T10:00:00.000Z';
      // The tables as migration 010 left them, without the app's current row types.
      const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await raw
        .insertInto('client')
        .values({ name: 'Old Client', sort_name: 'old client', created_at: now, updated_at: now })
        .execute();
      const injury = { client_id: 1, type: 'mtss', side: 'na', weeks_without_running: 0, severity: 'mild' };
      await raw
        .insertInto('injury')
        .values([
          { ...injury, recurrent: 1, created_at: now, updated_at: now },
          { ...injury, recurrent: 0, created_at: now, updated_at: now },
        ])
        .execute();
      await raw
        .insertInto('clearance')
        .values({
          client_id: 1,
          level: 'walking',
          date: '2026-11-20',
          cleared_by: 'J. Physio',
          created_at: now,
        })
        .execute();
      await raw
        .insertInto('intake')
        .values({
          client_id: 1,
          experience: 'regular',
          pain_free_walk_minutes: 30,
          longest_recent_run_minutes: 0,
          pre_injury_weekly_run_minutes: 60,
          available_days: '["mon"]',
          max_session_minutes: 30,
          cross_training: '[]',
          goal_kind: '5k',
          start_date: '2026-11-20',
          created_at: now,
          updated_at: now,
        })
        .execute();
      await raw
        .insertInto('client_status')
        .values({ client_id: 1, ready_to_advance: 0, updated_at: now })
        .execute();

      expect(await migrateToLatest(db)).toEqual({ from: 10, to: appSchemaVersion });
      expect(await readSchemaVersion(db)).toBe(appSchemaVersion);
      const injuries = await db
        .selectFrom('injury')
        .select(['recurrent', 'previous_episodes', 'bsi_site'])
        .orderBy('id')
        .execute();
      expect(injuries).toEqual([
        { recurrent: 1, previous_episodes: 1, bsi_site: null },
        { recurrent: 0, previous_episodes: 0, bsi_site: null },
      ]);
      expect(await db.selectFrom('intake').select(['reds_signs', 'breastfeeding']).execute()).toEqual([
        { reds_signs: '[]', breastfeeding: 0 },
      ]);
      expect(await db.selectFrom('clearance').select('override_sport_gate').execute()).toEqual([
        { override_sport_gate: 0 },
      ]);
      expect(
        await db.selectFrom('client_status').select(['no_log_since_flare', 'stalled']).execute(),
      ).toEqual([{ no_log_since_flare: 0, stalled: 0 }]);
    } finally {
      await db.destroy();
      sqlite.close();
    }
  });
});
