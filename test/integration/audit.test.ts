/** The audit log: every audited action writes its entry (time, clinician, no personal data); audit.list. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/backend/audit/audit.repository';
import type { AuditEntry } from '../../src/contract/audit';
import type { ClientRecordFile } from '../../src/contract/client-data';
import type { Client } from '../../src/contract/clients';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { clearanceInput, createClient, createPlannableClient, derivedProgramme } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

const clinician = 'Dr. Maria Ortiz';

async function entries(input: object = {}): Promise<AuditEntry[]> {
  return call<AuditEntry[]>(backend, 'audit.list', input);
}

/** A client whose records make a plan, under the clinician named in the settings. */
async function generated(): Promise<{ client: Client; programme: DerivedProgrammeDto }> {
  await call(backend, 'settings.save', { clinician });
  const { client } = await createPlannableClient(backend);
  const programme = await derivedProgramme(backend, client.id);
  return { client, programme };
}

describe('each audited action writes its entry with time and clinician', () => {
  it('clearance.set, in the transaction of the change; reading the derived plan writes nothing', async () => {
    const { client } = await generated();
    const log = (await entries({ clientId: client.id })).filter((entry) => entry.action === 'clearance.set');
    expect(log).toEqual([
      {
        id: expect.any(Number),
        at: '2026-11-27T10:00:00.000Z',
        actor: clinician,
        action: 'clearance.set',
        clientId: client.id,
        subject: 'clearance walk_run',
        details: { clearanceId: expect.any(Number), overrideTimeGate: false, overrideSportGate: false },
      },
    ]);
  });

  it.each([
    ['print.programme', {}, 'programme.print'],
    ['print.programmeToFolder', { batch: 'Tuesday' }, 'programme.print_to_folder'],
    ['exports.ics', {}, 'export.ics'],
    ['exports.fit', {}, 'export.fit'],
    ['clients.exportRecord', {}, 'client.export'],
  ])('%s, once it has succeeded', async (channel, extra, action) => {
    const { client, programme } = await generated();
    backend.setNow(new Date('2026-11-28T08:15:00Z'));
    const digest = /^[0-9a-f]{64}$/;
    await call(backend, channel, { clientId: client.id, ...extra });
    const [latest] = await entries({ clientId: client.id, limit: 1 });
    expect(latest).toMatchObject({
      at: '2026-11-28T08:15:00.000Z',
      actor: clinician,
      action,
      clientId: client.id,
    });
    // What left the app is identified by its hash and the engine that made it, not by personal data.
    if (action !== 'client.export') {
      expect(latest!.details).toMatchObject({
        engineVersion: programme.engineVersion,
        sha256: expect.stringMatching(digest),
      });
    }
  });

  it('client.import and client.erase; the erased client’s entries stay, without its id', async () => {
    const { client } = await generated();
    const { json } = await call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId: client.id });
    const copy = await call<Client>(backend, 'clients.importRecord', { json });
    expect((await entries({ clientId: copy.id }))[0]).toMatchObject({
      action: 'client.import',
      actor: clinician,
      subject: 'client record',
      details: { version: 4, injuries: 1, clearances: 1, assessments: 0, sessionLogs: 0, plannable: true },
    });

    await call(backend, 'clients.erase', { clientId: client.id, confirmName: client.name });
    const all = await entries();
    expect(all[0]).toMatchObject({
      action: 'client.erase',
      actor: clinician,
      clientId: null,
      subject: 'client erased',
    });
    const audited = new Set([
      'client.erase',
      'client.import',
      'client.export',
      'clearance.set',
      'client.create',
    ]);
    expect(
      all.filter((entry) => audited.has(entry.action)).map((entry) => [entry.action, entry.clientId]),
    ).toEqual([
      ['client.erase', null],
      ['client.import', copy.id],
      ['client.export', null],
      ['clearance.set', null],
      ['client.create', null],
    ]);
    // No entry holds personal data: subjects and details name programmes, levels and counts only.
    const text = JSON.stringify(all);
    for (const personal of [client.name, client.birthDate!, 'J. Physio'])
      expect(text).not.toContain(personal);
  });

  it('names ReStride when the settings name no clinician', async () => {
    const client = await createClient(backend);
    await call(backend, 'clearances.set', clearanceInput(client.id));
    expect((await entries())[0]).toMatchObject({ actor: 'ReStride', action: 'clearance.set' });
  });

  it('writes nothing for an action that failed', async () => {
    const client = await createClient(backend);
    const created = await countRows(backend, 'audit_log');
    expect((await callError(backend, 'clearances.set', clearanceInput(client.id, { level: 'x' }))).code).toBe(
      'invalid_input',
    );
    expect((await callError(backend, 'print.programme', { clientId: client.id })).code).toBe('conflict');
    expect((await callError(backend, 'exports.ics', { clientId: client.id })).code).toBe('conflict');
    expect(
      (await callError(backend, 'clients.erase', { clientId: client.id, confirmName: 'Someone' })).code,
    ).toBe('invalid_input');
    expect(await countRows(backend, 'audit_log')).toBe(created);
  });

  it('a restore through the app is audited in the restored database', async () => {
    await call(backend, 'settings.save', { clinician });
    const backup = await call<{ fileName: string }>(backend, 'backups.create', {});
    await call(backend, 'backups.restore', { fileName: backup.fileName });
    const log = await entries();
    expect(log[0]).toMatchObject({
      action: 'backup.restore',
      actor: clinician,
      clientId: null,
      subject: `restored ${backup.fileName}`,
    });
  });

  it('recordAudit takes entries about no client (a restore)', async () => {
    await backend.context.db.transaction().execute((trx) =>
      recordAudit(trx, {
        at: '2026-11-27T11:00:00.000Z',
        action: 'backup.restore',
        clientId: null,
        subject: 'backup 2026-11-26',
        details: { schemaVersion: 10 },
      }),
    );
    expect(await entries()).toEqual([
      {
        id: 1,
        at: '2026-11-27T11:00:00.000Z',
        actor: 'ReStride',
        action: 'backup.restore',
        clientId: null,
        subject: 'backup 2026-11-26',
        details: { schemaVersion: 10 },
      },
    ]);
  });
});

