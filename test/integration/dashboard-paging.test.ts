import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateClientStatus } from '../../src/backend/client-status/client-status.repository';
import { sortName } from '../../src/backend/clients/client.mapping';
import {
  caseloadMatch,
  caseloadPage,
  loadGroupCaseload,
} from '../../src/backend/dashboard/dashboard.service';
import { openDatabase } from '../../src/backend/db/connection';
import { migrateTo, migrateToLatest } from '../../src/backend/db/migrate';
import {
  decodeCaseloadCursor,
  type CaseloadPage,
  type Dashboard,
  type DashboardRow,
} from '../../src/contract/dashboard';
import { call, callError, createTestBackend, type TestBackend } from '../fixtures/backend';
import { clearanceInput, createClient, createInjury } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // today is 2026-11-27
});
afterEach(async () => {
  await backend.dispose();
});

const get = (input: object): Promise<Dashboard> => call<Dashboard>(backend, 'dashboard.get', input);

/** Names that sort by folded accents and case, with two clients of one name (the id decides). */
const NAMES = [
  'Ava Keller',
  'bea Okafor',
  'Cal Nowak',
  'Özlem Demir',
  'Émile Kessler',
  'Dev Keller',
  'Eli Lindqvist',
  'Fay Mensah',
  'Gus Haddad',
  'Hal Schulz',
  'Ida Tanaka',
  'Jürgen Müller',
  'Jürgen Müller',
  'Kai Ferreira',
  'Lea Weber',
  'Max Keller',
  'Nia Okafor',
];

interface Seeded {
  /** Every client made, by name order (sort name, then id). */
  all: { id: number; name: string; email: string; archived: boolean; cleared: boolean }[];
}

/** The clients of NAMES; every third is cleared to walk-run, every fifth is archived. */
async function seed(): Promise<Seeded> {
  const all: Seeded['all'] = [];
  for (const [index, name] of NAMES.entries()) {
    const email = `c${index}@example.org`;
    const client = await createClient(backend, name, { email });
    const cleared = index % 3 === 0;
    if (cleared) await call(backend, 'clearances.set', clearanceInput(client.id));
    const archived = index % 5 === 4;
    if (archived) await call(backend, 'clients.archive', { id: client.id });
    all.push({ id: client.id, name, email, archived, cleared });
  }
  // SQLite compares the sort names by their bytes (as does PostgreSQL under C.UTF-8).
  all.sort((a, b) =>
    sortName(a.name) < sortName(b.name) ? -1 : sortName(a.name) > sortName(b.name) ? 1 : a.id - b.id,
  );
  return { all };
}

/** Every page from the first on (next, next, …), and from the last back (previous, …). */
async function walk(
  input: object,
  limit: number,
): Promise<{ forward: DashboardRow[][]; backward: DashboardRow[][] }> {
  const forward: DashboardRow[][] = [];
  let answer = await get({ ...input, limit });
  forward.push(answer.rows);
  expect(answer.page.hasPrevious).toBe(false);
  while (answer.page.hasNext) {
    answer = await get({ ...input, limit, page: 'next', cursor: answer.page.endCursor });
    forward.push(answer.rows);
    expect(answer.page.hasPrevious).toBe(true);
  }
  const backward: DashboardRow[][] = [];
  answer = await get({ ...input, limit, page: 'last' });
  backward.push(answer.rows);
  expect(answer.page.hasNext).toBe(false);
  while (answer.page.hasPrevious) {
    answer = await get({ ...input, limit, page: 'previous', cursor: answer.page.startCursor });
    backward.push(answer.rows);
    expect(answer.page.hasNext).toBe(true);
  }
  return { forward, backward };
}

const ids = (pages: DashboardRow[][]): number[] => pages.flat().map((row) => row.clientId);

