/** clients.exportRecord, clients.importRecord and clients.erase through dispatch on real SQLite files. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/backend/demo/seed-demo';
import { assemblePlanRequest } from '../../src/backend/programmes/assemble-plan-request';
import type { AuditEntry } from '../../src/contract/audit';
import type { ClientRecordFile } from '../../src/contract/client-data';
import type { Client } from '../../src/contract/clients';
import type { Group } from '../../src/contract/groups';
import type { Injury } from '../../src/contract/injuries';
import type { PrintedPdf } from '../../src/contract/print';
import { ENGINE_VERSION } from '../../src/engine';
import {
  call,
  callError,
  countEveryTable,
  createTestBackend,
  tablesWithColumn,
  type TestBackend,
} from '../fixtures/backend';
import {
  clearanceInput,
  createClient,
  createInjury,
  createPlannableClient,
  derivedProgramme,
  intakeInput,
  type CurrentProgramme,
} from './workspace-fixtures';

let source: TestBackend;
let target: TestBackend;
beforeEach(async () => {
  source = await createTestBackend();
  target = await createTestBackend();
});
afterEach(async () => {
  await source.dispose();
  await target.dispose();
});

/** The day the test clocks are on. */
const TODAY = '2026-11-27';

/** Someone whose name, email, phone and birth date appear nowhere else in the test databases. */
const person = {
  name: 'Zelda Quimby',
  email: 'zelda.quimby@example.org',
  phone: '+44 7700 900461',
  birthDate: '1979-06-13',
};

/**
 * A client with everything a record holds: two injuries (one resolved) with notes, two clearances
 * (one with a time-gate override), an intake, a logged session and two groups; archived at the end.
 * Its programme is derived from these (never stored).
 */
async function createRichClient(backend: TestBackend, archived = true): Promise<Client> {
  const client = await createClient(backend, person.name, {
    birthDate: person.birthDate,
    email: person.email,
    phone: person.phone,
    notes: 'Prefers early sessions',
    group: 'Morning runners',
  });
  const old = await createInjury(backend, client.id, {
    type: 'calf_strain',
    side: 'right',
    onsetDate: '2025-03-01',
    weeksWithoutRunning: 3,
    severity: 'mild',
  });
  await call(backend, 'notes.add', {
    injuryId: old.id,
    date: '2025-03-05',
    author: 'J. Physio',
    text: 'Settled',
  });
  await call(backend, 'injuries.update', { id: old.id, status: 'resolved' });
  const injury = await createInjury(backend, client.id);
  await call(backend, 'notes.add', {
    injuryId: injury.id,
    date: '2026-11-20',
    author: 'J. Physio',
    text: 'Avoid hills for 4 weeks',
    restrictions: [
      { code: 'no_hills', until: '2026-12-18' },
      { code: 'pain_limit', value: 3 },
    ],
  });
  await call(
    backend,
    'clearances.set',
    clearanceInput(client.id, {
      level: 'walking',
      date: '2026-11-10',
      reviewDate: null,
      overrideTimeGate: true,
      overrideReason: 'Surgeon cleared early walking',
    }),
  );
  await call(backend, 'clearances.set', clearanceInput(client.id));
  await call(backend, 'intake.save', intakeInput(client.id));
  const walkRun = (await derivedProgramme(backend, client.id)).programme.weeks
    .flatMap((week) => week.sessions)
    .find((session) => session.kind === 'walk_run' && session.date <= TODAY);
  await call(backend, 'sessions.log', {
    clientId: client.id,
    log: {
      sessionId: walkRun!.id,
      date: walkRun!.date,
      completed: true,
      actualRunMinutes: 4,
      rpe: 3,
      painDuring: 1,
      painAfter: 2,
      painNextMorning: 0,
      note: 'Felt fine',
    },
  });
  backend.setNow(new Date(`${TODAY}T12:00:00Z`));
  for (const [name, kind] of [
    ['Riverside Harriers', 'club'],
    ['Tuesday Squad', 'squad'],
  ] as const) {
    const group = await call<Group>(backend, 'groups.create', { name, kind });
    await call(backend, 'groups.addMember', { groupId: group.id, clientId: client.id });
  }
  if (archived) await call(backend, 'clients.archive', { id: client.id });
  return call<Client>(backend, 'clients.get', { id: client.id });
}

async function exportRecord(backend: TestBackend, clientId: number): Promise<ClientRecordFile> {
  return call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId });
}

/** A record without the moment it was exported: what must survive a round trip. */
function recordOf(file: ClientRecordFile): Record<string, unknown> {
  return { ...(JSON.parse(file.json) as Record<string, unknown>), exportedAt: 'ignored' };
}

/** A record's inputs and logs: what an import takes from the file (what was handed out stays behind). */
function inputsOf(file: ClientRecordFile): Record<string, unknown> {
  return { ...recordOf(file), handedOut: 'not imported' };
}

async function statusOf(
  backend: TestBackend,
  clientId: number,
): Promise<Record<string, unknown> | undefined> {
  const row = await backend.context.db
    .selectFrom('client_status')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  // Which client and when it was written differ by design; the facts must not.
  return row && { ...row, client_id: 0, updated_at: '' };
}

/** How the client's logs are stored: identified by date, kind and slot, with their lights. */
async function logRowsOf(backend: TestBackend, clientId: number): Promise<Record<string, unknown>[]> {
  return backend.context.db
    .selectFrom('session_log')
    .select(['date', 'kind', 'slot', 'session_id', 'light', 'note', 'created_at', 'updated_at'])
    .where('client_id', '=', clientId)
    .orderBy('id')
    .execute();
}

