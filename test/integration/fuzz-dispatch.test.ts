/**
 * Fuzzed boundary (issue 5 §7): arbitrary input to EVERY contract channel through `dispatch`, on a
 * real SQLite backend seeded so that ids exist. For every call:
 * - the answer is a Result (never a rejected promise), `ok` a boolean;
 * - a failure carries a code from `errorCodes` and a non-empty message, and is never `internal`
 *   (an `internal` is a bug: fast-check shrinks it to a minimal input and the test names it);
 * - a failure leaves the database exactly as it was: row counts and a hash of every row of every
 *   table in sqlite_master, before (a read snapshot) and after the call, compared whenever the
 *   backend committed during it (without a commit it is the same database by construction);
 * - a success matches the channel's output schema and names no path outside the data folder;
 * - nothing pollutes Object.prototype.
 * The channels come from `channelNames`, so a channel added tomorrow is fuzzed without a change here.
 *
 * Inputs: `fc.jsonValue()`, values only IPC's structured clone can carry (NaN, ±Infinity, -0,
 * BigInt, Date, Map, undefined…), huge strings, deep nesting, `__proto__` / `constructor` keys,
 * and "near misses" generated from the channel's own zod schema (the right keys, each value either
 * plausible — seeded ids, real dates, enum members — or wrong), so handlers run on valid input too.
 *
 * Runs per channel: RESTRIDE_FUZZ_RUNS (default 100); once a property has used
 * RESTRIDE_FUZZ_CHANNEL_MS (default 1500 ms) its remaining runs pass without a call, so the slow
 * channels (PDF, calendar: ~0.5 s per valid call) keep the file around 30 s on the shared 2-core
 * machines. A soak: RESTRIDE_FUZZ_RUNS=2000
 * RESTRIDE_FUZZ_CHANNEL_MS=60000. A failure prints fast-check's seed; replay it with
 * RESTRIDE_FUZZ_SEED=<seed>. RESTRIDE_FUZZ_VERBOSE=1 prints each channel's mix of outcomes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, isChannelName, type ChannelName } from '../../src/contract/channel-names';
import { channels } from '../../src/contract/channels';
import { errorCodes, type Result } from '../../src/contract/result';
import { call, createTestBackend, type TestBackend } from '../fixtures/backend';
import { createClient, createPlannableClient } from './workspace-fixtures';

const runs = Number(process.env['RESTRIDE_FUZZ_RUNS'] ?? 100);
/** Per-channel time cap: a slow channel (PDF, calendar) stops early instead of stretching the suite. */
const channelMs = Number(process.env['RESTRIDE_FUZZ_CHANNEL_MS'] ?? 1500);
const replaySeed = process.env['RESTRIDE_FUZZ_SEED'] ? Number(process.env['RESTRIDE_FUZZ_SEED']) : undefined;
const fuzzOptions = { numRuns: runs, ...(replaySeed === undefined ? {} : { seed: replaySeed }) };

/**
 * A property body that stops calling once the property has used its time: the remaining runs pass
 * without a call. (fast-check's own time limits either abandon a call in flight, which would then
 * overlap the next one, or count skipped runs as a failure.)
 */
function withinBudget<T extends unknown[]>(
  body: (...args: T) => Promise<void>,
): (...args: T) => Promise<void> {
  const deadline = Date.now() + channelMs;
  return async (...args: T) => {
    if (Date.now() < deadline) await body(...args);
  };
}

let backend: TestBackend;

// ---------------------------------------------------------------------------------------------
// Database fingerprint
// ---------------------------------------------------------------------------------------------

/**
 * Two read-only connections beside the backend's own. `snapshot` opens a read transaction before
 * each call, so it still sees the database as it was before the call (WAL snapshot isolation);
 * `probe` answers `PRAGMA data_version`, which moves whenever another connection commits.
 */
let snapshot: BetterSqlite3.Database;
let probe: BetterSqlite3.Database;

interface Fingerprint {
  /** `table: rows` for every table, for a readable failure. */
  counts: string;
  hash: string;
}

function dataVersion(): number {
  return probe.pragma('data_version', { simple: true }) as number;
}