describe('dashboard.get pages by key', () => {
  it('covers every active client exactly once, forward and backward, in name order', async () => {
    const { all } = await seed();
    const active = all.filter((client) => !client.archived).map((client) => client.id);
    for (const limit of [1, 4, 5, 13, 100]) {
      const { forward, backward } = await walk({}, limit);
      expect(ids(forward), `limit ${limit}`).toEqual(active);
      expect(ids([...backward].reverse()), `limit ${limit}`).toEqual(active);
      // Every page is full but the last one read (the first page backward: the list's start).
      expect(forward.slice(0, -1).every((page) => page.length === limit)).toBe(true);
      expect(backward.slice(0, -1).every((page) => page.length === limit)).toBe(true);
    }
  });

  it('pages a filter, a search, and both, each exactly once', async () => {
    const { all } = await seed();
    const active = all.filter((client) => !client.archived);
    const cases: [object, number[]][] = [
      [{ filter: 'awaiting_clearance' }, active.filter((c) => !c.cleared).map((c) => c.id)],
      // Three letters and more: the trigram index; "kel" is in Keller, not in Kessler.
      [{ query: 'kel' }, active.filter((c) => c.name.toLowerCase().includes('kel')).map((c) => c.id)],
      // One or two letters: each client's text (name and email).
      [
        { query: 'ka' },
        active.filter((c) => `${c.name}\n${c.email}`.toLowerCase().includes('ka')).map((c) => c.id),
      ],
      [
        { filter: 'awaiting_clearance', query: 'jür' },
        active.filter((c) => !c.cleared && c.name.startsWith('Jürgen')).map((c) => c.id),
      ],
    ];
    for (const [input, expected] of cases) {
      for (const limit of [2, 3]) {
        const { forward, backward } = await walk(input, limit);
        expect(ids(forward), JSON.stringify(input)).toEqual(expected);
        expect(ids([...backward].reverse()), JSON.stringify(input)).toEqual(expected);
        expect((await get({ ...input, limit })).total).toBe(expected.length);
      }
    }
  });

  it('starts the next page after the cursor row even when that row has left the list', async () => {
    await seed();
    const first = await get({ limit: 3 });
    const [, , third] = first.rows;
    await call(backend, 'clients.archive', { id: third!.clientId });
    const next = await get({ limit: 3, page: 'next', cursor: first.page.endCursor });
    const fresh = await get({ limit: 6 });
    expect(next.rows.map((row) => row.clientId)).toEqual(fresh.rows.slice(2, 5).map((row) => row.clientId));
  });

  it('answers an empty page with no cursors when nothing matches', async () => {
    await seed();
    for (const input of [{ query: 'zz-nobody' }, { filter: 'review_due' }, { query: 'xz' }]) {
      const answer = await get(input);
      expect({ rows: answer.rows, total: answer.total, page: answer.page }).toEqual({
        rows: [],
        total: 0,
        page: { startCursor: null, endCursor: null, hasPrevious: false, hasNext: false },
      });
    }
  });

  it('counts an empty caseload as zeros', async () => {
    expect(await get({ query: 'anyone' })).toEqual({
      today: '2026-11-27',
      counts: {
        active: 0,
        refer: 0,
        red7d: 0,
        reviewDue: 0,
        awaitingClearance: 0,
        noLog10d: 0,
        readyToAdvance: 0,
        noLogSinceFlare: 0,
        stalled: 0,
        criteriaMet: 0,
        retestDue: 0,
        morningPainDue: 0,
      },
      total: 0,
      rows: [],
      page: { startCursor: null, endCursor: null, hasPrevious: false, hasNext: false },
    });
  });

  it('pages a group, archived members included, by the same keys', async () => {
    const { all } = await seed();
    const group = await call<{ id: number }>(backend, 'groups.create', { name: 'Riverside Harriers' });
    const members = all.filter((_, index) => index % 2 === 0);
    for (const member of members)
      await call(backend, 'groups.addMember', { groupId: group.id, clientId: member.id });
    expect(members.some((member) => member.archived)).toBe(true);
    const db = backend.context.db;
    const scope = { kind: 'group', groupId: group.id } as const;
    const match = await caseloadMatch(db, 'all', '');
    const sizes = {
      total: members.length,
      searched: members.length,
      inScope: members.length,
      way: 'text',
    } as const;
    const read = async (page: CaseloadPage, cursor: string | null) => {
      const key = cursor === null ? null : decodeCaseloadCursor(cursor);
      return caseloadPage(db, '2026-11-27', scope, match, { limit: 2, page, cursor: key }, sizes);
    };
    const seen: number[] = [];
    let answer = await read('first', null);
    seen.push(...answer.rows.map((row) => row.id));
    while (answer.page.hasNext) {
      answer = await read('next', answer.page.endCursor);
      seen.push(...answer.rows.map((row) => row.id));
    }
    expect(seen).toEqual(members.map((member) => member.id));
    const back: number[] = [];
    answer = await read('last', null);
    back.unshift(...answer.rows.map((row) => row.id));
    while (answer.page.hasPrevious) {
      answer = await read('previous', answer.page.startCursor);
      back.unshift(...answer.rows.map((row) => row.id));
    }
    expect(back).toEqual(seen);
    // The roster shows them all at once, in the same order.
    expect((await loadGroupCaseload(db, '2026-11-27', group.id)).map((row) => row.clientId)).toEqual(seen);
  });

  it.each<[object, Record<string, string>]>([
    [{ limit: 0 }, { limit: 'too_small' }],
    [{ limit: 501 }, { limit: 'too_big' }],
    [{ limit: 2.5 }, { limit: 'invalid_type' }],
    [{ page: 'second' }, { page: 'invalid_value' }],
    [{ page: 'next' }, { cursor: 'invalid' }],
    [{ page: 'previous', cursor: null }, { cursor: 'invalid' }],
    [{ page: 'next', cursor: 'not a cursor' }, { cursor: 'invalid' }],
    [{ page: 'next', cursor: Buffer.from('["a"]').toString('base64url') }, { cursor: 'invalid' }],
    [{ page: 'next', cursor: 7 }, { cursor: 'invalid_type' }],
  ])('refuses the page %j', async (input, issues) => {
    expect((await callError(backend, 'dashboard.get', input)).issues).toEqual(issues);
  });
});