async function currentOf(backend: TestBackend, clientId: number): Promise<CurrentProgramme> {
  return call<CurrentProgramme>(backend, 'programmes.current', { clientId });
}

async function auditOf(backend: TestBackend, clientId: number, action: string): Promise<AuditEntry[]> {
  const entries = await call<AuditEntry[]>(backend, 'audit.list', { clientId, limit: 500 });
  return entries.filter((entry) => entry.action === action);
}

/** Every row of every table as text: to prove a text is stored nowhere. */
async function everyRowAsText(backend: TestBackend): Promise<string> {
  const tables = Object.keys(await countEveryTable(backend));
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      backend.context.db,
    );
    parts.push(JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? '' : value)));
  }
  return parts.join('\n');
}

describe('clients.exportRecord', () => {
  it('writes the full record as one JSON document (version 4) without ids and without programmes', async () => {
    const client = await createRichClient(source);
    const file = await exportRecord(source, client.id);
    expect(file.fileName).toBe('Zelda Quimby – ReStride record 2026-11-27.json');
    const record = JSON.parse(file.json) as Record<string, never>;
    expect(record).toMatchObject({
      format: 'restride.client',
      version: 4,
      exportedAt: '2026-11-27T12:00:00.000Z',
      client: { ...person, sex: 'female', group: 'Morning runners', archived: true },
      intake: { startDate: '2026-11-16', preferredTime: '07:30' },
      handedOut: [],
      assessments: [],
      // The club field joined its club's roster (issue 13, item 4).
      groups: ['Morning runners', 'Riverside Harriers', 'Tuesday Squad'],
    });
    expect(record.injuries).toMatchObject([
      { type: 'calf_strain', status: 'resolved', notes: [{ text: 'Settled' }] },
      { type: 'achilles_tendinopathy', status: 'active', notes: [{ text: 'Avoid hills for 4 weeks' }] },
    ]);
    expect(record.clearances).toMatchObject([
      { level: 'walking', overrideTimeGate: true },
      { level: 'walk_run' },
    ]);
    // The programme is derived from the inputs: the file holds none.
    expect(record).not.toHaveProperty('programmes');
    // Each log says its kind (the log family of the session it was logged against).
    expect(record.sessionLogs).toMatchObject([
      { kind: 'run', painAfter: 2, note: 'Felt fine', light: 'green' },
    ]);
    // Relations are nested, not numbered.
    const { injuries, clearances, intake, sessionLogs, client: person_ } = record;
    const rows = JSON.stringify({ person_, injuries, clearances, intake, sessionLogs });
    expect(rows.match(/"(id|clientId|injuryId|programmeId)":/)).toBeNull();
    expect(await auditOf(source, client.id, 'client.export')).toMatchObject([
      { details: { version: 4, sessionLogs: 1 } },
    ]);
  });

  it('lists what was printed and exported for the client in handedOut, oldest first', async () => {
    const client = await createRichClient(source);
    const pdf = await call<PrintedPdf>(source, 'print.programme', { clientId: client.id });
    source.setNow(new Date(`${TODAY}T13:00:00Z`));
    const ics = await call<{ content: string }>(source, 'exports.ics', { clientId: client.id });
    const record = JSON.parse((await exportRecord(source, client.id)).json) as { handedOut: unknown[] };
    const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const pdfBytes = Buffer.from(pdf.pdfBase64, 'base64');
    const icsBytes = Buffer.from(ics.content, 'utf8');
    expect(record.handedOut).toEqual([
      {
        at: '2026-11-27T12:00:00.000Z',
        purpose: 'print',
        language: 'en',
        engineVersion: ENGINE_VERSION,
        fileSha256: sha256(pdfBytes),
        fileBytes: pdf.bytes,
      },
      {
        at: '2026-11-27T13:00:00.000Z',
        purpose: 'ics',
        language: 'en',
        engineVersion: ENGINE_VERSION,
        fileSha256: sha256(icsBytes),
        fileBytes: icsBytes.byteLength,
      },
    ]);
    // The audit entries name the same files.
    expect(await auditOf(source, client.id, 'programme.print')).toMatchObject([
      { details: { sha256: sha256(pdfBytes), bytes: pdf.bytes } },
    ]);
  });

  it('is not_found for an unknown client', async () => {
    expect((await callError(source, 'clients.exportRecord', { clientId: 999 })).code).toBe('not_found');
  });
});