/** Row counts and a hash of all rows of every table in sqlite_master, as `connection` sees them. */
function fingerprint(connection: BetterSqlite3.Database): Fingerprint {
  const hash = createHash('sha1');
  const counts: string[] = [];
  const tables = connection
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const rows = connection
      .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
      .raw()
      .all() as unknown[][];
    // Each row hashed on its own, the row hashes combined in sorted order: the order SQLite
    // returns rows in is not part of the data.
    const rowHashes = rows.map((row) => {
      const rowHash = createHash('sha1');
      for (const value of row) rowHash.update(`${typeof value}:${toText(value)}\u0000`);
      return rowHash.digest('hex');
    });
    counts.push(`${name}: ${rows.length}`);
    hash.update(`${name}\n${rowHashes.sort().join('\n')}\n`);
  }
  return { counts: counts.join(', '), hash: hash.digest('hex') };
}

function toText(value: unknown): string {
  return Buffer.isBuffer(value) ? value.toString('base64') : String(value);
}

/**
 * Opens the snapshot's read transaction: until `endSnapshot`, `fingerprint(snapshot)` is the
 * database as it was at this moment, whatever the backend commits meanwhile.
 */
// An erasure's TRUNCATE checkpoint waits (busy timeout) while this snapshot is open; the fuzz
// reaches a valid erasure (the exact name) only now and then.
function beginSnapshot(): void {
  snapshot.exec('BEGIN');
  snapshot.prepare('SELECT count(*) FROM sqlite_master').get();
}

function endSnapshot(): void {
  if (snapshot.inTransaction) snapshot.exec('COMMIT');
}

// ---------------------------------------------------------------------------------------------
// Seeds: rows the fuzz can aim at
// ---------------------------------------------------------------------------------------------

interface Seeds {
  clientIds: number[];
  injuryIds: number[];
  groupIds: number[];
  sessionIds: string[];
  names: string[];
}

const seeds: Seeds = { clientIds: [], injuryIds: [], groupIds: [], sessionIds: [], names: [] };
/** The rows of the newest seed only. */
let latest: Seeds = { clientIds: [], injuryIds: [], groupIds: [], sessionIds: [], names: [] };
let seedCount = 0;

/**
 * A fresh plannable client with a programme and a logged session, a plain client and a group with
 * both as members. Called before every channel, so a destructive valid call (archive, delete,
 * erase) in one channel's fuzz cannot leave the next channel without targets.
 */