describe('audit.list', () => {
  it('lists one client’s entries or all, newest first, up to the limit', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    const ben = await createClient(backend, 'Ben Nolan');
    for (const [client, level] of [
      [anna, 'walking'],
      [ben, 'walking'],
      [anna, 'walk_run'],
      [ben, 'continuous'],
      [anna, 'continuous'],
    ] as const) {
      await call(
        backend,
        'clearances.set',
        clearanceInput(client.id, { level, date: '2026-11-27', reviewDate: null }),
      );
    }
    const subjects = (list: AuditEntry[]): string[] => list.map((entry) => entry.subject);
    expect(subjects(await entries({ clientId: anna.id }))).toEqual([
      'clearance continuous',
      'clearance walk_run',
      'clearance walking',
      'client',
    ]);
    expect(subjects(await entries({ clientId: ben.id, limit: 1 }))).toEqual(['clearance continuous']);
    expect(await entries()).toHaveLength(7);
    expect((await entries({ limit: 2 })).map((entry) => entry.clientId)).toEqual([anna.id, ben.id]);
    expect(await entries({ clientId: 999 })).toEqual([]);
  });

  it.each([
    [{ limit: 0 }, { limit: 'too_small' }],
    [{ limit: 501 }, { limit: 'too_big' }],
    [{ limit: 2.5 }, { limit: 'invalid_type' }],
    [{ clientId: 'one' }, { clientId: 'invalid_type' }],
  ])('refuses %j', async (input, issues) => {
    expect(await callError(backend, 'audit.list', input)).toMatchObject({ code: 'invalid_input', issues });
  });
});