describe('clients.importRecord', () => {
  it('recreates the record in an empty database: exported again, it is the same record, plan and caseload row', async () => {
    const client = await createRichClient(source);
    const original = await exportRecord(source, client.id);
    const imported = await call<Client>(target, 'clients.importRecord', { json: original.json });
    expect(imported).toMatchObject({ ...person, archived: true, createdAt: client.createdAt });

    // Inputs and logs come back as they were, each log with its kind, slot and (derived) light.
    const again = await exportRecord(target, imported.id);
    expect(recordOf(again)).toEqual(recordOf(original));
    expect(await logRowsOf(target, imported.id)).toEqual(await logRowsOf(source, client.id));
    expect(await logRowsOf(target, imported.id)).toMatchObject([{ kind: 'run', slot: 1, light: 'green' }]);
    // The caseload row is derived again, as the writers had left it.
    expect(await statusOf(target, imported.id)).toEqual(await statusOf(source, client.id));
    expect(await statusOf(target, imported.id)).toMatchObject({
      clearance_level: 'walk_run',
      last_light: 'green',
    });
    // The programme derived from the imported records is the source's.
    const current = await currentOf(target, imported.id);
    const before = await derivedProgramme(source, client.id);
    expect(current.notPlannable).toBeNull();
    expect(current.derived).toMatchObject({ engineVersion: ENGINE_VERSION, today: TODAY, handedOut: null });
    expect(current.derived!.programme).toEqual(before.programme);
    expect(await auditOf(target, imported.id, 'client.import')).toMatchObject([
      { details: { version: 4, injuries: 2, clearances: 2, sessionLogs: 1, plannable: true } },
    ]);
    // The imported client's plan can be handed out like any other.
    expect((await target.dispatch('exports.ics', { clientId: imported.id })).ok).toBe(true);

    // A second round trip changes nothing either.
    const third = await call<Client>(source, 'clients.importRecord', { json: again.json });
    expect(recordOf(await exportRecord(source, third.id))).toEqual(recordOf(original));
    expect(await statusOf(source, third.id)).toEqual(await statusOf(source, client.id));
    expect((await derivedProgramme(source, third.id)).programme).toEqual(before.programme);
  });

  it('keeps what was handed out in the exported file but does not import it', async () => {
    const client = await createRichClient(source);
    await call(source, 'print.programme', { clientId: client.id });
    const original = await exportRecord(source, client.id);
    expect(JSON.parse(original.json)).toMatchObject({ handedOut: [{ purpose: 'print', language: 'en' }] });
    expect((await derivedProgramme(source, client.id)).handedOut).toMatchObject({
      purpose: 'print',
      changedSince: [],
    });

    const imported = await call<Client>(target, 'clients.importRecord', { json: original.json });
    // The new clinic handed nothing out yet: no snapshot, no "printed on", an empty list when exported.
    const counts = await countEveryTable(target);
    expect(counts.plan_snapshot).toBe(0);
    expect((await derivedProgramme(target, imported.id)).handedOut).toBeNull();
    const again = await exportRecord(target, imported.id);
    expect(JSON.parse(again.json)).toMatchObject({ handedOut: [] });
    expect(inputsOf(again)).toEqual(inputsOf(original));
    expect((await derivedProgramme(target, imported.id)).programme).toEqual(
      (await derivedProgramme(source, client.id)).programme,
    );
  });

  it('keeps the clinician’s adjustments to the plan: they are inputs, exported and imported', async () => {
    const client = await createRichClient(source, false);
    const runs = (await derivedProgramme(source, client.id)).programme.weeks
      .flatMap((week) => week.sessions)
      .filter((session) => session.kind === 'walk_run' && session.date > TODAY && !session.locked);
    const shorten = { type: 'shorten', minutes: Math.max(1, Math.floor(runs[0]!.durationMinutes / 2)) };
    await call(source, 'adjustments.add', {
      clientId: client.id,
      date: runs[0]!.date,
      kind: 'run',
      action: shorten,
      by: 'J. Physio',
      reason: 'Sore after the weekend',
    });
    // A held week: the first one the engine's rules allow (a hold must not raise the running load).
    let held: string | undefined;
    for (const run of runs.slice(1)) {
      const hold = await source.dispatch('adjustments.add', {
        clientId: client.id,
        date: run.date,
        action: { type: 'hold_week' },
        by: 'J. Physio',
        reason: 'Away for a week',
      });
      if (hold.ok) {
        held = run.date;
        break;
      }
    }
    expect(held).toBeDefined();
    const original = await exportRecord(source, client.id);
    expect(JSON.parse(original.json)).toMatchObject({
      adjustments: [
        {
          date: runs[0]!.date,
          kind: 'run',
          action: shorten,
          by: 'J. Physio',
          reason: 'Sore after the weekend',
        },
        { date: held, kind: null, action: { type: 'hold_week' }, reason: 'Away for a week' },
      ],
    });

    // Into a database that already holds another client's adjustment (the rows get new ids).
    const other = (await createPlannableClient(target, 'Anna Keller')).client;
    const otherRun = (await derivedProgramme(target, other.id)).programme.weeks
      .flatMap((week) => week.sessions)
      .find((session) => session.kind === 'walk_run' && session.date > TODAY && !session.locked)!;
    await call(target, 'adjustments.add', {
      clientId: other.id,
      date: otherRun.date,
      kind: 'run',
      action: { type: 'shorten', minutes: 1 },
      by: 'J. Physio',
      reason: 'Short one',
    });
    const imported = await call<Client>(target, 'clients.importRecord', { json: original.json });
    expect(await call(target, 'adjustments.list', { clientId: imported.id })).toMatchObject([
      { date: runs[0]!.date, kind: 'run', action: shorten, by: 'J. Physio' },
      { date: held, kind: null, action: { type: 'hold_week' } },
    ]);
    expect(recordOf(await exportRecord(target, imported.id))).toEqual(recordOf(original));
    expect(await statusOf(target, imported.id)).toEqual(await statusOf(source, client.id));
    expect(await auditOf(target, imported.id, 'client.import')).toMatchObject([
      { details: { adjustments: 2 } },
    ]);
    // The plan is the source's, adjusted the same way (the engine names adjustments by row id,
    // which an import cannot keep: compare without it).
    const withoutIds = (programme: unknown): string =>
      JSON.stringify(programme, (key, value: unknown) =>
        key === 'id' && typeof value === 'string' && /^\d+$/.test(value) ? '' : value,
      );
    const after = (await derivedProgramme(target, imported.id)).programme;
    expect(withoutIds(after)).toEqual(withoutIds((await derivedProgramme(source, client.id)).programme));
    expect(after.weeks.flatMap((week) => week.sessions).filter((session) => session.adjusted)).not.toEqual(
      [],
    );
  });

  it('round-trips every demo client', async () => {
    expect(await seedDemoData(source.dispatch)).toBe(12);
    const clients = await call<{ items: Client[] }>(source, 'clients.list', { includeArchived: true });
    for (const client of clients.items) {
      const original = await exportRecord(source, client.id);
      const imported = await call<Client>(target, 'clients.importRecord', { json: original.json });
      expect(inputsOf(await exportRecord(target, imported.id)), client.name).toEqual(inputsOf(original));
      expect(await logRowsOf(target, imported.id), client.name).toEqual(await logRowsOf(source, client.id));
      expect(await statusOf(target, imported.id), client.name).toEqual(await statusOf(source, client.id));
      const rebuilt = await currentOf(target, imported.id);
      const was = await currentOf(source, client.id);
      expect(rebuilt.notPlannable, client.name).toBe(was.notPlannable);
      expect(rebuilt.derived?.programme, client.name).toEqual(was.derived?.programme);
    }
    const groups = await call<Group[]>(target, 'groups.list', {});
    expect(groups.map((group) => [group.name, group.memberCount])).toEqual([
      ['Riverside Harriers', 4],
      ['Tuesday Trail Squad', 3],
    ]);
  });

  it('joins existing groups regardless of case, and imports the same record twice as two clients', async () => {
    const client = await createRichClient(source, false);
    const { json } = await exportRecord(source, client.id);
    await call(target, 'groups.create', { name: 'riverside harriers', kind: 'squad' });
    const first = await call<Client>(target, 'clients.importRecord', { json });
    const second = await call<Client>(target, 'clients.importRecord', { json });
    expect(second.id).not.toBe(first.id);
    const groups = await call<Group[]>(target, 'groups.list', {});
    expect(groups.map((group) => [group.name, group.kind, group.memberCount])).toEqual([
      ['Morning runners', 'club', 2],
      ['riverside harriers', 'squad', 2],
      ['Tuesday Squad', 'club', 2],
    ]);
    const injuries = await call<Injury[]>(target, 'injuries.list', { clientId: second.id });
    expect(injuries.map((injury) => [injury.clientId, injury.notes.length])).toEqual([
      [second.id, 1],
      [second.id, 1],
    ]);
    // Each has its own logs and the same plan.
    expect(await logRowsOf(target, second.id)).toEqual(await logRowsOf(target, first.id));
    expect((await derivedProgramme(target, second.id)).programme).toEqual(
      (await derivedProgramme(target, first.id)).programme,
    );
  });

  describe('refuses a damaged or foreign file with a specific error and writes nothing', () => {
    type Case = [string, (json: string) => string, Record<string, string>, string];
    /** The exported text with values replaced at dotted paths (undefined deletes the field). */
    const edit =
      (changes: Record<string, unknown>) =>
      (json: string): string => {
        const record = JSON.parse(json) as unknown;
        for (const [path, value] of Object.entries(changes)) {
          const keys = path.split('.');
          const last = keys.pop()!;
          const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], record) as Record<
            string,
            unknown
          >;
          if (value === undefined) delete parent[last];
          else parent[last] = value;
        }
        return JSON.stringify(record);
      };
    const firstLog = (json: string): unknown =>
      (JSON.parse(json) as { sessionLogs: unknown[] }).sessionLogs[0];
    const handedOut = {
      at: '2026-11-27T10:00:00.000Z',
      purpose: 'print',
      language: 'en',
      engineVersion: ENGINE_VERSION,
      fileSha256: 'a'.repeat(64),
      fileBytes: 1000,
    };
    const adjustment = {
      date: '2026-12-02',
      kind: 'run',
      action: { type: 'skip' },
      by: 'J. Physio',
      reason: 'Away',
      createdAt: '2026-11-27T10:00:00.000Z',
    };
    const cases: Case[] = [
      [
        'truncated JSON',
        (json) => json.slice(0, Math.floor(json.length / 2)),
        { json: 'invalid_json' },
        'not valid JSON',
      ],
      ['an empty text', () => '', { json: 'required' }, 'Some fields need attention'],
      [
        'JSON that is not a record',
        () => '[1, 2, 3]',
        { 'json.format': 'wrong_format' },
        'not a ReStride client record',
      ],
      [
        'another format',
        edit({ format: 'restride.backup' }),
        { 'json.format': 'wrong_format' },
        'not a ReStride client record',
      ],
      [
        'a newer version',
        edit({ version: 5 }),
        { 'json.version': 'unsupported_version' },
        'written by a newer ReStride (record version 5); this app reads versions up to 4',
      ],
      [
        'a version of the wrong type',
        edit({ version: '1' }),
        { 'json.version': 'unsupported_version' },
        'unknown version ("1")',
      ],
      [
        'fields of the wrong type',
        edit({
          'client.name': 42,
          'client.birthDate': '1979-02-30',
          'injuries.0.type': 'broken_leg',
          'injuries.1.notes.0.restrictions.1.value': 'three',
          'injuries.0.previousEpisodes': -1,
          'injuries.1.bsiSite': 'navicular',
          'clearances.0.overrideTimeGate': 'yes',
          'clearances.1.overrideSportGate': 'yes',
          'intake.days': [],
          'intake.redsSigns': ['tired'],
          handedOut: [
            { ...handedOut, purpose: 'email' },
            { ...handedOut, fileSha256: 'abc' },
          ],
          'sessionLogs.0.painDuring': 11,
          'sessionLogs.0.kind': 'swim',
          groups: [''],
        }),
        {
          'json.client.name': 'invalid_type',
          'json.client.birthDate': 'invalid_date',
          'json.injuries.0.type': 'invalid_value',
          'json.injuries.1.notes.0.restrictions.1.value': 'invalid_type',
          'json.injuries.0.previousEpisodes': 'too_small',
          'json.injuries.1.bsiSite': 'bsi_site_not_bsi',
          'json.clearances.0.overrideTimeGate': 'invalid_type',
          'json.clearances.1.overrideSportGate': 'invalid_type',
          'json.intake.days': 'too_small',
          'json.intake.redsSigns.0': 'invalid_value',
          'json.handedOut.0.purpose': 'invalid_value',
          'json.handedOut.1.fileSha256': 'invalid_regex',
          'json.sessionLogs.0.painDuring': 'too_big',
          'json.sessionLogs.0.kind': 'invalid_value',
          'json.groups.0': 'required',
        },
        'This client record cannot be imported: json.client.name',
      ],
      [
        'adjustments the engine could not read',
        edit({
          adjustments: [
            { ...adjustment, kind: null, action: { type: 'move', toDate: adjustment.date }, by: ' ' },
            { ...adjustment, action: { type: 'hold_week' } },
            { ...adjustment, action: { type: 'shorten', minutes: 0 } },
          ],
        }),
        {
          'json.adjustments.0.kind': 'required',
          'json.adjustments.0.action.toDate': 'invalid',
          'json.adjustments.0.by': 'required',
          'json.adjustments.1.kind': 'invalid',
          'json.adjustments.2.action.minutes': 'too_small',
        },
        'This client record cannot be imported: json.adjustments.0',
      ],
      [
        '501 adjustments',
        edit({ adjustments: Array.from({ length: 501 }, () => adjustment) }),
        { 'json.adjustments': 'too_big' },
        'At most 500 adjustments',
      ],
      ['a missing part', edit({ injuries: undefined }), { 'json.injuries': 'invalid_type' }, 'json.injuries'],
      [
        'a session logged twice',
        (json) => edit({ 'sessionLogs.1': firstLog(json) })(json),
        { 'json.sessionLogs.1.sessionId': 'duplicate' },
        'This session is logged twice',
      ],
      [
        'an override without its reason',
        edit({ 'clearances.0.overrideReason': null }),
        { 'json.clearances.0.overrideReason': 'required' },
        'Give the reason',
      ],
    ];

    it.each(cases)('%s', async (_label, damage, issues, message) => {
      const client = await createRichClient(source);
      const { json } = await exportRecord(source, client.id);
      await createClient(target, 'Already Here');
      const before = await countEveryTable(target);
      const error = await callError(target, 'clients.importRecord', { json: damage(json) });
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual(issues);
      expect(error.message).toContain(message);
      expect(await countEveryTable(target)).toEqual(before);
    });
  });
});