async function seed(): Promise<void> {
  seedCount += 1;
  const name = `Fuzz Client ${seedCount}`;
  const { client, injury } = await createPlannableClient(backend, name);
  const other = await createClient(backend, `Other Client ${seedCount}`, { email: 'other@example.com' });
  const current = await call<{
    derived: { programme: { weeks: { sessions: { id: string; locked: boolean }[] }[] } };
  }>(backend, 'programmes.current', { clientId: client.id });
  const sessionIds = current.derived.programme.weeks.flatMap((week) =>
    week.sessions.map((session) => session.id),
  );
  const first = sessionIds[0];
  if (first !== undefined) {
    await call(backend, 'sessions.log', {
      clientId: client.id,
      log: { sessionId: first, date: '2026-11-26', completed: true, rpe: 4, painDuring: 1 },
    });
  }
  const group = await call<{ id: number }>(backend, 'groups.create', { name: `Harriers ${seedCount}` });
  await call(backend, 'groups.addMember', { groupId: group.id, clientId: client.id });
  await call(backend, 'groups.addMember', { groupId: group.id, clientId: other.id });
  latest = {
    clientIds: [client.id, other.id],
    injuryIds: [injury.id],
    groupIds: [group.id],
    sessionIds: sessionIds.slice(1, 6),
    names: [name, `Harriers ${seedCount}`],
  };
  for (const key of Object.keys(seeds) as (keyof Seeds)[]) (seeds[key] as unknown[]).push(...latest[key]);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Nested `depth` levels deep, built in a loop (a recursive builder would itself overflow). */
function deepArray(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { id: value, clientId: value };
  return value;
}

/** Own `__proto__` / `constructor` keys, as JSON.parse or a structured clone would deliver them. */
function withPrototypeKeys(value: unknown): unknown {
  const target: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ...(value as Record<string, unknown>) }
      : {};
  Object.defineProperty(target, '__proto__', {
    value: { polluted: 'yes', id: 1, clientId: 1, isAdmin: true },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  target['constructor'] = { prototype: { polluted: 'yes' } };
  return target;
}

const hugeStrings = ['x'.repeat(100_001), 'é'.repeat(300_000), ' '.repeat(50_000), '9'.repeat(3_000_000)];

const nastyStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '👩‍⚕️🏃‍♀️',
  'İıẞß',
  'e\u0301',
  "Robert'); DROP TABLE client;--",
  '%s%n%x',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '..\\..\\windows\\system32',
  '/etc/passwd',
  'CON',
  'nul.txt',
  '1',
  '-1',
  '1e3',
  'NaN',
  'true',
  'null',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '99999-01-01',
  '2026-11-20T10:00:00Z',
  '25:61',
  'data:image/png;base64,====',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'javascript:alert(1)',
];

const nastyNumbers = [
  0,
  -0,
  -1,
  -2147483649,
  0.5,
  1.000001,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
  NaN,
  Infinity,
  -Infinity,
];

/** Values that break type assumptions. Some (NaN, BigInt, Date, Map…) only travel over IPC. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    true,
    false,
    [],
    {},
    [null],
    [[]],
    10n,
    -(2n ** 70n),
    new Date(0),
    new Date(Number.NaN),
    new Map([['id', 1]]),
    new Set([1, 2]),
    new Uint8Array([1, 2, 3]),
    /regex/g,
    new Error('boom'),
    Object.assign(Object.create(null) as object, { id: 1 }),
    // eslint-disable-next-line no-sparse-arrays -- a hole is a real structured-clone value
    [, 1],
    deepArray(1_000),
    deepObject(1_000),
  ),
  fc.constantFrom(...nastyNumbers),
  fc.constantFrom(...nastyStrings),
  fc.constantFrom(...hugeStrings),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
);

type ZodSchema = z.ZodType;

/** zod 4's definition of a schema, read loosely: only `type` and the parts walked below. */
function defOf(schema: ZodSchema): Record<string, unknown> & { type: string } {
  return schema._zod.def as unknown as Record<string, unknown> & { type: string };
}

/** Candidate leaf values; each leaf keeps those its own schema accepts (formats, ranges, refinements). */
function stringPool(): string[] {
  return [
    '2026-11-16',
    '2026-11-20',
    '2026-11-26',
    '2026-11-27',
    '2026-12-18',
    '2027-05-02',
    '07:30',
    'J. Physio',
    'Anna Keller',
    'name@example.com',
    '+44 20 7946 0000',
    'Avoid hills for 4 weeks, max 20 minutes',
    // A real 1×1 PNG: a logo that prints. (A corrupt one breaks printing: see the known bugs below.)
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    ...seeds.names,
    ...seeds.sessionIds,
  ];
}

function numberPool(): number[] {
  return [
    ...seeds.clientIds,
    ...seeds.injuryIds,
    ...seeds.groupIds,
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    8,
    10,
    12,
    20,
    30,
    45,
    60,
    90,
    120,
    180,
    240,
  ];
}

/** The pool values `schema` accepts as a whole (formats, ranges, refinements, pipes). */
function accepted(schema: ZodSchema): fc.Arbitrary<unknown> | null {
  const values = [...latest.clientIds, ...latest.injuryIds, ...latest.groupIds, ...latest.sessionIds];
  const fromLatest = values.filter((value) => schema.safeParse(value).success);
  const fromPools = [...numberPool(), ...stringPool()].filter((value) => schema.safeParse(value).success);
  if (fromPools.length === 0) return null;
  // The newest seed's ids first: its client has a programme, a log and a group right now.
  return fromLatest.length > 0
    ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...fromLatest) }, fc.constantFrom(...fromPools))
    : fc.constantFrom(...fromPools);
}

