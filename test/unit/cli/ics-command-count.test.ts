/** The `ics` command's event count comes from the events it built, not from searching the text. */
import { describe, expect, it, vi } from 'vitest';
import type * as SessionText from '../../../src/backend/exports/session-text';
import type { CliIO } from '../../../src/cli/command';
import { icsCommand } from '../../../src/cli/commands/ics';
import { allSessions, exampleProgramme, exampleText, parseCalendar } from '../exports/export-helpers';

// Every session title carries the text that the old count searched for.
vi.mock('../../../src/backend/exports/session-text', async (importOriginal) => {
  const original = await importOriginal<typeof SessionText>();
  return { ...original, sessionTitle: () => 'BEGIN:VEVENT END:VEVENT BEGIN:VEVENT' };
});

describe('ics command event count', () => {
  it('is the number of sessions written when every title contains "BEGIN:VEVENT"', async () => {
    const unlocked = allSessions(exampleProgramme('achilles-walk-run-10k.json')).filter((s) => !s.locked);
    let out = '';
    let written = '';
    const io: CliIO = {
      env: {},
      stdout: (text) => void (out += text),
      stderr: () => undefined,
      readFile: () => Buffer.from(exampleText('achilles-walk-run-10k.json'), 'utf8'),
      writeFile: (_path, data) => void (written = String(data)),
    };
    expect(await icsCommand.run(['--in', 'req.json', '--out', 'plan.ics', '--include-past'], io)).toBe(0);
    const { events } = parseCalendar(written);
    expect(events).toHaveLength(unlocked.length);
    expect(events.every((event) => event.summary === 'BEGIN:VEVENT END:VEVENT BEGIN:VEVENT')).toBe(true);
    expect(out).toContain(`Wrote plan.ics (${unlocked.length} events`);
  });
});