/** A session of a programme as a file holds it. */
type SessionDocument = Record<string, unknown> & { id: string; locked: boolean; title: string };

/** A programme of an older file (versions 1 and 2): derived, checked on import, then ignored. */
interface ProgrammeDocument {
  engineVersion: string;
  request: Record<string, unknown>;
  programme: {
    engineVersion: string;
    weeks: { sessions: SessionDocument[] }[];
    [key: string]: unknown;
  };
  createdAt: string;
  updatedAt: string;
}

/** The exported record as an object, to change before importing it. */
type RecordDocument = {
  version: number;
  intake: Record<string, unknown> | null;
  injuries: Record<string, unknown>[];
  clearances: Record<string, unknown>[];
  programmes?: ProgrammeDocument[];
  handedOut?: Record<string, unknown>[];
  sessionLogs: Record<string, unknown>[];
  [key: string]: unknown;
};

/**
 * The rich client's record as a version 2 file (as ReStride wrote it before the programme was
 * derived): inputs and logs without their kind, no handedOut, and the programme the engine made
 * with the request it was made from.
 */
async function versionTwoRecord(): Promise<{ clientId: number; record: RecordDocument }> {
  const client = await createRichClient(source);
  const record = JSON.parse((await exportRecord(source, client.id)).json) as RecordDocument;
  const request = await assemblePlanRequest(source.context.db, client.id, TODAY);
  const { programme } = await derivedProgramme(source, client.id);
  record.version = 2;
  delete record.handedOut;
  for (const log of record.sessionLogs) delete log.kind;
  record.programmes = [
    {
      engineVersion: programme.engineVersion,
      request,
      programme: structuredClone(programme) as unknown as ProgrammeDocument['programme'],
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z',
    },
  ];
  return { clientId: client.id, record };
}

