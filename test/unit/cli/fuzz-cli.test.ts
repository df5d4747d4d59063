/**
 * Fuzzed boundary (issue 5 §7): the CLI's request parsing. Arbitrary JSON, truncated and mutated
 * copies of examples/*.json, wrong schemaVersion and wrong types go to `plan`, `pdf`, `ics` and
 * `fit` through `runCli` with a fake io. A bad request always ends in exit code 2 with one
 * `path: reason` line per problem, never a throw, never exit 1, and never an output file; and
 * `restore` refuses damaged backup files with exit 2, leaving the database as it was.
 *
 * Runs per property: RESTRIDE_FUZZ_RUNS (default 100; the file takes a few seconds). Replay a
 * failure with RESTRIDE_FUZZ_SEED=<seed>.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../src/backend/open-backend';
import type { CliIO } from '../../../src/cli/command';
import { commands } from '../../../src/cli/registry';
import { runCli } from '../../../src/cli/run-cli';
import { parsePlanRequest } from '../../../src/contract/plan';

const runs = Number(process.env['RESTRIDE_FUZZ_RUNS'] ?? 100);
const replaySeed = process.env['RESTRIDE_FUZZ_SEED'] ? Number(process.env['RESTRIDE_FUZZ_SEED']) : undefined;
const fuzzOptions = { numRuns: runs, ...(replaySeed === undefined ? {} : { seed: replaySeed }) };

const examplesDir = join(import.meta.dirname, '../../../examples');
/** The plan requests among the examples (clinic.json is a clinic branding file). */
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.json') && name !== 'clinic.json')
  .map((name) => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));

interface FakeIo extends CliIO {
  out: string;
  err: string;
  written: Map<string, Uint8Array>;
}

/** The CLI's io over an in-memory file system; `writeFile` records instead of writing. */
function fakeIo(files: Record<string, string>): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    written: new Map(),
    env: {},
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    readFile(path) {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return Buffer.from(content, 'utf8');
    },
    writeFile(path, data) {
      io.written.set(path, typeof data === 'string' ? Buffer.from(data) : data);
    },
  };
  return io;
}

/** Runs the CLI; a throw fails the property with the arguments that caused it. */
async function run(argv: string[], files: Record<string, string>): Promise<{ code: number; io: FakeIo }> {
  const io = fakeIo(files);
  let code: number;
  try {
    code = await runCli(argv, io);
  } catch (error) {
    throw new Error(`runCli(${JSON.stringify(argv)}) threw: ${String(error)}`, { cause: error });
  }
  return { code, io };
}

/** Each problem on its own line as `path: reason` (pdf indents them under a heading). */
function expectPathReasonLines(stderr: string): void {
  const lines = stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && line !== 'Cannot print the programme:');
  expect(lines.length, stderr).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line.trim(), stderr).toMatch(/^\S[^:]*: \S/);
    expect(line, stderr).not.toMatch(/\n\s+at |TypeError|ReferenceError|RangeError/);
  }
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** Every path into a JSON value, the value itself included as []. */
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

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement === removeKey ? {} : replacement;
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement !== removeKey) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

const wrongJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    0.5,
    1e308,
    -1e308,
    '',
    'x',
    '2026-02-30',
    '9999-99-99',
    [],
    {},
    [null],
  ),
  fc.constant(removeKey),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** An example with one value replaced by a wrong one (or its key removed). */
const mutatedExample: fc.Arbitrary<string> = fc
  .constantFrom(...examples)
  .chain(({ text }) => {
    const parsed = JSON.parse(text) as unknown;
    return fc.tuple(fc.constant(parsed), fc.constantFrom(...pathsOf(parsed)), wrongJson);
  })
  .map(([parsed, path, wrong]) => JSON.stringify(replaceAt(parsed, path, wrong)));

const truncatedExample: fc.Arbitrary<string> = fc
  .constantFrom(...examples)
  // Short of the closing brace: dropping only the final newline would leave valid JSON.
  .chain(({ text }) => fc.nat({ max: text.trimEnd().length - 1 }).map((length) => text.slice(0, length)));

const wrongVersion: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...examples),
    fc
      .oneof(wrongJson, fc.integer(), fc.constantFrom('1', 1.0000001, 3, 0))
      .filter((value) => value !== 1 && value !== 2),
  )
  .map(([{ text }, version]) => JSON.stringify(replaceAt(JSON.parse(text), ['schemaVersion'], version)));

const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '\uFEFF{}', 'null', '[]', `${'['.repeat(50_000)}${']'.repeat(50_000)}`),
);

/** Requests that parsePlanRequest refuses (a mutation may leave an example valid: those are dropped). */
const badRequest: fc.Arbitrary<string> = fc
  .oneof(mutatedExample, truncatedExample, wrongVersion, anyText)
  .filter((text) => {
    try {
      return !parsePlanRequest(JSON.parse(text)).ok;
    } catch {
      return true;
    }
  });

