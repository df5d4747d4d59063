/**
 * A realistic caseload database for benches, built in two steps:
 *
 * 1. Templates: K clients (200 by default) made THROUGH THE APP'S OWN HANDLERS, with
 *    `openBackend(...).dispatch(...)` like the UI: clients.create, groups, injuries.create,
 *    notes.add, clearances.set (a history), intake.save, clients.archive, and ~45 session logs
 *    (logSessions, the one function that knows how a log is made). So every row, index, summary
 *    (client_status), search index and audit entry is what the app writes, at the size it writes it.
 * 2. Replication: the template rows are copied with SQL until there are N clients (N a multiple of
 *    K). Nothing here names a table: every table that refers to a client (a foreign key to client
 *    or to a table that does, or a client_id column) is copied, its integer primary key and its
 *    references to copied tables shifted by a per-copy offset. Each copy gets new names, emails and
 *    phone numbers (sort_name and search_text are made by the app's own mapping), so searches hit
 *    as they would in a real caseload; triggers (the search index) fire as for any insert.
 *
 * `bytesPerClient` is the pages in use (page_count − freelist_count, × page_size) over the clients.
 *
 * The templates take a minute or two to make; they are kept in the system's temp folder under a
 * hash of the app's core source (src/backend, contract, engine) and of this file, made again when either changes
 * (RESTRIDE_BENCH_FRESH=1 always makes them). RESTRIDE_BENCH_SKIP_TABLES=a,b leaves tables out of
 * the copies (e.g. `programme`, whose stored JSON makes a 100,000-client file ~20 GB today); the
 * default copies every table.
 */
import SQLite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sortName, toClientColumns } from '../../src/backend/clients/client.mapping';
import { localDate } from '../../src/backend/clock';
import { openBackend } from '../../src/backend/open-backend';
import type { Client } from '../../src/contract/clients';
import type { Group } from '../../src/contract/groups';
import type { Injury } from '../../src/contract/injuries';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import { addDays } from '../../src/engine/dates';
import type { ClearanceLevel, InjuryType, Session } from '../../src/engine/types';

/** The benches' fixed clock: the dashboard's today is 2026-11-27. */
export const BENCH_NOW = new Date('2026-11-27T10:00:00Z');

export interface RealisticDbOptions {
  /** An empty folder: the backend's data folder. */
  dataDir: string;
  /** How many clients in all (rounded up to a multiple of `templates`). */
  clients: number;
  /** How many clients are made through the handlers (default 200). */
  templates?: number;
  /** Logs per template client with a programme (default 45; some clients have fewer or none). */
  logsPerClient?: number;
  now?: Date;
}

export interface RealisticDb {
  dataDir: string;
  file: string;
  clients: number;
  templates: number;
  /** Whether the templates came from the temp folder (made by an earlier run on the same source). */
  templatesCached: boolean;
  /** Tables left out of the copies (RESTRIDE_BENCH_SKIP_TABLES). */
  skippedTables: string[];
  /** Session logs stored (all copies). */
  logs: number;
  templateMs: number;
  replicateMs: number;
  bytes: number;
  bytesPerClient: number;
}

type Call = <T>(channel: string, input: unknown) => Promise<T>;

// ---------------------------------------------------------------------------------------------
// Names: 60 first names × 1,800 surnames (40 stems × 45 endings), so up to 108,000 clients each
// get their own name, with umlauts and accents among them, and a search for a few letters finds
// from a handful to a few percent of the caseload, as in a real one.

