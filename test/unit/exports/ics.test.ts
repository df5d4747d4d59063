/** Calendar export: parsed back with ical.js, as calendar apps read it. */
import { describe, expect, it } from 'vitest';
import { clientKeyOf, programmeToIcs, type ProgrammeToIcsOptions } from '../../../src/backend/exports/ics';
import { allSessions, exampleProgramme, parseCalendar } from './export-helpers';

const programme = exampleProgramme('achilles-walk-run-10k.json', 'en');
const unlocked = allSessions(programme).filter((session) => !session.locked);
const locked = allSessions(programme).filter((session) => session.locked);
const key = clientKeyOf('client', '1', '2026-11-27T10:00:00.000Z');

function options(extra: Partial<ProgrammeToIcsOptions> = {}): ProgrammeToIcsOptions {
  return {
    programme,
    clientKey: key,
    clientName: 'Anna Example',
    locale: 'en',
    preferredTime: null,
    clinicName: 'Physio Mitte',
    generatedAt: new Date('2026-11-27T10:00:00Z'),
    ...extra,
  };
}

const sessionById = new Map(unlocked.map((session) => [session.id, session]));
const idOfUid = (uid: string): string => uid.slice(0, uid.indexOf('.'));

describe('programmeToIcs', () => {
  it('writes one event per unlocked session and none for locked ones', () => {
    expect(unlocked.length).toBeGreaterThan(10);
    expect(locked.length).toBeGreaterThan(0);
    const { events, calendar } = parseCalendar(programmeToIcs(options()));
    expect(events).toHaveLength(unlocked.length);
    expect(events.map((event) => idOfUid(event.uid)).sort()).toEqual(unlocked.map((s) => s.id).sort());
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Return to running – Anna Example (Physio Mitte)',
    );
  });

  it('writes all-day events on the session dates without a preferred time', () => {
    const { events } = parseCalendar(programmeToIcs(options()));
    for (const event of events) {
      const session = sessionById.get(idOfUid(event.uid));
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(session?.date);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect(event.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    }
  });

  it('starts at the preferred floating local time and lasts the session minutes', () => {
    const { events } = parseCalendar(programmeToIcs(options({ preferredTime: '07:30' })));
    const byDate = new Map<string, typeof events>();
    for (const event of events) {
      const session = sessionById.get(idOfUid(event.uid));
      expect(event.startDate.isDate).toBe(false);
      expect(event.startDate.zone?.tzid).toBe('floating');
      expect(event.duration.toSeconds()).toBe(Math.round((session?.durationMinutes ?? 0) * 60));
      const date = session?.date ?? '';
      byDate.set(date, [...(byDate.get(date) ?? []), event]);
    }
    for (const [date, sameDay] of byDate) {
      // The day's first session at 07:30; a second one (strength after the run) right after it.
      expect(sameDay[0]?.startDate.toString()).toBe(`${date}T07:30:00`);
      for (let i = 1; i < sameDay.length; i++) {
        expect(sameDay[i]?.startDate.compare(sameDay[i - 1]!.endDate)).toBeGreaterThanOrEqual(0);
      }
    }
    expect([...byDate.values()].some((sameDay) => sameDay.length > 1)).toBe(true);
  });

  it('pins the time in a named zone, across daylight saving time', () => {
    const { events } = parseCalendar(
      programmeToIcs(options({ preferredTime: '07:30', timeZone: 'Europe/Berlin' })),
    );
    const first = (date: string) =>
      events
        .filter((event) => event.startDate.toString().startsWith(date))
        .map((event) => event.startDate)[0];
    const winter = unlocked.find((session) => session.date.startsWith('2026-12'));
    const summer = unlocked.find((session) => session.date >= '2027-04-01');
    expect(winter && summer).toBeTruthy();
    expect(first(winter!.date)?.toString()).toBe(`${winter!.date}T06:30:00Z`);
    expect(first(summer!.date)?.toString()).toBe(`${summer!.date}T05:30:00Z`);
  });

  it('puts the title in SUMMARY and the full text in DESCRIPTION', () => {
    const { events } = parseCalendar(programmeToIcs(options()));
    for (const event of events) {
      const session = sessionById.get(idOfUid(event.uid))!;
      expect(event.summary).toBe(session.title);
      expect(event.description).toContain(session.effort.talkTest);
      expect(event.description).toContain(`RPE ${session.effort.rpeMin}`);
      expect(event.description).toContain(programme.painGuide.text);
      expect(event.description).toContain(`above ${programme.painGuide.duringMax}/10`);
      for (const explanation of session.explain) expect(event.description).toContain(explanation.text);
      expect(event.description).toContain('Planned with Physio Mitte');
    }
    const walkRun = events.find((event) => event.uid.startsWith('w1-') && event.uid.includes('walk_run'));
    const session = sessionById.get(idOfUid(walkRun!.uid))!;
    expect(walkRun!.description).toContain(`${session.durationMinutes} min`);
    expect(walkRun!.description).toContain('1. Warm-up: brisk walk 5 min');
    expect(walkRun!.description).toMatch(/2\. \d+ times: Run easy \d+ min( \d+ s)?, Walk \d+ min/);
    expect(walkRun!.description).toContain('3. Cool-down: easy walk 5 min');
  });

  it('keeps UIDs across exports, unique within one, and raises SEQUENCE with the export time', () => {
    const first = parseCalendar(programmeToIcs(options())).events;
    const later = parseCalendar(
      programmeToIcs(options({ generatedAt: new Date('2026-12-03T08:00:00Z'), preferredTime: '18:00' })),
    ).events;
    const uids = first.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(later.map((event) => event.uid)).toEqual(uids);
    expect(uids[0]).toMatch(/^w\d+-[a-z]{3}-[a-z_]+\.[0-9a-f]{16}@restride\.app$/);
    expect(later[0]!.sequence).toBeGreaterThan(first[0]!.sequence);
    expect(first[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-27T10:00:00Z');

    const other = parseCalendar(programmeToIcs(options({ clientKey: clientKeyOf('client', '2', 'x') })));
    expect(other.events.some((event) => uids.includes(event.uid))).toBe(false);
  });

  it('is deterministic and writes CRLF lines', () => {
    const text = programmeToIcs(options({ preferredTime: '07:30' }));
    expect(programmeToIcs(options({ preferredTime: '07:30' }))).toBe(text);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(text).not.toContain('Anna Example@');
  });

  it('speaks German for locale de', () => {
    const german = exampleProgramme('achilles-walk-run-10k.json', 'de');
    const { events, calendar } = parseCalendar(
      programmeToIcs(options({ programme: german, locale: 'de', preferredTime: '07:30' })),
    );
    const walkRun = events.find((event) => event.uid.includes('walk_run'))!;
    expect(walkRun.summary).toMatch(/^Geh-Lauf, Stufe/);
    expect(walkRun.description).toContain('Anstrengung: RPE');
    expect(walkRun.description).toContain('Ablauf:');
    expect(walkRun.description).toContain('1. Aufwärmen: zügig gehen 5 Min.');
    expect(walkRun.description).toContain(`Schmerzregel: ${german.painGuide.text}`);
    expect(walkRun.description).toContain('Geplant mit Physio Mitte');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Zurück zum Laufen – Anna Example (Physio Mitte)',
    );
  });

  it('exports only the unlocked sessions of a programme awaiting clearance', () => {
    const waiting = exampleProgramme('bsi-not-cleared.json');
    const open = allSessions(waiting).filter((session) => !session.locked);
    const { events } = parseCalendar(programmeToIcs(options({ programme: waiting })));
    expect(events).toHaveLength(open.length);
    expect(events.every((event) => !/walk_run|easy_run/.test(event.uid))).toBe(true);
  });

  it('refuses a malformed time or an unknown zone', () => {
    expect(() => programmeToIcs(options({ preferredTime: '7:30' }))).toThrow(/HH:MM/);
    expect(() => programmeToIcs(options({ preferredTime: '07:30', timeZone: 'Mars/Olympus' }))).toThrow(
      /Unknown time zone/,
    );
  });
});