describe('dashboard counts, cached until anything is written', () => {
  it('never shows stale counts after a client, clearance, injury or status write', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    const counts = async () => (await get({})).counts;
    expect(await counts()).toMatchObject({ active: 1, awaitingClearance: 1, reviewDue: 0 });
    // The same answer again, from the cache.
    expect(await counts()).toMatchObject({ active: 1, awaitingClearance: 1 });

    const ben = await createClient(backend, 'Ben Okafor');
    expect(await counts()).toMatchObject({ active: 2, awaitingClearance: 2 });

    await call(backend, 'clearances.set', clearanceInput(anna.id, { reviewDate: '2026-11-30' }));
    expect(await counts()).toMatchObject({ active: 2, awaitingClearance: 1, reviewDue: 1 });

    await createInjury(backend, ben.id);
    expect(await counts()).toMatchObject({ active: 2, awaitingClearance: 1 });

    await call(backend, 'clients.archive', { id: ben.id });
    expect(await counts()).toMatchObject({ active: 1, awaitingClearance: 0, reviewDue: 1 });

    // What a session log keeps for the caseload, written in the app's transaction like a log does.
    await backend.context.db.transaction().execute((trx) =>
      updateClientStatus(
        trx,
        anna.id,
        {
          last_light: 'red',
          last_red_date: '2026-11-26',
          last_log_date: '2026-11-26',
          programme_status: 'active',
        },
        '2026-11-27T10:00:00.000Z',
      ),
    );
    expect(await counts()).toMatchObject({ active: 1, red7d: 1 });
  });

  it('sees writes made by another connection to the file (the CLI, a second window)', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    expect((await get({})).counts).toMatchObject({ reviewDue: 0 });
    const other = new SQLite(backend.databaseFile);
    try {
      other
        .prepare(
          `insert into client_status (client_id, review_date, ready_to_advance, updated_at) values (?, ?, 0, ?)`,
        )
        .run(anna.id, '2026-11-28', '2026-11-27T10:00:00.000Z');
    } finally {
      other.close();
    }
    expect((await get({})).counts).toMatchObject({ reviewDue: 1 });
  });

  it('counts against the new day when the clock moves, without a write', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    await call(backend, 'clearances.set', clearanceInput(anna.id, { reviewDate: '2026-12-05' }));
    expect((await get({})).counts.reviewDue).toBe(0);
    backend.setNow(new Date('2026-11-28T10:00:00Z'));
    expect((await get({})).counts.reviewDue).toBe(1);
  });

  it('keeps the totals of a search current after a rename', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    expect((await get({ query: 'kel' })).total).toBe(1);
    await call(backend, 'clients.update', {
      id: anna.id,
      name: 'Anna Weber',
      birthDate: '1988-04-02',
      sex: 'female',
    });
    expect((await get({ query: 'kel' })).total).toBe(0);
    expect((await get({ query: 'web' })).rows.map((row) => row.name)).toEqual(['Anna Weber']);
  });
});

