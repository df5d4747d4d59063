/** `fit` CLI command with a fake io: one decodable FIT file per running session; exit 2 on bad input. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWatchWorkout } from '../../../src/backend/exports/fit';
import type { CliIO } from '../../../src/cli/command';
import { fitCommand } from '../../../src/cli/commands/fit';
import { allSessions, decodeFit, exampleProgramme, exampleText } from '../exports/export-helpers';

const example = exampleText('achilles-walk-run-10k.json');
const running = allSessions(exampleProgramme('achilles-walk-run-10k.json')).filter(
  (session) => !session.locked && isWatchWorkout(session),
);

function fakeIo(
  files: Record<string, string>,
  failWrites = false,
): CliIO & { out: string; err: string; written: Map<string, Uint8Array> } {
  const io = {
    out: '',
    err: '',
    written: new Map<string, Uint8Array>(),
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
      if (failWrites) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      io.written.set(path, typeof data === 'string' ? Buffer.from(data) : data);
    },
  };
  return io;
}

describe('fit command', () => {
  it('writes one FIT workout per unlocked running session into --out-dir', async () => {
    const io = fakeIo({ 'req.json': example });
    expect(await fitCommand.run(['--in', 'req.json', '--out-dir', 'watch'], io)).toBe(0);
    expect(io.written.size).toBe(running.length);
    const first = running[0]!;
    const path = join('watch', `${first.date} Walk-run, stage ${first.stage}.fit`);
    const decoded = decodeFit(io.written.get(path)!);
    expect(decoded.intact).toBe(true);
    expect(decoded.messages.workoutMesgs?.[0]?.wktName).toBe(first.title);
    for (const bytes of io.written.values()) expect(decodeFit(bytes).errors).toEqual([]);
    expect(io.out.trim().split('\n')).toEqual([...io.written.keys()]);
    expect(io.err).toContain(`Wrote ${running.length} workouts to watch`);
  });

  it('writes nothing, and says so, when no running session is unlocked', async () => {
    const io = fakeIo({ 'req.json': exampleText('bsi-not-cleared.json') });
    expect(await fitCommand.run(['--in', 'req.json', '--out-dir', 'watch'], io)).toBe(0);
    expect(io.written.size).toBe(0);
    expect(io.err).toContain('nothing written');
  });

  it('exits 2 for missing options and each invalid request field, 1 when it cannot write', async () => {
    const io = fakeIo({ 'bad.json': JSON.stringify({ schemaVersion: 1, startDate: 'soon' }) });
    expect(await fitCommand.run([], io)).toBe(2);
    expect(io.err).toContain('--in: is required');
    expect(io.err).toContain('--out-dir: is required');
    expect(await fitCommand.run(['--in', 'bad.json', '--out-dir', 'w'], io)).toBe(2);
    expect(io.err).toMatch(/^startDate: /m);
    expect(io.err).toMatch(/^client: /m);
    expect(io.written.size).toBe(0);

    const failing = fakeIo({ 'req.json': example }, true);
    expect(await fitCommand.run(['--in', 'req.json', '--out-dir', 'nowhere'], failing)).toBe(1);
    expect(failing.err).toContain('does nowhere exist?');
  });
});