describe('plan: any request file', () => {
  it('exits 0 with a programme, or 2 with "path: reason" lines; never a throw or exit 1', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedExample, truncatedExample, wrongVersion, anyText), async (text) => {
        const { code, io } = await run(['plan', '--in', 'req.json'], { 'req.json': text });
        expect([0, 2], io.err).toContain(code);
        if (code === 0) {
          expect(JSON.parse(io.out)).toHaveProperty('weeks');
          return;
        }
        expect(io.out).toBe('');
        expect(io.written.size).toBe(0);
        expectPathReasonLines(io.err);
      }),
      fuzzOptions,
    );
  });

  it('names schemaVersion when it is wrong', async () => {
    await fc.assert(
      fc.asyncProperty(wrongVersion, async (text) => {
        const { code, io } = await run(['plan', '--in', 'req.json'], { 'req.json': text });
        expect(code).toBe(2);
        expect(io.err).toMatch(/^schemaVersion: /m);
      }),
      fuzzOptions,
    );
  });

  it('says "not valid JSON" for every truncation of every example', async () => {
    await fc.assert(
      fc.asyncProperty(truncatedExample, async (text) => {
        const { code, io } = await run(['plan', '--in', 'req.json'], { 'req.json': text });
        expect(code).toBe(2);
        expect(io.err).toMatch(/^req\.json: not valid JSON/);
      }),
      fuzzOptions,
    );
  });
});

describe.each([
  ['pdf', ['--out', 'out/programme.pdf']],
  ['ics', ['--out', 'out/plan.ics']],
  ['fit', ['--out-dir', 'out']],
])('%s: a bad request', (command, outArgs) => {
  it('exits 2 with "path: reason" lines and writes no file', async () => {
    await fc.assert(
      fc.asyncProperty(badRequest, async (text) => {
        const { code, io } = await run([command, '--in', 'req.json', ...outArgs], { 'req.json': text });
        expect(code, io.err).toBe(2);
        expect(io.written.size).toBe(0);
        expect(io.out).toBe('');
        expectPathReasonLines(io.err);
      }),
      fuzzOptions,
    );
  });
});

describe('arguments', () => {
  it('any argument list to plan, pdf, ics and fit ends in an exit code, never a throw', async () => {
    const flag = fc.constantFrom(
      '--in',
      '--out',
      '--out-dir',
      '--today',
      '--time',
      '--time-zone',
      '--locale',
      '--paper',
      '--units',
      '--clinic',
      '--printed-on',
      '--help',
      '-h',
      '--',
      '--in=req.json',
    );
    const value = fc.oneof(
      fc.constantFrom(
        'req.json',
        'missing.json',
        'clinic.json',
        '',
        '2026-02-30',
        '07:30',
        '25:00',
        'Mars/Olympus',
        'de',
        'xx',
        'letter',
        'mi',
      ),
      fc.string({ maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('plan', 'pdf', 'ics', 'fit'),
        fc.array(fc.oneof(flag, value), { maxLength: 8 }),
        async (command, argv) => {
          const { code } = await run([command, ...argv], {
            'req.json': '{"schemaVersion": 2}',
            'clinic.json': '{"logo": 7}',
          });
          expect([0, 1, 2]).toContain(code);
        },
      ),
      fuzzOptions,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// restore: damaged backup files
// ---------------------------------------------------------------------------------------------

/** Row counts and a hash of every row of every table, read from the closed database file. */
function fingerprint(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha1');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
        .raw()
        .all();
      hash.update(
        `${name}:${rows.length}\n${rows
          .map((row) => JSON.stringify(row))
          .sort()
          .join('\n')}\n`,
      );
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

const hasRestore = commands.some((command) => command.name === 'restore');

describe('restore: a damaged backup file', () => {
  let dataDir = '';
  let databaseFile = '';
  let backup = Buffer.alloc(0);

  beforeAll(async () => {
    if (!hasRestore) return;
    dataDir = mkdtempSync(join(tmpdir(), 'restride-cli-fuzz-'));
    const backend = await openBackend({ dataDir, dailyBackup: false });
    await backend.dispatch('clients.create', { name: 'Anna Keller', birthDate: '1988-04-02' });
    const created = (await backend.dispatch('backups.create', {})) as {
      ok: boolean;
      value?: { fileName: string };
    };
    databaseFile = backend.databaseFile;
    backup = readFileSync(join(dataDir, 'backups', created.value?.fileName ?? 'missing'));
    await backend.close();
  });

  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it.runIf(hasRestore)('is refused with exit 2 and a reason, and the database stays as it was', async () => {
    const damaged = fc.oneof(
      fc.nat({ max: backup.length - 1 }).map((length) => backup.subarray(0, length)),
      fc.uint8Array({ minLength: 16, maxLength: 16 }).map((garbage) => {
        const copy = Buffer.from(backup);
        copy.set(garbage, 0);
        return copy;
      }),
      fc.uint8Array({ maxLength: 4096 }),
      fc.string({ maxLength: 200 }).map((text) => Buffer.from(text)),
    );
    const file = join(dataDir, 'damaged.sqlite');
    const before = fingerprint(databaseFile);
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        writeFileSync(file, bytes);
        const io = fakeIo({});
        io.env = { RESTRIDE_DATA_DIR: dataDir };
        const code = await runCli(['restore', '--from', file, '--data-dir', dataDir], io);
        expect(code, io.err).toBe(2);
        expect(io.err).toMatch(/^Not restored: .*damaged\.sqlite/);
        expect(fingerprint(databaseFile)).toBe(before);
      }),
      { ...fuzzOptions, numRuns: Math.min(runs, 40) },
    );
  });
});