describe('dashboard search', () => {
  it('finds names, emails, phones and groups, with umlauts and accents as typed, short or long', async () => {
    const jurgen = await createClient(backend, 'Jürgen Müller', {
      email: 'jm@laeufer.de',
      phone: '+49 30 123456',
    });
    await createClient(backend, 'Émile Kessler', { email: 'emile@example.org' });
    await createClient(backend, 'Ben 100% "Quoted" Okafor');
    const group = await call<{ id: number }>(backend, 'groups.create', { name: 'ÜBER-LÄUFER' });
    const anna = await createClient(backend, 'Anna Keller');
    await call(backend, 'groups.addMember', { groupId: group.id, clientId: anna.id });
    const names = async (query: string): Promise<string[]> =>
      (await get({ query })).rows.map((row) => row.name);

    expect(await names('jür')).toEqual(['Jürgen Müller']);
    expect(await names('JÜRGEN MÜ')).toEqual(['Jürgen Müller']);
    expect(await names('ü')).toEqual(['Anna Keller', 'Jürgen Müller']);
    expect(await names('mü')).toEqual(['Jürgen Müller']);
    // Accents are not folded in search (as before): "emile" is not "émile".
    expect(await names('émi')).toEqual(['Émile Kessler']);
    expect(await names('emile@')).toEqual(['Émile Kessler']);
    expect(await names('laeufer.de')).toEqual(['Jürgen Müller']);
    expect(await names('30 123')).toEqual(['Jürgen Müller']);
    expect(await names('über-läufer')).toEqual(['Anna Keller']);
    expect(await names('über')).toEqual(['Anna Keller']);
    // Taken literally: LIKE's and FTS5's special characters mean themselves.
    expect(await names('100%')).toEqual(['Ben 100% "Quoted" Okafor']);
    expect(await names('"quoted"')).toEqual(['Ben 100% "Quoted" Okafor']);
    expect(await names('"q')).toEqual(['Ben 100% "Quoted" Okafor']);
    expect(await names('0%_')).toEqual([]);
    expect(await names('_')).toEqual([]);
    expect(await names('*')).toEqual([]);
    expect(await names('kel OR mül')).toEqual([]);
    // Archived clients are not on the caseload.
    await call(backend, 'clients.archive', { id: jurgen.id });
    expect(await names('jür')).toEqual([]);
  });
});

describe('migration 013 (caseload search index)', () => {
  it('indexes the clients already there, and keeps the index with every later write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'restride-013-'));
    const { db, sqlite } = openDatabase({ file: join(dir, 'restride.sqlite') });
    try {
      await migrateTo(db, '2026-12-06-011-clinical-details');
      const now = '2026-11-27T10:00:00.000Z';
      const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      const client = (name: string, search: string) => ({
        name,
        sort_name: sortName(name),
        search_text: search,
        created_at: now,
        updated_at: now,
      });
      await raw
        .insertInto('client')
        .values([
          client('Jürgen Müller', 'jürgen müller\njm@example.org'),
          client('Anna Keller', 'anna keller'),
        ])
        .execute();
      await migrateToLatest(db);
      const found = async (needle: string): Promise<number[]> =>
        (
          await sql<{
            rowid: number;
          }>`select rowid from client_search where client_search match ${`"${needle}"`}`.execute(db)
        ).rows.map((row) => Number(row.rowid));
      expect(await found('müll')).toEqual([1]);
      expect(await found('example.org')).toEqual([1]);
      expect(await found('kel')).toEqual([2]);
      await raw.updateTable('client').set({ search_text: 'anna weber' }).where('id', '=', 2).execute();
      expect(await found('kel')).toEqual([]);
      expect(await found('web')).toEqual([2]);
      await raw.deleteFrom('client').where('id', '=', 1).execute();
      expect(await found('müll')).toEqual([]);
      // FTS5's own check that the index agrees with the client table.
      await sql`insert into client_search (client_search, rank) values ('integrity-check', 1)`.execute(db);
    } finally {
      await db.destroy();
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