/** Values of the right kind, as a careful client would send them: mostly accepted by the schema. */
function plausible(schema: ZodSchema, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(null);
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, ZodSchema>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(shape)) model[key] = plausible(child, depth + 1);
      return fc.record(model);
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof(
        { weight: 4, arbitrary: plausible(def['innerType'] as ZodSchema, depth + 1) },
        fc.constant(undefined),
      );
    case 'nullable':
      return fc.oneof(
        { weight: 4, arbitrary: plausible(def['innerType'] as ZodSchema, depth + 1) },
        fc.constant(null),
      );
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return plausible(def['innerType'] as ZodSchema, depth + 1);
    case 'pipe': {
      const input = def['in'] as ZodSchema;
      // z.preprocess(fn, schema) is a pipe from a transform: the real shape is its output side.
      const side = defOf(input).type === 'transform' ? (def['out'] as ZodSchema) : input;
      const known = accepted(schema);
      return known
        ? fc.oneof({ weight: 4, arbitrary: known }, plausible(side, depth + 1))
        : plausible(side, depth + 1);
    }
    case 'lazy':
      return plausible((def['getter'] as () => ZodSchema)(), depth + 1);
    case 'array':
      return fc.uniqueArray(plausible(def['element'] as ZodSchema, depth + 1), {
        maxLength: 3,
        selector: (value) => JSON.stringify(value),
      });
    case 'enum':
      return fc.constantFrom(...Object.values(def['entries'] as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def['values'] as unknown[]));
    case 'union':
      return fc.oneof(...(def['options'] as ZodSchema[]).map((option) => plausible(option, depth + 1)));
    case 'boolean':
      return fc.boolean();
    case 'number':
      return accepted(schema) ?? fc.integer({ min: 0, max: 100 });
    case 'string': {
      const known = accepted(schema);
      const any = fc.string({ minLength: 1, maxLength: 20 });
      return known ? fc.oneof({ weight: 4, arbitrary: known }, any) : any;
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/**
 * The right keys with values that are plausible, of the wrong kind, or missing; nested objects
 * and arrays the same way down. Walks zod 4's definitions, so a new channel needs nothing here.
 */
function nearMiss(schema: ZodSchema, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return nastyValue;
  const field = (child: ZodSchema): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 6, arbitrary: plausible(child, depth + 1) },
      { weight: 2, arbitrary: nearMiss(child, depth + 1) },
      { weight: 1, arbitrary: nastyValue },
    );
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, ZodSchema>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(shape)) model[key] = field(child);
      return fc.oneof(
        { weight: 3, arbitrary: fc.record(model) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
      );
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return nearMiss(def['innerType'] as ZodSchema, depth + 1);
    case 'pipe': {
      const input = def['in'] as ZodSchema;
      return defOf(input).type === 'transform'
        ? nearMiss(def['out'] as ZodSchema, depth + 1)
        : nearMiss(input, depth + 1);
    }
    case 'lazy':
      return nearMiss((def['getter'] as () => ZodSchema)(), depth + 1);
    case 'array':
      return fc.array(field(def['element'] as ZodSchema), { maxLength: 40 });
    case 'number':
      return fc.oneof(fc.constantFrom(...nastyNumbers), fc.integer(), fc.constantFrom(999_999, 2 ** 31 - 1));
    case 'string':
      return fc.oneof(fc.constantFrom(...nastyStrings), fc.string({ unit: 'binary', maxLength: 30 }));
    case 'enum':
    case 'literal':
      return fc.oneof(fc.constantFrom('', 'NONE', 'Full', 'km ', '__proto__'), fc.integer());
    default:
      return nastyValue;
  }
}

function inputsFor(channel: ChannelName): fc.Arbitrary<unknown> {
  const schema = (channels as Record<ChannelName, { input: ZodSchema }>)[channel].input;
  const shaped = nearMiss(schema);
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: nastyValue },
    { weight: 3, arbitrary: plausible(schema) },
    { weight: 6, arbitrary: shaped },
    { weight: 1, arbitrary: shaped.map(withPrototypeKeys) },
  );
}

// ---------------------------------------------------------------------------------------------
// The checks made on every answer
// ---------------------------------------------------------------------------------------------

const noChangeCodes = new Set([
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_channel',
  'engine_rejected',
]);

/** Short, printable form of an input for failure messages (huge strings and BigInts included). */
function describeInput(input: unknown): string {
  let text: string;
  try {
    text = fc.stringify(input);
  } catch {
    text = `a value too deeply nested to print (${Object.prototype.toString.call(input)})`;
  }
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
}

/** Every string under a `path` or `folder` key of a value. */
function pathsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) pathsIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'folder') && typeof item === 'string') found.push(item);
      else pathsIn(item, found);
    }
  }
  return found;
}

/** Where time goes (RESTRIDE_FUZZ_VERBOSE=1 prints it per channel). */
const timings = { dispatch: 0, fingerprint: 0 };

/** What dispatch logged host-side during the current call (its `internal` details). */
const logged: unknown[] = [];
const startTime = Date.parse('2026-11-27T09:00:00Z');
let calls = 0;

