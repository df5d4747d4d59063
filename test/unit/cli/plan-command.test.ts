/** `plan` CLI command with a fake io: prints or writes the programme; exit 2 on bad input. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/command';
import { planCommand } from '../../../src/cli/commands/plan';
import { generatePlan } from '../../../src/engine';
import { parsePlanRequest } from '../../../src/contract/plan';

const exampleText = readFileSync(
  join(import.meta.dirname, '../../../examples/achilles-walk-run-10k.json'),
  'utf8',
);

function fakeIo(
  files: Record<string, string>,
): CliIO & { out: string; err: string; written: Record<string, string> } {
  const io = {
    out: '',
    err: '',
    written: {} as Record<string, string>,
    env: {},
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    readFile(path: string): Buffer {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return Buffer.from(content, 'utf8');
    },
    writeFile(path: string, data: string | Uint8Array) {
      io.written[path] = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    },
  };
  return io;
}

const expected = (today?: string): string => {
  const raw = JSON.parse(exampleText) as Record<string, unknown>;
  const parsed = parsePlanRequest(today ? { ...raw, today } : raw);
  if (!parsed.ok) throw new Error('example invalid');
  return `${JSON.stringify(generatePlan(parsed.value), null, 2)}\n`;
};

describe('plan command', () => {
  it('prints the programme as 2-space JSON and exits 0', async () => {
    const io = fakeIo({ 'req.json': exampleText });
    expect(await planCommand.run(['--in', 'req.json'], io)).toBe(0);
    expect(io.out).toBe(expected());
    expect(io.err).toBe('');
  });

  it('writes to --out and applies --today', async () => {
    const io = fakeIo({ 'req.json': exampleText });
    expect(
      await planCommand.run(['--in', 'req.json', '--out', 'out.json', '--today', '2026-12-20'], io),
    ).toBe(0);
    expect(io.out).toBe('');
    expect(io.written['out.json']).toBe(expected('2026-12-20'));
    expect(io.written['out.json']).not.toBe(expected());
  });

  it('bad JSON: exit 2 with the reason', async () => {
    const io = fakeIo({ 'req.json': '{ "schemaVersion": 1, ' });
    expect(await planCommand.run(['--in', 'req.json'], io)).toBe(2);
    expect(io.err).toMatch(/^req\.json: not valid JSON/);
    expect(io.out).toBe('');
  });

  it('invalid request: each invalid field on stderr as "path: reason", exit 2', async () => {
    const raw = JSON.parse(exampleText) as { availability: { days: string[] }; clearance: { level: string } };
    raw.availability.days = [];
    raw.clearance.level = 'almost';
    const io = fakeIo({ 'req.json': JSON.stringify(raw) });
    expect(await planCommand.run(['--in', 'req.json'], io)).toBe(2);
    expect(io.err.trim().split('\n').sort()).toEqual(
      [
        'availability.days: Choose at least one available day',
        'clearance.level: Clearance level must be one of: not_cleared, walking, walk_run, continuous, full',
      ].sort(),
    );
  });

  it.each([
    [[], /--in is required/],
    [['--in', 'req.json', '--today', '2026-13-01'], /--today/],
    [['--in', 'req.json', '--bogus'], /Unknown option/],
  ])('usage errors %j exit 2', async (argv, message) => {
    const io = fakeIo({ 'req.json': exampleText });
    expect(await planCommand.run(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
  });

  it('an unreadable file exits 1', async () => {
    const io = fakeIo({});
    expect(await planCommand.run(['--in', 'missing.json'], io)).toBe(1);
    expect(io.err).toMatch(/missing\.json: cannot read/);
  });
});