const FIRST = [
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
  'Maja',
  'Noah',
  'Olga',
  'Paul',
  'Quinn',
  'Rosa',
  'Samir',
  'Tanja',
  'Uwe',
  'Vera',
  'Wim',
  'Xenia',
  'Yusuf',
  'Zoë',
  'Jürgen',
  'Agnès',
  'Björn',
  'Chloé',
  'Dörte',
  'Émile',
  'Frida',
  'Günter',
  'Helena',
  'Ines',
  'José',
  'Karin',
  'Lena',
  'Mats',
  'Nadia',
  'Oskar',
  'Pia',
  'Rafael',
  'Sofia',
  'Till',
  'Ulla',
  'Vincent',
  'Wiebke',
  'Amira',
  'Bernd',
  'Carla',
  'Dario',
  'Elif',
  'Finn',
  'Gül',
  'Hanna',
  'Ida',
  'Jan',
  'Kemal',
];
const STEMS = [
  'Kel',
  'Oka',
  'Now',
  'Lind',
  'Men',
  'Had',
  'Schul',
  'Tan',
  'Fer',
  'Web',
  'Mül',
  'Öz',
  'Brau',
  'Hof',
  'Kra',
  'Lan',
  'Mai',
  'Nie',
  'Ost',
  'Pet',
  'Rich',
  'Sto',
  'Tho',
  'Vog',
  'Wag',
  'Zim',
  'Bec',
  'Dem',
  'Ecke',
  'Fisch',
  'Gar',
  'Hart',
  'Ibr',
  'Jäg',
  'Kö',
  'Lo',
  'Mar',
  'Neu',
  'Pol',
  'Rö',
];
const ENDINGS = [
  'ler',
  'for',
  'ak',
  'qvist',
  'sah',
  'dad',
  'ze',
  'aka',
  'reira',
  'er',
  'mann',
  'demir',
  'n',
  'meister',
  'ft',
  'ge',
  'er-Lutz',
  'lsen',
  'wald',
  'ersen',
  'ter',
  'lz',
  'mas',
  'el',
  'ner',
  'mer',
  'ker',
  'ir',
  'hardt',
  'bach',
  'cía',
  'ung',
  'ahim',
  'er',
  'nig',
  'renz',
  'tín',
  'berg',
  'ski',
  'ssler',
  'ström',
  'ić',
  'ová',
  'ou',
  'ini',
];

const NAMES = 60 * 40 * 45;

/** The name of the client with this id (1-based), the same in templates and copies. */
export function benchName(id: number): string {
  // A fixed shuffle of the ids (7919 shares no factor with 108,000), so a name says nothing about
  // which template a client was copied from: flags do not cluster in a stretch of the alphabet.
  const n = ((id - 1) * 7919) % NAMES;
  const first = FIRST[n % FIRST.length]!;
  const surname = Math.floor(n / FIRST.length);
  const stem = STEMS[surname % STEMS.length]!;
  const ending = ENDINGS[Math.floor(surname / STEMS.length) % ENDINGS.length]!;
  return `${first} ${stem}${ending.startsWith('-') ? ending : ending.toLowerCase()}`;
}

function benchEmail(id: number): string {
  const local = sortName(benchName(id)).replace(/[^a-z]+/g, '.');
  return `${local}.${id}@example.org`;
}

