/** clients.exportRecord, clients.importRecord and clients.erase through dispatch on real SQLite files. */
import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/backend/demo/seed-demo';
import type { AuditEntry } from '../../src/contract/audit';
import type { ClientRecordFile } from '../../src/contract/client-data';
import type { Client } from '../../src/contract/clients';
import type { Group } from '../../src/contract/groups';
import type { Injury } from '../../src/contract/injuries';
import type { StoredProgramme } from '../../src/contract/programmes';
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
  intakeInput,
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

/** Someone whose name, email, phone and birth date appear nowhere else in the test databases. */
const person = {
  name: 'Zelda Quimby',
  email: 'zelda.quimby@example.org',
  phone: '+44 7700 900461',
  birthDate: '1979-06-13',
};

/**
 * A client with everything a record holds: two injuries (one resolved) with notes, two clearances
 * (one with a time-gate override), an intake, two generated programmes, a logged session and two
 * groups; archived at the end.
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
  const first = await call<StoredProgramme>(backend, 'programmes.generate', { clientId: client.id });
  const walkRun = first.programme.weeks
    .flatMap((week) => week.sessions)
    .find((session) => session.kind === 'walk_run' && session.date <= '2026-11-27');
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
  backend.setNow(new Date('2026-11-27T12:00:00Z'));
  await call(backend, 'programmes.generate', { clientId: client.id });
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

/** A record's inputs and logs: what an import takes from the file (the programmes are rebuilt). */
function inputsOf(file: ClientRecordFile): Record<string, unknown> {
  return { ...recordOf(file), programmes: 'rebuilt' };
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

describe('clients.exportRecord', () => {
  it('writes the full record as one versioned JSON document without ids', async () => {
    const client = await createRichClient(source);
    const file = await exportRecord(source, client.id);
    expect(file.fileName).toBe('Zelda Quimby – ReStride record 2026-11-27.json');
    const record = JSON.parse(file.json) as Record<string, never>;
    expect(record).toMatchObject({
      format: 'restride.client',
      version: 2,
      exportedAt: '2026-11-27T12:00:00.000Z',
      client: { ...person, sex: 'female', group: 'Morning runners', archived: true },
      intake: { startDate: '2026-11-16', preferredTime: '07:30' },
      groups: ['Riverside Harriers', 'Tuesday Squad'],
    });
    expect(record.injuries).toMatchObject([
      { type: 'calf_strain', status: 'resolved', notes: [{ text: 'Settled' }] },
      { type: 'achilles_tendinopathy', status: 'active', notes: [{ text: 'Avoid hills for 4 weeks' }] },
    ]);
    expect(record.clearances).toMatchObject([
      { level: 'walking', overrideTimeGate: true },
      { level: 'walk_run' },
    ]);
    expect(record.programmes).toHaveLength(2);
    expect(record.sessionLogs).toMatchObject([{ painAfter: 2, note: 'Felt fine', light: 'green' }]);
    // Relations are nested, not numbered (the programme keeps the engine's own session ids).
    const { injuries, clearances, intake, sessionLogs, client: person_ } = record;
    const rows = JSON.stringify({ person_, injuries, clearances, intake, sessionLogs });
    expect(rows.match(/"(id|clientId|injuryId|programmeId)":/)).toBeNull();
  });

  it('is not_found for an unknown client', async () => {
    expect((await callError(source, 'clients.exportRecord', { clientId: 999 })).code).toBe('not_found');
  });
});

describe('clients.importRecord', () => {
  it('recreates the record in an empty database: exported again, it is the same record', async () => {
    const client = await createRichClient(source);
    const original = await exportRecord(source, client.id);
    const imported = await call<Client>(target, 'clients.importRecord', { json: original.json });
    expect(imported).toMatchObject({ ...person, archived: true, createdAt: client.createdAt });

    // Inputs and logs come back as they were; of the file's two programmes none is kept: the import
    // generated one, from those inputs, as programmes.generate does.
    const again = await exportRecord(target, imported.id);
    expect(inputsOf(again)).toEqual(inputsOf(original));
    expect(JSON.parse(again.json)).toMatchObject({
      programmes: [{ createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z' }],
    });
    // The caseload row is derived again, as the writers had left it.
    expect(await statusOf(target, imported.id)).toEqual(await statusOf(source, client.id));
    expect(await statusOf(target, imported.id)).toMatchObject({
      clearance_level: 'walk_run',
      last_light: 'green',
    });
    const current = await call<StoredProgramme>(target, 'programmes.current', { clientId: imported.id });
    const before = await call<StoredProgramme>(source, 'programmes.current', { clientId: client.id });
    expect(current.programme).toEqual(before.programme);
    // The imported programme is usable: printing and exports run the engine on its stored request.
    expect((await target.dispatch('exports.ics', { clientId: imported.id })).ok).toBe(true);
  });

  it('round-trips every demo client', async () => {
    expect(await seedDemoData(source.dispatch)).toBe(12);
    const clients = await call<{ items: Client[] }>(source, 'clients.list', { includeArchived: true });
    for (const client of clients.items) {
      const original = await exportRecord(source, client.id);
      const imported = await call<Client>(target, 'clients.importRecord', { json: original.json });
      expect(inputsOf(await exportRecord(target, imported.id)), client.name).toEqual(inputsOf(original));
      expect(await statusOf(target, imported.id), client.name).toEqual(await statusOf(source, client.id));
      const rebuilt = await call<StoredProgramme | null>(target, 'programmes.current', {
        clientId: imported.id,
      });
      const was = await call<StoredProgramme | null>(source, 'programmes.current', { clientId: client.id });
      expect(rebuilt?.programme, client.name).toEqual(was?.programme);
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
      ['riverside harriers', 'squad', 2],
      ['Tuesday Squad', 'club', 2],
    ]);
    const injuries = await call<Injury[]>(target, 'injuries.list', { clientId: second.id });
    expect(injuries.map((injury) => [injury.clientId, injury.notes.length])).toEqual([
      [second.id, 1],
      [second.id, 1],
    ]);
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
        edit({ version: 3 }),
        { 'json.version': 'unsupported_version' },
        'written by a newer ReStride (record version 3); this app reads versions up to 2',
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
          'programmes.0.programme.weeks': 'none',
          'programmes.1.request.schemaVersion': 7,
          'sessionLogs.0.painDuring': 11,
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
          'json.programmes.0.programme.weeks': 'invalid_type',
          'json.programmes.1.request.schemaVersion': 'invalid_union',
          'json.sessionLogs.0.painDuring': 'too_big',
          'json.groups.0': 'required',
        },
        'This client record cannot be imported: json.client.name',
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

/** The exported record as an object, to change before importing it. */
type RecordDocument = {
  version: number;
  intake: Record<string, unknown> | null;
  injuries: Record<string, unknown>[];
  clearances: Record<string, unknown>[];
  programmes: {
    engineVersion: string;
    programme: {
      engineVersion: string;
      weeks: { sessions: Record<string, unknown>[] }[];
      [key: string]: unknown;
    };
    [key: string]: unknown;
  }[];
  sessionLogs: Record<string, unknown>[];
  [key: string]: unknown;
};

async function programmeRows(backend: TestBackend, clientId: number): Promise<{ programme: string }[]> {
  return backend.context.db
    .selectFrom('programme')
    .select(['programme', 'request'])
    .where('client_id', '=', clientId)
    .execute();
}

describe('clients.importRecord rebuilds what is derived (issue 11 §4)', () => {
  async function exported(): Promise<RecordDocument> {
    const client = await createRichClient(source);
    return JSON.parse((await exportRecord(source, client.id)).json) as RecordDocument;
  }

  it('ignores a forged programme in the file: the stored programme is the engine’s', async () => {
    const record = await exported();
    for (const stored of record.programmes) {
      const session = stored.programme.weeks[0]!.sessions[0]!;
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
    }
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });

    // One programme, and nothing of the forgery in it or anywhere in the client's stored programmes.
    const rows = await programmeRows(target, imported.id);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('FORGED');
    const current = await call<StoredProgramme>(target, 'programmes.current', { clientId: imported.id });
    expect(JSON.stringify(current)).not.toContain('FORGED');
    // It is what programmes.generate gives for the imported inputs (and what the source had).
    const generated = await call<StoredProgramme>(target, 'programmes.generate', { clientId: imported.id });
    expect(current.programme).toEqual(generated.programme);
    const before = await call<StoredProgramme>(source, 'programmes.current', { clientId: 1 });
    expect(current.programme).toEqual(before.programme);
    // The logs' lights are the engine's verdict on the imported logs.
    const again = JSON.parse((await exportRecord(target, imported.id)).json) as RecordDocument;
    expect(again.sessionLogs).toMatchObject([{ light: 'green' }]);
  });

  describe('refuses a record whose sizes, counts, nesting or numbers exceed the caps, writing nothing', () => {
    const firstSession = (record: RecordDocument): Record<string, unknown> =>
      record.programmes[0]!.programme.weeks[0]!.sessions[0]!;
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
          const weeks = record.programmes[0]!.programme.weeks;
          while (weeks.length <= 60) weeks.push(weeks[0]!);
        },
        'json.programmes.0.programme.weeks',
        'too_big',
        'At most 60 weeks',
      ],
      [
        'a week of 31 sessions',
        (record) => {
          const week = record.programmes[0]!.programme.weeks[0]!;
          week.sessions = Array.from({ length: 31 }, () => week.sessions[0]!);
        },
        'json.programmes.0.programme.weeks.0.sessions',
        'too_big',
        'At most 30 sessions in a week',
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
      const record = await exported();
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

  it('imports an old export file (version 1, an older engine’s programmes) and rebuilds its programme', async () => {
    const record = await exported();
    record.version = 1;
    for (const injury of record.injuries) {
      delete injury.previousEpisodes;
      delete injury.bsiSite;
    }
    for (const clearance of record.clearances) delete clearance.overrideSportGate;
    delete record.intake!.redsSigns;
    delete record.intake!.breastfeeding;
    for (const stored of record.programmes) {
      stored.engineVersion = '1.3.0';
      stored.programme.engineVersion = '1.3.0';
    }
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });
    const current = await call<StoredProgramme>(target, 'programmes.current', { clientId: imported.id });
    expect(current.engineVersion).not.toBe('1.3.0');
    const generated = await call<StoredProgramme>(target, 'programmes.generate', { clientId: imported.id });
    expect(current).toMatchObject({ engineVersion: generated.engineVersion, programme: generated.programme });
    expect(await programmeRows(target, imported.id)).toHaveLength(2);
  });

  it('imports a record without an intake, and its logs, without a programme', async () => {
    const record = await exported();
    record.intake = null;
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });
    expect(await call(target, 'programmes.current', { clientId: imported.id })).toBeNull();
    expect(await programmeRows(target, imported.id)).toEqual([]);
    const again = JSON.parse((await exportRecord(target, imported.id)).json) as RecordDocument;
    expect(again).toMatchObject({ intake: null, programmes: [] });
    // The log is kept; its light is the engine's verdict, which needs a programme.
    expect(again.sessionLogs).toMatchObject([{ note: 'Felt fine', light: null }]);
    const audit = await call<AuditEntry[]>(target, 'audit.list', { clientId: imported.id });
    expect(audit.find((entry) => entry.action === 'client.import')).toMatchObject({
      details: { programmeRebuilt: false },
    });
    // Generating once the intake is there works as for any client.
    await call(target, 'intake.save', intakeInput(imported.id));
    expect((await target.dispatch('programmes.generate', { clientId: imported.id })).ok).toBe(true);
  });

  it('imports a record whose programmes were left out', async () => {
    const record = await exported();
    delete (record as { programmes?: unknown }).programmes;
    const imported = await call<Client>(target, 'clients.importRecord', { json: JSON.stringify(record) });
    expect(await programmeRows(target, imported.id)).toHaveLength(1);
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
    for (let i = 0; i < 30; i++)
      others.push(await createClient(source, `After ${i}`, { notes: 'y'.repeat(200) }));
    await call(source, 'programmes.generate', { clientId: others[0]!.id });
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

    expect(await call(source, 'clients.erase', { clientId: client.id, confirmName: person.name })).toEqual({
      clientId: client.id,
    });

    // No table that refers to a client holds a row of this one; the notes of its injuries are gone.
    const clientTables = await tablesWithColumn(source, 'client_id');
    expect(clientTables).toEqual(
      expect.arrayContaining(['audit_log', 'client_status', 'clearance', 'group_member', 'injury', 'intake']),
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
      details: { injuries: 2, notes: 2, clearances: 2, programmes: 2, sessionLogs: 1 },
    });
    expect(audit.filter((entry) => entry.clientId === client.id)).toEqual([]);
    expect(audit.filter((entry) => entry.clientId === null).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['clearance.set', 'programme.generate', 'programme.print', 'client.erase']),
    );
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
