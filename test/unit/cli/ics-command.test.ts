/** `ics` CLI command with a fake io: writes a calendar that ical.js reads; exit 2 on bad input. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../../src/cli/command';
import { icsCommand } from '../../../src/cli/commands/ics';
import { allSessions, exampleProgramme, exampleText, parseCalendar } from '../exports/export-helpers';

const example = exampleText('achilles-walk-run-10k.json');
const unlocked = allSessions(exampleProgramme('achilles-walk-run-10k.json')).filter((s) => !s.locked);

function fakeIo(files: Record<string, string>): CliIO & {
  out: string;
  err: string;
  written: Record<string, string>;
} {
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

describe('ics command', () => {
  // Before the example programme starts (2026-12-01): every session lies ahead.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes all-day events for the unlocked sessions and exits 0', async () => {
    const io = fakeIo({ 'req.json': example });
    expect(await icsCommand.run(['--in', 'req.json', '--out', 'plan.ics'], io)).toBe(0);
    const { events } = parseCalendar(io.written['plan.ics'] ?? '');
    expect(events).toHaveLength(unlocked.length);
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    expect(io.out).toContain(`Wrote plan.ics (${unlocked.length} events`);
    expect(io.err).toBe('');
  });

  it('uses --time for timed events, and --time-zone to pin them', async () => {
    const io = fakeIo({ 'req.json': example });
    expect(await icsCommand.run(['--in', 'req.json', '--out', 'a.ics', '--time', '18:15'], io)).toBe(0);
    const first = parseCalendar(io.written['a.ics'] ?? '').events[0];
    expect(first?.startDate.toString()).toBe(`${unlocked[0]?.date}T18:15:00`);

    expect(
      await icsCommand.run(
        ['--in', 'req.json', '--out', 'b.ics', '--time', '18:15', '--time-zone', 'Europe/Berlin'],
        io,
      ),
    ).toBe(0);
    expect(parseCalendar(io.written['b.ics'] ?? '').events[0]?.startDate.toString()).toBe(
      `${unlocked[0]?.date}T17:15:00Z`,
    );
  });

  it('keeps the same UIDs when run again', async () => {
    const io = fakeIo({ 'req.json': example });
    await icsCommand.run(['--in', 'req.json', '--out', 'a.ics'], io);
    await icsCommand.run(['--in', 'req.json', '--out', 'b.ics', '--time', '07:00'], io);
    const uids = (name: string) => parseCalendar(io.written[name] ?? '').events.map((event) => event.uid);
    expect(uids('b.ics')).toEqual(uids('a.ics'));
  });

  it('exits 2 naming every missing or malformed option', async () => {
    const io = fakeIo({});
    expect(await icsCommand.run(['--time', '7.30', '--time-zone', 'Mars/Olympus'], io)).toBe(2);
    expect(io.err).toContain('--in: is required');
    expect(io.err).toContain('--out: is required');
    expect(io.err).toContain('--time: use the format HH:MM');
    expect(io.err).toContain('--time-zone: unknown time zone "Mars/Olympus"');
    expect(io.written).toEqual({});

    const lone = fakeIo({ 'req.json': example });
    expect(await icsCommand.run(['--in', 'req.json', '--out', 'x.ics', '--time-zone', 'UTC'], lone)).toBe(2);
    expect(lone.err).toContain('--time-zone: needs --time');

    const unknown = fakeIo({});
    expect(await icsCommand.run(['--bogus'], unknown)).toBe(2);
    expect(unknown.err).toContain('Usage: npm run cli -- ics');
  });

  it('exits 2 with each invalid request field, 2 for bad JSON, 1 for an unreadable file', async () => {
    const raw = JSON.parse(example) as Record<string, unknown>;
    const invalid = JSON.stringify({ ...raw, startDate: '2026-02-30', units: 'yards' });
    const io = fakeIo({ 'bad.json': invalid, 'broken.json': '{ nope' });
    expect(await icsCommand.run(['--in', 'bad.json', '--out', 'x.ics'], io)).toBe(2);
    expect(io.err).toMatch(/^startDate: /m);
    expect(io.err).toMatch(/^units: /m);
    expect(await icsCommand.run(['--in', 'broken.json', '--out', 'x.ics'], io)).toBe(2);
    expect(io.err).toContain('broken.json: not valid JSON');
    expect(await icsCommand.run(['--in', 'missing.json', '--out', 'x.ics'], io)).toBe(1);
    expect(io.err).toContain('missing.json: cannot read the file');
    expect(io.written).toEqual({});
  });

  it('writes the sessions from today on, and the past ones too with --include-past', async () => {
    const today = unlocked[Math.floor(unlocked.length / 2)]!.date;
    vi.setSystemTime(new Date(`${today}T12:00:00Z`));
    const ahead = unlocked.filter((session) => session.date >= today);
    expect(ahead.length).toBeLessThan(unlocked.length);

    const io = fakeIo({ 'req.json': example });
    expect(await icsCommand.run(['--in', 'req.json', '--out', 'a.ics'], io)).toBe(0);
    const events = parseCalendar(io.written['a.ics'] ?? '').events;
    expect(events.map((event) => event.uid.split('.')[0])).toEqual(ahead.map((session) => session.id));
    expect(io.out).toContain(`Wrote a.ics (${ahead.length} events`);

    expect(await icsCommand.run(['--in', 'req.json', '--out', 'b.ics', '--include-past'], io)).toBe(0);
    const all = parseCalendar(io.written['b.ics'] ?? '').events;
    expect(all).toHaveLength(unlocked.length);
    expect(io.out).toContain(`Wrote b.ics (${unlocked.length} events`);
    // The same sessions keep the same UIDs whether or not the past is included.
    expect(all.slice(-events.length).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  it('counts the events it wrote, not "BEGIN:VEVENT" in the client name', async () => {
    const raw = JSON.parse(example) as { client: Record<string, unknown> };
    const named = JSON.stringify({ ...raw, client: { ...raw.client, name: 'BEGIN:VEVENT BEGIN:VEVENT' } });
    const io = fakeIo({ 'req.json': named });
    expect(await icsCommand.run(['--in', 'req.json', '--out', 'plan.ics'], io)).toBe(0);
    expect(io.written['plan.ics']).toContain('X-WR-CALNAME:Return to running – BEGIN:VEVENT BEGIN:VEVENT');
    expect(io.out).toContain(`Wrote plan.ics (${unlocked.length} events`);
  });
});