function benchPhone(id: number): string | null {
  return id % 3 === 0 ? null : `+49 30 ${String(1_000_000 + ((id * 7919) % 9_000_000)).padStart(7, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Templates through the handlers.

const GROUPS = [
  { name: 'Riverside Harriers', kind: 'club' },
  { name: 'Parkrun Nord', kind: 'club' },
  { name: 'Läuferinnen Süd', kind: 'squad' },
  { name: 'Tuesday Track', kind: 'squad' },
  { name: 'Marathon 2027', kind: 'squad' },
  { name: 'TSV Laufteam', kind: 'club' },
] as const;

const TYPES: InjuryType[] = [
  'achilles_tendinopathy',
  'mtss',
  'calf_strain',
  'patellofemoral_pain',
  'itb_syndrome',
  'plantar_heel_pain',
  'hamstring_strain',
  'bsi_low_risk',
  'ankle_sprain',
  'other_soft_tissue',
];

/** Pain scores of a log: during, after, next morning (0–10). */
type Pain = readonly [number, number, number];
const GREEN: Pain = [1, 1, 0];
const AMBER: Pain = [4, 3, 1];
const RED: Pain = [7, 6, 5];

/** Which kind of course a template client has had: the mix of lights and how recently they logged. */
function painOf(template: number, log: number): Pain {
  if (template % 17 === 0 && log % 9 === 8) return RED;
  if (template % 5 === 0 && log % 4 === 3) return AMBER;
  return GREEN;
}

/**
 * The sessions of the current programme a log can be made against: open, unlocked walking or
 * running sessions on or before `latest`.
 */
function openSessions(programme: DerivedProgrammeDto, latest: string): Session[] {
  const loggable = new Set(['walk', 'walk_run', 'easy_run']);
  return programme.programme.weeks
    .flatMap((week) => week.sessions)
    .filter(
      (session) =>
        loggable.has(session.kind) && !session.locked && session.status !== 'done' && session.date <= latest,
    );
}

/**
 * Logs up to `count` sessions for a client whose records are complete, the last one
 * `lastDaysAgo` days before today: the one step that knows how a log is made (programmes.current,
 * then sessions.log against the programme's open sessions, each log deriving it again). Returns
 * how many logs were stored. Adapt this when logs are made differently.
 */
export async function logSessions(
  call: Call,
  clientId: number,
  today: string,
  count: number,
  lastDaysAgo: number,
  pain: (log: number) => Pain,
): Promise<number> {
  const current = await call<{ derived: DerivedProgrammeDto | null }>('programmes.current', { clientId });
  if (!current.derived) return 0;
  let programme = current.derived;
  const latest = addDays(today, -lastDaysAgo);
  let logged = 0;
  for (let n = 0; n < count; n++) {
    const open = openSessions(programme, latest);
    // Spread the logs over the open sessions so the last ones land near `latest`.
    const session = open[Math.max(0, open.length - (count - n))];
    if (!session) break;
    const [painDuring, painAfter, painNextMorning] = pain(n);
    const result = await call<{ programme: DerivedProgrammeDto }>('sessions.log', {
      clientId,
      log: {
        sessionId: session.id,
        date: session.date,
        completed: true,
        actualRunMinutes: session.runMinutes,
        rpe: 3 + (n % 3),
        painDuring,
        painAfter,
        painNextMorning,
        note: n % 6 === 0 ? 'Felt fine, a little stiff on the hills.' : '',
      },
    });
    programme = result.programme;
    logged += 1;
  }
  return logged;
}

/** One template client's records, by its index (1-based), made through the handlers. */
async function makeTemplate(
  call: Call,
  index: number,
  today: string,
  groups: readonly Group[],
  logsPerClient: number,
): Promise<void> {
  const ago = (days: number): string => addDays(today, -days);
  const client = await call<Client>('clients.create', {
    name: benchName(index),
    birthDate: `${1960 + (index % 40)}-0${1 + (index % 9)}-1${index % 9}`,
    sex: index % 2 ? 'female' : 'male',
    email: benchEmail(index),
    phone: benchPhone(index),
    notes: index % 4 === 0 ? 'Prefers early appointments. Referred by her GP.' : '',
    group: index % 5 === 0 ? GROUPS[index % GROUPS.length]!.name : '',
  });
  if (index % 3 === 0)
    await call('groups.addMember', { groupId: groups[index % groups.length]!.id, clientId: client.id });
  // One in ten is new: no injury recorded yet.
  if (index % 10 === 7) return;
  // Injured five to seven months ago, running again for the last four to six.
  const onset = 150 + (index % 60);
  if (index % 4 === 0) {
    const old = await call<Injury>('injuries.create', {
      clientId: client.id,
      type: 'hamstring_strain',
      side: 'right',
      onsetDate: ago(onset + 400),
      weeksWithoutRunning: 3,
    });
    await call('injuries.update', { id: old.id, status: 'resolved' });
  }
  const injury = await call<Injury>('injuries.create', {
    clientId: client.id,
    type: TYPES[index % TYPES.length]!,
    side: index % 2 ? 'left' : 'right',
    onsetDate: ago(onset),
    weeksWithoutRunning: 4 + (index % 6),
    severity: (['mild', 'moderate', 'severe'] as const)[index % 3],
  });
  for (let note = 0; note < 1 + (index % 3); note++) {
    await call('notes.add', {
      injuryId: injury.id,
      date: ago(onset - 10 - note * 14),
      author: 'J. Physio',
      text:
        note === 0 ? 'Avoid hills for 4 weeks, max 3 runs per week.' : 'Progressing; keep to flat routes.',
      restrictions:
        note === 0
          ? [
              { code: 'no_hills', until: ago(onset - 38) },
              { code: 'max_sessions_per_week', value: 3 },
            ]
          : [],
    });
  }
  // One in twelve is still waiting for a clearance.
  if (index % 12 === 5) return;
  const history: { level: ClearanceLevel; daysAgo: number }[] = [
    { level: 'walking', daysAgo: onset - 20 },
    { level: 'walk_run', daysAgo: onset - 30 },
  ];
  if (index % 3 === 1) history.push({ level: 'continuous', daysAgo: 40 });
  for (const [n, step] of history.entries()) {
    const last = n === history.length - 1;
    await call('clearances.set', {
      clientId: client.id,
      level: step.level,
      date: ago(step.daysAgo),
      by: 'J. Physio',
      reviewDate: last ? addDays(today, (index % 40) - 12) : null,
    });
  }
  // One in eight has no intake yet (so no programme).
  if (index % 8 === 3) return;
  await call('intake.save', {
    clientId: client.id,
    experience: (['new', 'returning', 'regular', 'advanced'] as const)[index % 4],
    painFreeWalkMinutes: 30 + (index % 3) * 10,
    longestRecentRunMinutes: 0,
    preInjuryWeeklyRunMinutes: 90 + (index % 6) * 30,
    days: index % 2 ? ['mon', 'wed', 'fri', 'sun'] : ['tue', 'thu', 'sat', 'sun'],
    maxSessionMinutes: 60,
    crossTraining: ['bike'],
    goalKind: (['run_30min', '5k', '10k', 'half_marathon'] as const)[index % 4],
    goalDate: null,
    startDate: ago(onset - 30),
  });
  // Most log steadily up to the last few days; some went quiet a while ago; some just started.
  const count = index % 9 === 4 ? 8 : logsPerClient;
  const lastDaysAgo = index % 7 === 2 ? 12 + (index % 10) : index % 4;
  await logSessions(call, client.id, today, count, lastDaysAgo, (n) => painOf(index, n));
  if (index % 20 === 9) await call('clients.archive', { id: client.id });
}

async function buildTemplates(options: Required<RealisticDbOptions>): Promise<string> {
  const backend = await openBackend({
    dataDir: options.dataDir,
    clock: () => options.now,
    dailyBackup: false,
  });
  try {
    const call: Call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await backend.dispatch(channel, input);
      if (!result.ok) {
        throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`);
      }
      return result.value as T;
    };
    const today = localDate(options.now);
    const groups: Group[] = [];
    for (const group of GROUPS) groups.push(await call<Group>('groups.create', group));
    for (let index = 1; index <= options.templates; index++) {
      await makeTemplate(call, index, today, groups, options.logsPerClient);
    }
    return backend.databaseFile;
  } finally {
    await backend.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Replication with SQL, generic over the schema.

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}