/** Fails the property with the channel and input named; the message is built only on failure. */
function check(condition: boolean, channel: string, input: unknown, problem: () => string): void {
  if (!condition) throw new Error(`${channel} with ${describeInput(input)}: ${problem()}`);
}

/**
 * One call through dispatch with every check of this file. The database is compared before and
 * after a refused call; hashing every row twice per call would cost more than the fuzz itself
 * (a programme is ~150 KB of JSON), so the fingerprints are taken only when the backend committed
 * during the call. Without a commit the database is the same by construction.
 */
async function callAndCheck(channel: string, input: unknown): Promise<Result<unknown>> {
  const version = dataVersion();
  beginSnapshot();
  try {
    logged.length = 0;
    // A real clock moves: backups are named by the time, and ten in one millisecond is not a case.
    calls += 1;
    backend.setNow(new Date(startTime + calls * 1000));
    let result: Result<unknown>;
    const started = performance.now();
    try {
      // The backend's own entry (dispatch behind the restore gate), as every host calls it.
      result = await backend.dispatch(channel, input);
    } catch (error) {
      throw new Error(`dispatch threw for ${channel} with ${describeInput(input)}: ${String(error)}`, {
        cause: error,
      });
    }
    timings.dispatch += performance.now() - started;
    checkAnswer(channel, input, result, logged);
    if (!result.ok && noChangeCodes.has(result.error.code) && dataVersion() !== version) {
      const fingerprintStarted = performance.now();
      const before = fingerprint(snapshot);
      endSnapshot();
      const after = fingerprint(snapshot);
      timings.fingerprint += performance.now() - fingerprintStarted;
      const code = result.error.code;
      check(
        after.hash === before.hash,
        channel,
        input,
        () => `failed with ${code} but changed the database: ${before.counts} → ${after.counts}`,
      );
    }
    return result;
  } finally {
    endSnapshot();
  }
}