describe('clients.importRecord reads older files and derives the programme itself (issue 11)', () => {
  it('shows the engine’s programme after importing a forged one (version 2)', async () => {
    const { clientId, record } = await versionTwoRecord();
    const stored = record.programmes![0]!;
    // A locked session unlocked, retitled and made long: what a forged file would hand the client.
    const sessions = stored.programme.weeks.flatMap((week) => week.sessions);
    const session = sessions.find((candidate) => candidate.locked) ?? sessions[0]!;
    Object.assign(session, {
      title: 'FORGED: 20 km tempo run',
      kind: 'easy_run',
      locked: false,
      lockedReason: null,
      requiresClearance: 'walking',
      durationMinutes: 120,
      runMinutes: 120,
      walkMinutes: 0,
      blocks: [{ type: 'run', seconds: 7200 }],
    });
    stored.programme.status = 'active';
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });

    // The screen shows the engine's programme, the same as the source's, with nothing of the forgery.
    const current = await currentOf(target, imported.id);
    expect(JSON.stringify(current)).not.toContain('FORGED');
    expect(current.derived!.programme).toEqual((await derivedProgramme(source, clientId)).programme);
    // Nor is it stored anywhere.
    expect(await everyRowAsText(target)).not.toContain('FORGED');
    // The log takes its kind from the session it was logged against; its light is the engine's verdict.
    expect(await logRowsOf(target, imported.id)).toEqual(await logRowsOf(source, clientId));
    const again = JSON.parse((await exportRecord(target, imported.id)).json) as RecordDocument;
    expect(again).toMatchObject({ version: 4, handedOut: [], assessments: [] });
    expect(again).not.toHaveProperty('programmes');
    expect(again.sessionLogs).toMatchObject([{ kind: 'run', light: 'green' }]);
    expect(await auditOf(target, imported.id, 'client.import')).toMatchObject([
      { details: { version: 2, sessionLogs: 1, plannable: true } },
    ]);
    // Nor does it reach what is handed out.
    const ics = await call<{ content: string }>(target, 'exports.ics', { clientId: imported.id });
    expect(ics.content).not.toContain('FORGED');
  });

  describe('refuses a record whose sizes, counts, nesting or numbers exceed the caps, writing nothing', () => {
    const firstSession = (record: RecordDocument): Record<string, unknown> =>
      record.programmes![0]!.programme.weeks[0]!.sessions[0]!;
    const nested = (depth: number): unknown =>
      depth === 0 ? { type: 'run', seconds: 60 } : { type: 'repeat', times: 2, blocks: [nested(depth - 1)] };
    const blocks = 'json.programmes.0.programme.weeks.0.sessions.0.blocks';
    type Case = [string, (record: RecordDocument) => void, string, string, string];
    const cases: Case[] = [
      [
        'a repeat 9e15 times (the repeat bomb)',
        (record) => {
          firstSession(record).blocks = [
            { type: 'repeat', times: 9e15, blocks: [{ type: 'run', seconds: 60 }] },
          ];
        },
        `${blocks}.0.times`,
        'too_big',
        'A repeat runs at most 100 times',
      ],
      [
        'repeats nested 4 deep',
        (record) => {
          firstSession(record).blocks = [nested(4)];
        },
        `${blocks}.0.blocks.0.blocks.0.blocks.0`,
        'invalid',
        'Repeats nest at most 3 deep',
      ],
      [
        'a session that spells out to a million steps',
        (record) => {
          firstSession(record).blocks = [
            { type: 'repeat', times: 100, blocks: [{ type: 'repeat', times: 100, blocks: [nested(1)] }] },
          ];
        },
        blocks,
        'too_big',
        'at most 1000 steps',
      ],
      [
        'a block of a week',
        (record) => {
          firstSession(record).blocks = [{ type: 'run', seconds: 7 * 24 * 3600 }];
        },
        `${blocks}.0.seconds`,
        'too_big',
        'A block lasts at most 21600 seconds',
      ],
      [
        '61 weeks',
        (record) => {
          const weeks = record.programmes![0]!.programme.weeks;
          while (weeks.length <= 60) weeks.push(weeks[0]!);
        },
        'json.programmes.0.programme.weeks',
        'too_big',
        'At most 60 weeks',
      ],
      [
        'a week of 31 sessions',
        (record) => {
          const week = record.programmes![0]!.programme.weeks[0]!;
          week.sessions = Array.from({ length: 31 }, () => week.sessions[0]!);
        },
        'json.programmes.0.programme.weeks.0.sessions',
        'too_big',
        'At most 30 sessions in a week',
      ],
      [
        'a programme whose engine version is not its own',
        (record) => {
          record.programmes![0]!.engineVersion = '0.0.1';
        },
        'json.programmes.0.engineVersion',
        'mismatch',
        'The engine version differs',
      ],
      [
        'a stored request with 5001 logs',
        (record) => {
          const request = record.programmes![0]!.request;
          request.logs = Array.from({ length: 5001 }, () => record.sessionLogs[0]);
        },
        'json.programmes.0.request.logs',
        'too_big',
        'At most 5000 session logs',
      ],
      [
        '5001 session logs',
        (record) => {
          const log = record.sessionLogs[0]!;
          record.sessionLogs = Array.from({ length: 5001 }, (_, i) => ({ ...log, sessionId: `s${i}` }));
        },
        'json.sessionLogs',
        'too_big',
        'At most 5000 session logs',
      ],
      [
        '201 injuries',
        (record) => {
          record.injuries = Array.from({ length: 201 }, () => record.injuries[0]!);
        },
        'json.injuries',
        'too_big',
        'At most 200 injuries',
      ],
      [
        'an available day listed 8 times',
        (record) => {
          record.intake!.days = Array.from({ length: 8 }, () => 'mon');
        },
        'json.intake.days',
        'too_big',
        'At most 7 available days',
      ],
    ];

    it.each(cases)('%s', async (_label, damage, path, code, message) => {
      const { record } = await versionTwoRecord();
      damage(record);
      await createClient(target, 'Already Here');
      const before = await countEveryTable(target);
      const error = await callError(target, 'clients.importRecord', { json: JSON.stringify(record) });
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toMatchObject({ [path]: code });
      expect(error.message).toContain(path);
      expect(error.message).toContain(message);
      expect(await countEveryTable(target)).toEqual(before);
    });
  });

  it('imports an old export file (version 1, an older engine’s programme) and derives its programme', async () => {
    const { clientId, record } = await versionTwoRecord();
    record.version = 1;
    for (const injury of record.injuries) {
      delete injury.previousEpisodes;
      delete injury.bsiSite;
    }
    for (const clearance of record.clearances) delete clearance.overrideSportGate;
    delete record.intake!.redsSigns;
    delete record.intake!.breastfeeding;
    for (const stored of record.programmes!) {
      stored.engineVersion = '1.3.0';
      stored.programme.engineVersion = '1.3.0';
    }
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });
    const current = await derivedProgramme(target, imported.id);
    expect(current.engineVersion).toBe(ENGINE_VERSION);
    expect(current.programme).toEqual((await derivedProgramme(source, clientId)).programme);
    // Version 2's defaults for what version 1 lacks; the file is the source's record again.
    const original = JSON.parse((await exportRecord(source, clientId)).json) as RecordDocument;
    const again = JSON.parse((await exportRecord(target, imported.id)).json) as RecordDocument;
    expect({ ...again, exportedAt: '' }).toEqual({ ...original, exportedAt: '' });
    expect(await statusOf(target, imported.id)).toEqual(await statusOf(source, clientId));
    expect(await auditOf(target, imported.id, 'client.import')).toMatchObject([
      { details: { version: 1, plannable: true } },
    ]);
  });

  it('gives two logs of one kind on one day slots 1 and 2, and keeps them through a round trip', async () => {
    const { clientId, record } = await versionTwoRecord();
    const programme = (await derivedProgramme(source, clientId)).programme;
    const logged = record.sessionLogs[0]!;
    // The same day's run logged again against another run session (a late one, done the same day).
    const other = programme.weeks
      .flatMap((week) => week.sessions)
      .find((session) => session.kind === 'walk_run' && session.id !== logged.sessionId)!;
    record.sessionLogs.push({ ...logged, sessionId: other.id, painAfter: 1, note: 'Second run that day' });
    // A walk on the same day is a log of another kind.
    record.sessionLogs.push({ ...logged, sessionId: 'w1-mon-walk', note: 'Walk' });
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });
    const rows = await logRowsOf(target, imported.id);
    expect(rows.map(({ date, kind, slot, note }) => ({ date, kind, slot, note }))).toEqual([
      { date: logged.date, kind: 'run', slot: 1, note: 'Felt fine' },
      { date: logged.date, kind: 'run', slot: 2, note: 'Second run that day' },
      { date: logged.date, kind: 'walk', slot: 1, note: 'Walk' },
    ]);
    const exported = await exportRecord(target, imported.id);
    expect((JSON.parse(exported.json) as RecordDocument).sessionLogs).toMatchObject([
      { kind: 'run' },
      { kind: 'run' },
      { kind: 'walk' },
    ]);
    const again = await call<Client>(target, 'clients.importRecord', { json: exported.json });
    expect(await logRowsOf(target, again.id)).toEqual(rows);
    expect(recordOf(await exportRecord(target, again.id))).toEqual(recordOf(exported));
    expect(await statusOf(target, again.id)).toEqual(await statusOf(target, imported.id));
    expect((await derivedProgramme(target, again.id)).programme).toEqual(
      (await derivedProgramme(target, imported.id)).programme,
    );
  });

  it('imports a record without an intake and its logs; the plan appears once the intake is saved', async () => {
    const client = await createRichClient(source);
    const record = JSON.parse((await exportRecord(source, client.id)).json) as RecordDocument;
    record.intake = null;
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });
    expect(await currentOf(target, imported.id)).toEqual({
      derived: null,
      notPlannable: 'Complete the intake first.',
    });
    const again = JSON.parse((await exportRecord(target, imported.id)).json) as RecordDocument;
    expect(again).toMatchObject({ intake: null, handedOut: [] });
    // The log is kept; its light is the engine's verdict, which needs a plan.
    expect(again.sessionLogs).toMatchObject([{ note: 'Felt fine', kind: 'run', light: null }]);
    expect(await auditOf(target, imported.id, 'client.import')).toMatchObject([
      { details: { version: 4, plannable: false } },
    ]);
    // Saving the intake makes the plan, and lights the log, as for any client.
    await call(target, 'intake.save', intakeInput(imported.id));
    expect((await currentOf(target, imported.id)).derived).not.toBeNull();
    expect(await logRowsOf(target, imported.id)).toMatchObject([{ light: 'green' }]);
    expect(await statusOf(target, imported.id)).toMatchObject({ last_light: 'green' });
  });

  it('imports a version 2 record whose programmes were left out, and a version 3 one without handedOut', async () => {
    const { clientId, record } = await versionTwoRecord();
    delete record.programmes;
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });
    const expected = (await derivedProgramme(source, clientId)).programme;
    expect((await derivedProgramme(target, imported.id)).programme).toEqual(expected);

    const v3 = JSON.parse((await exportRecord(source, clientId)).json) as RecordDocument;
    // Version 3 had no assessments.
    v3.version = 3;
    delete v3.handedOut;
    delete v3.assessments;
    const second = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(v3) });
    expect((await derivedProgramme(target, second.id)).programme).toEqual(expected);
  });
});

