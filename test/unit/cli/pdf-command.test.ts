import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/command';
import { pdfCommand } from '../../../src/cli/commands/pdf';
import { TINY_PNG } from '../../fixtures/pdf/programme-fixture';

const request = readFileSync('examples/achilles-walk-run-10k.json');
const clinic = readFileSync('examples/clinic.json');

/** A fake terminal and file system: files in a map, output collected. */
function fakeIo(
  files: Record<string, string | Buffer>,
): CliIO & { out: string; err: string; written: Map<string, Uint8Array | string> } {
  const written = new Map<string, Uint8Array | string>();
  const io = {
    out: '',
    err: '',
    written,
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
      return Buffer.from(content);
    },
    writeFile(path: string, data: string | Uint8Array) {
      written.set(path, data);
    },
  };
  return io;
}

describe('cli pdf', () => {
  it('writes a PDF for a request, in German on Letter with a clinic file', async () => {
    const io = fakeIo({ 'req.json': request, 'clinic.json': clinic });
    const code = await pdfCommand.run(
      [
        '--in',
        'req.json',
        '--out',
        'out.pdf',
        '--locale',
        'de',
        '--paper',
        'letter',
        '--units',
        'mi',
        '--clinic',
        'clinic.json',
      ],
      io,
    );
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const pdf = Buffer.from(io.written.get('out.pdf') as Uint8Array);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(io.out).toMatch(/^Wrote out\.pdf \(\d+ KB, programme status: active\)\n$/);
  });

  it('defaults the print date to the request’s today (same bytes as naming it)', async () => {
    const a = fakeIo({ 'req.json': request });
    const b = fakeIo({ 'req.json': request });
    expect(await pdfCommand.run(['--in', 'req.json', '--out', 'a.pdf'], a)).toBe(0);
    expect(
      await pdfCommand.run(['--in', 'req.json', '--out', 'b.pdf', '--printed-on', '2026-12-01'], b),
    ).toBe(0);
    expect(
      Buffer.from(a.written.get('a.pdf') as Uint8Array).equals(
        Buffer.from(b.written.get('b.pdf') as Uint8Array),
      ),
    ).toBe(true);
  });

  it('reports every bad option and clinic field on stderr and exits 2', async () => {
    const badClinic = JSON.stringify({
      clinicName: 'X',
      clinician: 5,
      contact: '',
      logo: 'data:image/gif;base64,R0lG',
    });
    const io = fakeIo({ 'req.json': request, 'clinic.json': badClinic });
    const code = await pdfCommand.run(
      [
        '--in',
        'req.json',
        '--out',
        'o.pdf',
        '--locale',
        'fr',
        '--paper',
        'a3',
        '--units',
        'yd',
        '--printed-on',
        '2026-02-30',
        '--clinic',
        'clinic.json',
      ],
      io,
    );
    expect(code).toBe(2);
    for (const path of [
      '--locale',
      '--paper',
      '--units',
      '--printed-on',
      'clinic.clinician',
      'clinic.logo',
    ]) {
      expect(io.err).toContain(`  ${path}: `);
    }
    expect(io.written.size).toBe(0);
  });

  it('reports each invalid request field with its path, together with bad options', async () => {
    const bad = JSON.parse(request.toString()) as Record<string, unknown>;
    bad.startDate = 'soon';
    bad.clearance = { level: 'sprinting' };
    const io = fakeIo({ 'req.json': JSON.stringify(bad) });
    expect(await pdfCommand.run(['--in', 'req.json', '--out', 'o.pdf', '--paper', 'a5'], io)).toBe(2);
    expect(io.err).toContain('request.startDate: ');
    expect(io.err).toMatch(/request\.clearance\.level: /);
    expect(io.err).toContain('--paper: must be one of a4, letter (got "a5")');
    expect(io.written.size).toBe(0);
  });

  it('exits 2 on a missing file, bad JSON, missing --in/--out or an unknown flag', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['--in', 'nope.json', '--out', 'o.pdf'], {}, /--in: cannot read nope\.json/],
      [['--in', 'r.json', '--out', 'o.pdf'], { 'r.json': '{ not json' }, /--in: r\.json is not valid JSON/],
      [['--out', 'o.pdf'], {}, /--in: is required/],
      [['--in', 'r.json', '--bogus'], {}, /Unknown option '--bogus'/],
    ];
    for (const [argv, files, message] of cases) {
      const io = fakeIo(files);
      expect(await pdfCommand.run(argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toMatch(message);
    }
  });

  it('accepts a clinic logo as a PNG data URL', async () => {
    const withLogo = JSON.stringify({ ...JSON.parse(clinic.toString()), logo: TINY_PNG });
    const io = fakeIo({ 'req.json': request, 'clinic.json': withLogo });
    expect(await pdfCommand.run(['--in', 'req.json', '--out', 'o.pdf', '--clinic', 'clinic.json'], io)).toBe(
      0,
    );
  });
});