function checkAnswer(channel: string, input: unknown, result: Result<unknown>, logged: unknown[]): void {
  check(typeof result === 'object' && typeof result.ok === 'boolean', channel, input, () => 'not a Result');
  check(
    ({} as Record<string, unknown>)['polluted'] === undefined,
    channel,
    input,
    () => 'Object.prototype was polluted',
  );
  if (result.ok) {
    if (isChannelName(channel)) {
      const output = (channels as Record<ChannelName, { output: ZodSchema }>)[channel].output;
      const parsed = output.safeParse(result.value);
      check(
        parsed.success,
        channel,
        input,
        () => `the value breaks the output schema: ${String(parsed.error)}`,
      );
    }
    for (const path of pathsIn(result.value)) {
      const inside = relative(backend.dataDir, path);
      check(!inside.startsWith('..') && !isAbsolute(inside), channel, input, () => `wrote outside: ${path}`);
    }
    return;
  }
  const { error } = result;
  check(errorCodes.includes(error.code), channel, input, () => `unknown error code ${String(error.code)}`);
  check(
    typeof error.message === 'string' && error.message.trim().length > 0,
    channel,
    input,
    () => 'empty message',
  );
  check(error.code !== 'internal', channel, input, () => {
    const details = logged.flat().map((e) => (e instanceof Error ? (e.stack ?? e.message) : String(e)));
    return `answered internal (a bug):\n${details.join('\n')}`;
  });
  if (error.issues !== undefined) {
    check(
      Array.isArray(error.issues) &&
        error.issues.every(
          (issue) =>
            typeof issue.path === 'string' &&
            typeof issue.code === 'string' &&
            typeof issue.message === 'string' &&
            issue.message.length > 0,
        ),
      channel,
      input,
      () => `malformed issues ${JSON.stringify(error.issues)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  // dispatch logs an `internal` failure's details with console.error: keep them for the message.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
  backend = await createTestBackend(new Date(startTime));
  await call(backend, 'settings.save', { clinicName: 'Fuzz Clinic', clinician: 'J. Physio' });
  snapshot = new BetterSqlite3(backend.databaseFile, { readonly: true, fileMustExist: true });
  probe = new BetterSqlite3(backend.databaseFile, { readonly: true, fileMustExist: true });
});

afterAll(async () => {
  snapshot.close();
  probe.close();
  await backend.dispose();
  vi.restoreAllMocks();
});

describe('dispatch answers arbitrary input to every channel with a Result and writes nothing when it refuses', () => {
  beforeEach(seed);

  it.each([...channelNames])('%s', async (channel) => {
    const tally = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        inputsFor(channel),
        withinBudget(async (input) => {
          const result = await callAndCheck(channel, input);
          const key = result.ok ? 'ok' : result.error.code;
          tally.set(key, (tally.get(key) ?? 0) + 1);
        }),
      ),
      fuzzOptions,
    );
    // Not an assertion on the mix (it depends on the schema), but a fuzz that never got past
    // validation would be a weak one: make its outcome visible in the test output.
    if (process.env['RESTRIDE_FUZZ_VERBOSE']) {
      console.log(channel, Object.fromEntries(tally), {
        dispatchMs: Math.round(timings.dispatch),
        fingerprintMs: Math.round(timings.fingerprint),
      });
    }
    timings.dispatch = 0;
    timings.fingerprint = 0;
  });

  it('answers unknown_channel for every other name, including prototype keys', async () => {
    const names = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'hasOwnProperty',
        'valueOf',
        '',
        '.',
        'clients',
        'clients.',
        '.list',
        'Clients.List',
        'clients.list ',
        ' clients.list',
        'clients.list\u0000',
        'clients/list',
        'clients.list/../clients.create',
        'x'.repeat(100_000),
      ),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(...channelNames).map((name) => `${name}.x`),
    );
    await fc.assert(
      fc.asyncProperty(
        names.filter((name) => !isChannelName(name)),
        fc.jsonValue({ maxDepth: 2 }),
        async (name, input) => {
          const result = await callAndCheck(name, input);
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
        },
      ),
      fuzzOptions,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Imports of client records and restores of backups: damaged documents and files
// ---------------------------------------------------------------------------------------------

/** Every path into a JSON value (objects and arrays), the value itself included as []. */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  found: (string | number)[][] = [],
): (string | number)[][] {
  found.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], found);
  }
  return found;
}

const removeKey = Symbol('remove the key');

/** A deep copy of `value` with the value at `path` replaced (or its key removed). */
function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return replacement === removeKey ? {} : replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement !== removeKey) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/** Wrong-typed JSON values, as a hand-edited or damaged record file would have them. */
const wrongJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 1e308, '', 'x', '2026-02-30', [], {}, [null], { id: 1 }),
  fc.constant(removeKey),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('clients.importRecord: a damaged record is refused whole', () => {
  let text = '';
  let record: unknown;

  beforeAll(async () => {
    await seed();
    const file = await call<{ json: string }>(backend, 'clients.exportRecord', {
      clientId: latest.clientIds[0],
    });
    text = file.json;
    record = JSON.parse(text);
  });

  /** A refused import names the document's fields under `json`, as the contract says. */
  function expectRefused(result: Result<unknown>): void {
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) for (const issue of result.error.issues ?? []) expect(issue.path).toMatch(/^json(\.|$)/);
  }

  it('refuses every truncation of an exported record, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: text.length - 1 }),
        withinBudget(async (length) => {
          expectRefused(await callAndCheck('clients.importRecord', { json: text.slice(0, length) }));
        }),
      ),
      fuzzOptions,
    );
  });

  it('refuses any other format or version, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('format', 'version'),
        wrongJson,
        withinBudget(async (key, wrong) => {
          fc.pre(wrong !== 1 && wrong !== 'restride.client');
          const json = JSON.stringify(replaceAt(record, [key], wrong));
          expectRefused(await callAndCheck('clients.importRecord', { json }));
        }),
      ),
      fuzzOptions,
    );
  });

  it('imports a record with one field changed, or refuses it whole with the field’s path', async () => {
    const paths = pathsOf(record);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        wrongJson,
        withinBudget(async (path, wrong) => {
          const json = JSON.stringify(replaceAt(record, path, wrong));
          const result = await callAndCheck('clients.importRecord', { json });
          if (!result.ok) expectRefused(result);
        }),
      ),
      fuzzOptions,
    );
  });

  it('refuses text that is not a record at all', async () => {
    const notRecords = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.constantFrom(
        '[]',
        '{}',
        'null',
        '"x"',
        '{"__proto__":{"polluted":1}}',
        `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        notRecords,
        withinBudget(async (json) => {
          const result = await callAndCheck('clients.importRecord', { json });
          expect(result.ok).toBe(false);
        }),
      ),
      fuzzOptions,
    );
  });
});