/** Whether a file's raw bytes contain the text (UTF-8, as SQLite stores it). */
function fileContains(path: string, text: string): boolean {
  return existsSync(path) && readFileSync(path).includes(Buffer.from(text, 'utf8'));
}

/** Every way the erased client's personal data is written: as entered and as search keys (lower case). */
const needles = [person.name, person.name.toLowerCase(), person.email, person.birthDate, person.phone];

describe('clients.erase', () => {
  /** The client among others, created before and after, so their rows share pages in the file. */
  async function clientAmongOthers(): Promise<{ client: Client; others: Client[] }> {
    const others: Client[] = [(await createPlannableClient(source, 'Anna Keller')).client];
    for (let i = 0; i < 30; i++)
      others.push(await createClient(source, `Before ${i}`, { notes: 'x'.repeat(200) }));
    const client = await createRichClient(source);
    await call(source, 'print.programme', { clientId: client.id });
    await call(source, 'print.programmeToFolder', { clientId: client.id, batch: 'Tuesday' });
    await call(source, 'print.programmeToFolder', { clientId: others[0]!.id, batch: 'Tuesday' });
    for (let i = 0; i < 30; i++)
      others.push(await createClient(source, `After ${i}`, { notes: 'y'.repeat(200) }));
    await call(source, 'print.programme', { clientId: others[0]!.id });
    return { client, others };
  }

  it('deletes every row of the client, leaves no trace in the files and keeps an audit entry', async () => {
    const { client, others } = await clientAmongOthers();
    const injuryIds = (await call<Injury[]>(source, 'injuries.list', { clientId: client.id })).map(
      (i) => i.id,
    );
    const files = [source.databaseFile, `${source.databaseFile}-wal`];
    // The scan finds the data while it is there.
    for (const needle of needles)
      expect(
        files.some((file) => fileContains(file, needle)),
        needle,
      ).toBe(true);
    const before = await countEveryTable(source);

    const prints = join(source.dataDir, 'prints', 'Tuesday');
    expect(readdirSync(prints).some((file) => file.startsWith(person.name))).toBe(true);

    expect(await call(source, 'clients.erase', { clientId: client.id, confirmName: person.name })).toEqual({
      clientId: client.id,
      printFilesDeleted: 1,
      handedOutBeyondReach: 1,
    });
    // The client's print is gone from the print folder; the other client's stays.
    expect(readdirSync(prints)).toEqual([`Anna Keller – ${String(others[0]!.id).padStart(4, '0')}.pdf`]);

    // No table that refers to a client holds a row of this one; the notes of its injuries are gone.
    const clientTables = await tablesWithColumn(source, 'client_id');
    expect(clientTables).toEqual(
      expect.arrayContaining([
        'audit_log',
        'client_status',
        'clearance',
        'group_member',
        'injury',
        'intake',
        'plan_adjustment',
        'plan_snapshot',
        'session_log',
      ]),
    );
    for (const table of [...clientTables, 'client']) {
      const column = table === 'client' ? 'id' : 'client_id';
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${client.id}
      `.execute(source.context.db);
      expect(Number(rows[0]!.n), table).toBe(0);
    }
    const notes = await source.context.db
      .selectFrom('injury_note')
      .select('id')
      .where('injury_id', 'in', injuryIds)
      .execute();
    expect(notes).toEqual([]);
    // No row anywhere contains the name, email, phone or birth date.
    for (const table of Object.keys(before)) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        source.context.db,
      );
      const text = JSON.stringify(rows);
      for (const needle of needles) expect(text.includes(needle), `${table}: ${needle}`).toBe(false);
    }
    // Nor do the bytes of the database file and its write-ahead log (free pages, old page versions).
    for (const file of files) {
      for (const needle of needles) expect(fileContains(file, needle), `${file}: ${needle}`).toBe(false);
    }

    // The other clients are untouched; the file is sound.
    const after = await countEveryTable(source);
    expect(after.client).toBe(before.client! - 1);
    for (const other of others)
      expect((await source.dispatch('clients.get', { id: other.id })).ok).toBe(true);
    const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(
      source.context.db,
    );
    expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);

    // The client's audit entries stay, detached from the id, and one entry records the erasure.
    const audit = await call<AuditEntry[]>(source, 'audit.list', { limit: 500 });
    expect(audit[0]).toMatchObject({
      action: 'client.erase',
      clientId: null,
      subject: 'client erased',
      details: {
        injuries: 2,
        notes: 2,
        clearances: 2,
        handedOut: 2,
        adjustments: 0,
        sessionLogs: 1,
        printFilesDeleted: 1,
        downloadsHandedOut: 1,
        recordExports: 0,
      },
    });
    expect(audit.filter((entry) => entry.clientId === client.id)).toEqual([]);
    expect(audit.filter((entry) => entry.clientId === null).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['clearance.set', 'programme.print', 'client.erase']),
    );
    // What was handed to the other clients stays.
    expect(after.plan_snapshot).toBe(2);
    expect((await derivedProgramme(source, others[0]!.id)).handedOut).toMatchObject({ purpose: 'print' });
    expect(await call(source, 'audit.list', { clientId: client.id })).toEqual([]);
  });

  it.each([
    ['a different name', 'Zelda Quimbi', { confirmName: 'mismatch' }],
    ['the name in other letter case', 'zelda quimby', { confirmName: 'mismatch' }],
    ['no name', undefined, { confirmName: 'invalid_type' }],
    ['an empty name', '  ', { confirmName: 'required' }],
  ])('deletes nothing when confirmName is %s', async (_label, confirmName, issues) => {
    const client = await createRichClient(source);
    const before = await countEveryTable(source);
    const error = await callError(source, 'clients.erase', { clientId: client.id, confirmName });
    expect(error).toMatchObject({ code: 'invalid_input', issues });
    expect(await countEveryTable(source)).toEqual(before);
  });

  it('is not_found for an unknown client', async () => {
    const error = await callError(source, 'clients.erase', { clientId: 999, confirmName: 'Nobody' });
    expect(error.code).toBe('not_found');
  });
});
