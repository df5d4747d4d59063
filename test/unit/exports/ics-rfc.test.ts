/** The calendar file as RFC 5545 writes it: TEXT escaping, folding at 75 octets, from today on. */
import { describe, expect, it } from 'vitest';
import {
  clientKeyOf,
  programmeToCalendar,
  programmeToIcs,
  type ProgrammeToIcsOptions,
} from '../../../src/backend/exports/ics';
import { escapeText, foldLine } from '../../../src/backend/exports/ics-text';
import { allSessions, exampleProgramme, parseCalendar } from './export-helpers';
import { physicalLineProblems, readStrict, unescapeText, valuesOf } from './ics-strict-reader';

const programme = exampleProgramme('achilles-walk-run-10k.json', 'en');
const unlocked = allSessions(programme).filter((session) => !session.locked);
const hostile = 'Anna; "Bob", \n O\'Brien 李小龙 😀';
const clinic = 'Physio, Reha & Sport; Mitte, Berlin \\ Süd';

function options(extra: Partial<ProgrammeToIcsOptions> = {}): ProgrammeToIcsOptions {
  return {
    programme,
    clientKey: clientKeyOf('client', '1', '2026-11-27T10:00:00.000Z'),
    clientName: hostile,
    locale: 'en',
    preferredTime: '07:30',
    clinicName: clinic,
    generatedAt: new Date('2026-11-27T10:00:00Z'),
    ...extra,
  };
}

describe('TEXT values', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(unescapeText(escapeText(hostile))).toEqual([hostile]);
  });

  it('writes a calendar name and descriptions a strict parser reads back exactly', () => {
    const text = programmeToIcs(options());
    const lines = readStrict(text);
    expect(valuesOf(lines, 'X-WR-CALNAME')).toEqual([`Return to running – ${hostile.trim()} (${clinic})`]);
    for (const description of valuesOf(lines, 'DESCRIPTION')) {
      expect(description).toContain(`Planned with ${clinic}`);
    }
    const summaries = valuesOf(lines, 'SUMMARY');
    expect(summaries).toEqual(unlocked.map((session) => session.title));
    // ical.js, as calendar apps read it, agrees on the events.
    expect(parseCalendar(text).events.map((event) => event.summary)).toEqual(summaries);
  });

  it('leaves out control characters a TEXT value may not carry', () => {
    const lines = readStrict(programmeToIcs(options({ clientName: 'Ann\u0000a\u0007 Bell' })));
    expect(valuesOf(lines, 'X-WR-CALNAME')[0]).toContain('Anna Bell');
  });
});

describe('folding', () => {
  it('keeps every physical line within 75 octets, continuation lines starting with one space', () => {
    const text = programmeToIcs(options());
    expect(physicalLineProblems(text)).toEqual([]);
    const physical = text.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    expect(Math.max(...physical.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
  });

  it('counts octets, not characters, and never splits a multi-byte character', () => {
    for (const filler of ['李', '😀', 'ü', 'a', 'a李😀ü']) {
      for (let prefix = 0; prefix < 6; prefix++) {
        const line = `X-WR-CALNAME:${'x'.repeat(prefix)}${filler.repeat(60)}`;
        const folded = foldLine(line);
        const text = `${folded}\r\n`;
        expect(physicalLineProblems(text), `${filler} after ${prefix}`).toEqual([]);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(
          folded
            .split('\r\n')
            .slice(1)
            .every((part) => part.startsWith(' ')),
        ).toBe(true);
      }
    }
    // 25 CJK characters are 75 octets of value: the old 75-character rule wrote 88 octets.
    const cjk = foldLine(`SUMMARY:${'李'.repeat(25)}`).split('\r\n');
    expect(cjk.map((part) => Buffer.byteLength(part))).toEqual([74, 10]);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});

describe('sessions from a date on', () => {
  const middle = unlocked[Math.floor(unlocked.length / 2)]!.date;
  const fromMiddle = unlocked.filter((session) => session.date >= middle);

  it('leaves out sessions before `from` and keeps the ones on that day', () => {
    const { content, eventCount } = programmeToCalendar(options({ from: middle }));
    const { events } = parseCalendar(content);
    expect(fromMiddle.length).toBeLessThan(unlocked.length);
    expect(eventCount).toBe(fromMiddle.length);
    expect(events.map((event) => event.uid.split('.')[0])).toEqual(fromMiddle.map((s) => s.id));
  });

  it('keeps every session without `from`, with the same UIDs', () => {
    const all = parseCalendar(programmeToIcs(options())).events.map((event) => event.uid);
    const later = parseCalendar(programmeToIcs(options({ from: middle }))).events.map((event) => event.uid);
    expect(all).toHaveLength(unlocked.length);
    expect(all.slice(-later.length)).toEqual(later);
  });

  it('counts the events it wrote, whatever the text says', () => {
    const { content, eventCount } = programmeToCalendar(
      options({ clientName: 'BEGIN:VEVENT', clinicName: 'BEGIN:VEVENT, END:VEVENT' }),
    );
    expect(eventCount).toBe(unlocked.length);
    expect(parseCalendar(content).events).toHaveLength(unlocked.length);
  });
});