describe('backups.restore: a damaged or foreign file is refused and the database stays as it was', () => {
  let folder = '';
  let good = Buffer.alloc(0);
  let tooNew = Buffer.alloc(0);
  let sequence = 1;

  beforeAll(async () => {
    const backup = await call<{ fileName: string }>(backend, 'backups.create', {});
    folder = join(backend.dataDir, 'backups');
    good = readFileSync(join(folder, backup.fileName));
    // The same database, marked as migrated by a ReStride from the future.
    const future = join(backend.dataDir, 'future.sqlite');
    writeFileSync(future, good);
    const db = new BetterSqlite3(future);
    db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run(
      '2099-01-01-001-from-the-future',
      '2099-01-01T00:00:00.000Z',
    );
    db.close();
    tooNew = readFileSync(future);
    rmSync(future);
  });

  const damaged = (): fc.Arbitrary<Uint8Array> =>
    fc.oneof(
      fc.nat({ max: good.length - 1 }).map((length) => good.subarray(0, length)),
      fc.uint8Array({ minLength: 1, maxLength: 100 }).map((garbage) => {
        const copy = Buffer.from(good);
        copy.set(garbage.subarray(0, 16), 0);
        return copy;
      }),
      fc.uint8Array({ maxLength: 8192 }),
      fc.constant(Buffer.from('{"format":"restride.client"}')),
      fc.constant(tooNew),
    );

  it('refuses truncated, overwritten, random and newer files with conflict, naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        damaged(),
        withinBudget(async (bytes) => {
          sequence += 1;
          // A name the backups folder lists, so the restore really opens the file.
          const fileName = `restride-2026-11-27T08-00-00-000Z-manual-${sequence}.sqlite`;
          writeFileSync(join(folder, fileName), bytes);
          try {
            const result = await callAndCheck('backups.restore', { fileName });
            expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
            if (!result.ok) expect(result.error.message).toContain(fileName);
          } finally {
            rmSync(join(folder, fileName), { force: true });
          }
        }),
      ),
      fuzzOptions,
    );
  });

  it('refuses names that are paths, foreign files or missing files before touching anything', async () => {
    writeFileSync(join(folder, 'notes.sqlite'), good);
    const names = fc.oneof(
      fc.constantFrom(
        '../restride.sqlite',
        '..\\restride.sqlite',
        '/etc/passwd',
        'C:\\Windows\\win.ini',
        '.hidden.sqlite',
        'restride.sqlite',
        'notes.sqlite',
        'restride-2026-11-27T08-00-00-000Z-manual.sqlite\u0000.txt',
        'restride-2099-01-01T00-00-00-000Z-manual.sqlite',
        `${'a'.repeat(300)}.sqlite`,
      ),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(
        names,
        withinBudget(async (fileName) => {
          const result = await callAndCheck('backups.restore', { fileName });
          expect(result.ok).toBe(false);
        }),
      ),
      fuzzOptions,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Bugs the fuzz found in other modules, now fixed: each test keeps them fixed.
// ---------------------------------------------------------------------------------------------

describe('bugs found by this fuzz stay fixed', () => {
  it('settings.save refuses a corrupt PNG logo, and printing never fails on a logo', async () => {
    await seed();
    const saved = await backend.dispatch('settings.save', { logo: 'data:image/png;base64,iVBORw0KGgo=' });
    const printed = await backend.dispatch('print.programme', { clientId: latest.clientIds[0] });
    // Fixed when either the save refuses the file or the print answers with a clear error.
    expect(saved.ok === false || printed.ok || printed.error.code !== 'internal').toBe(true);
    await call(backend, 'settings.save', { logo: null });
  });

  it('backups.create after the clock went back keeps the new backup (and still only 10)', async () => {
    const base = Date.parse('2026-11-28T10:00:00Z');
    for (let i = 0; i < 10; i++) {
      backend.setNow(new Date(base + i * 60_000));
      await call(backend, 'backups.create', {});
    }
    // The clinic's computer had the wrong date and it was corrected: the clock is an hour earlier.
    backend.setNow(new Date(base - 3_600_000));
    const result = await backend.dispatch('backups.create', {});
    expect(result.ok).toBe(true);
    const list = await call<{ fileName: string }[]>(backend, 'backups.list', {});
    expect(list).toHaveLength(10);
    expect(list.map((b) => b.fileName)).toContain((result as { value: { fileName: string } }).value.fileName);
  });
});