interface ForeignKey {
  table: string;
  from: string;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The ordinary tables of the schema (no SQLite internals, migration bookkeeping, virtual or shadow tables). */
function ordinaryTables(sqlite: SQLite.Database): string[] {
  return (
    sqlite.prepare(`select name, type from pragma_table_list where schema = 'main'`).all() as {
      name: string;
      type: string;
    }[]
  )
    .filter((table) => table.type === 'table')
    .map((table) => table.name)
    .filter((name) => !name.startsWith('sqlite_') && !name.startsWith('kysely_'));
}

/**
 * The tables that belong to a client: client itself, and every table with a foreign key to one of
 * them or a client_id column, found until nothing changes; parents before the tables that refer to them.
 */
function clientOwnedTables(
  sqlite: SQLite.Database,
  tables: readonly string[],
): { order: string[]; columns: Map<string, ColumnInfo[]>; keys: Map<string, ForeignKey[]> } {
  const columns = new Map<string, ColumnInfo[]>();
  const keys = new Map<string, ForeignKey[]>();
  for (const table of tables) {
    columns.set(
      table,
      sqlite.prepare(`select name, type, pk from pragma_table_info(?)`).all(table) as ColumnInfo[],
    );
    keys.set(
      table,
      sqlite.prepare(`select "table", "from" from pragma_foreign_key_list(?)`).all(table) as ForeignKey[],
    );
  }
  const owned = new Set(['client']);
  for (let changed = true; changed;) {
    changed = false;
    for (const table of tables) {
      if (owned.has(table)) continue;
      const refersToOwned = keys.get(table)!.some((key) => owned.has(key.table));
      const hasClientId = columns.get(table)!.some((column) => column.name === 'client_id');
      if (refersToOwned || hasClientId) {
        owned.add(table);
        changed = true;
      }
    }
  }
  const order: string[] = [];
  while (order.length < owned.size) {
    const ready = [...owned].filter(
      (table) =>
        !order.includes(table) &&
        keys
          .get(table)!
          .every((key) => key.table === table || !owned.has(key.table) || order.includes(key.table)),
    );
    if (ready.length === 0) throw new Error('The client tables refer to each other in a cycle');
    order.push(...ready);
  }
  return { order, columns, keys };
}

/** The single integer primary key column of a table, if it has one. */
function integerKey(columns: readonly ColumnInfo[]): string | null {
  const keys = columns.filter((column) => column.pk > 0);
  return keys.length === 1 && keys[0]!.type.toLowerCase() === 'integer' ? keys[0]!.name : null;
}

function replicate(
  file: string,
  templates: number,
  total: number,
  skip: ReadonlySet<string>,
): { logs: number; bytes: number } {
  const sqlite = new SQLite(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = OFF');
    // Checked once at the end with foreign_key_check: faster than checking every copied row.
    sqlite.pragma('foreign_keys = OFF');
    const copies = total / templates - 1;
    // The app's own mapping makes the new identity columns of each copy.
    sqlite.function('bench_name', { deterministic: true }, (id) => benchName(Number(id)));
    sqlite.function('bench_sort_name', { deterministic: true }, (id) => sortName(benchName(Number(id))));
    sqlite.function('bench_email', { deterministic: true }, (id) => benchEmail(Number(id)));
    sqlite.function('bench_phone', { deterministic: true }, (id) => benchPhone(Number(id)));
    sqlite.function('bench_search_text', { deterministic: true }, (id, group) => {
      const id_ = Number(id);
      return toClientColumns({
        name: benchName(id_),
        email: benchEmail(id_),
        phone: benchPhone(id_),
        group: group === null ? null : String(group),
        birthDate: null,
        sex: 'unspecified',
        notes: null,
      }).search_text;
    });

    const tables = ordinaryTables(sqlite);
    const { order, columns, keys } = clientOwnedTables(sqlite, tables);
    // Every copied table's key range in the templates: copy k shifts its keys by k × the largest.
    const span = new Map<string, number>();
    for (const table of order) {
      if (skip.has(table)) continue;
      const key = integerKey(columns.get(table)!);
      if (!key) continue;
      const { top } = sqlite
        .prepare(`select coalesce(max(${quote(key)}), 0) as top from ${quote(table)}`)
        .get() as {
        top: number;
      };
      span.set(table, top);
    }
    if (span.get('client') !== templates) {
      throw new Error(`Expected template clients 1..${templates}, found ids up to ${span.get('client')}`);
    }

    sqlite.exec(`create temp table bench_copy (k integer primary key)`);
    const addCopy = sqlite.prepare(`insert into temp.bench_copy (k) values (?)`);
    for (let k = 1; k <= copies; k++) addCopy.run(k);

    sqlite.transaction(() => {
      for (const table of order) {
        if (skip.has(table)) continue;
        const tableColumns = columns.get(table)!;
        const key = integerKey(tableColumns);
        const references = new Map<string, string>();
        for (const reference of keys.get(table)!) {
          if (span.has(reference.table)) references.set(reference.from, reference.table);
        }
        // A client_id without a declared key (the audit log keeps it after an erasure) still names a client.
        if (!references.has('client_id') && tableColumns.some((column) => column.name === 'client_id')) {
          references.set('client_id', 'client');
        }
        const shifted = (column: string, of: string): string => `t.${quote(column)} + c.k * ${span.get(of)}`;
        const newClientId = table === 'client' ? shifted('id', 'client') : null;
        const expressions = tableColumns.map((column) => {
          if (table === 'client') {
            switch (column.name) {
              case 'name':
                return `bench_name(${newClientId})`;
              case 'sort_name':
                return `bench_sort_name(${newClientId})`;
              case 'email':
                return `bench_email(${newClientId})`;
              case 'phone':
                return `bench_phone(${newClientId})`;
              case 'search_text':
                return `bench_search_text(${newClientId}, t.group_name)`;
            }
          }
          if (column.name === key) return shifted(column.name, table);
          const parent = references.get(column.name);
          if (parent) return shifted(column.name, parent);
          return `t.${quote(column.name)}`;
        });
        // Rows of a client only: a table that may name no client (the audit log) keeps those rows once.
        const owner = [...references.entries()].find(([, parent]) => parent !== table)?.[0];
        const where = table === 'client' || !owner ? '' : `where t.${quote(owner)} is not null`;
        const names = tableColumns.map((column) => quote(column.name)).join(', ');
        sqlite.exec(
          `insert into ${quote(table)} (${names})
           select ${expressions.join(', ')} from ${quote(table)} t cross join temp.bench_copy c ${where}
           order by c.k${key ? `, t.${quote(key)}` : ''}`,
        );
      }
    })();

    const broken = sqlite.prepare('pragma foreign_key_check').all();
    if (broken.length > 0)
      throw new Error(`Replication broke ${broken.length} references: ${JSON.stringify(broken[0])}`);
    const { logs } = sqlite.prepare(`select count(*) as logs from session_log`).get() as { logs: number };
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = (name: string): number => Number(sqlite.pragma(name, { simple: true }));
    const bytes = (pages('page_count') - pages('freelist_count')) * pages('page_size');
    return { logs, bytes };
  } finally {
    sqlite.close();
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** A hash of everything that decides what the templates look like: the app's core source and this file. */
function sourceHash(options: Required<RealisticDbOptions>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([options.templates, options.logsPerClient, options.now.toISOString()]));
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|json)$/.test(entry.name))
        hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  // What the handlers run on (not the renderer, the hosts or the CLI).
  for (const folder of ['backend', 'contract', 'engine']) walk(join(root, 'src', folder));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/** The template database, made through the handlers or taken from the temp folder. */
async function templateFile(
  options: Required<RealisticDbOptions>,
): Promise<{ file: string; cached: boolean }> {
  const cached = join(tmpdir(), `restride-bench-templates-${sourceHash(options)}.sqlite`);
  const file = join(options.dataDir, 'restride.sqlite');
  if (existsSync(cached) && process.env.RESTRIDE_BENCH_FRESH !== '1') {
    copyFileSync(cached, file);
    return { file, cached: true };
  }
  const made = await buildTemplates(options);
  const partial = `${cached}.${process.pid}`;
  copyFileSync(made, partial);
  renameSync(partial, cached);
  return { file: made, cached: false };
}

/** Builds the database (see the file header) and reports its size. */
export async function buildRealisticDatabase(options: RealisticDbOptions): Promise<RealisticDb> {
  const templates = options.templates ?? 200;
  const clients = Math.ceil(options.clients / templates) * templates;
  const full: Required<RealisticDbOptions> = {
    dataDir: options.dataDir,
    clients,
    templates,
    logsPerClient: options.logsPerClient ?? 45,
    now: options.now ?? BENCH_NOW,
  };
  let started = Date.now();
  const { file, cached } = await templateFile(full);
  const templateMs = Date.now() - started;
  started = Date.now();
  const skip = new Set(
    (process.env.RESTRIDE_BENCH_SKIP_TABLES ?? '').split(',').filter((name) => name !== ''),
  );
  const { logs, bytes } = replicate(file, templates, clients, skip);
  const replicateMs = Date.now() - started;
  return {
    dataDir: options.dataDir,
    file,
    clients,
    templates,
    templatesCached: cached,
    skippedTables: [...skip],
    logs,
    templateMs,
    replicateMs,
    bytes,
    bytesPerClient: Math.round(bytes / clients),
  };
}
