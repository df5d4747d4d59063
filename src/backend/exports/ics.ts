/**
 * A programme as an RFC 5545 calendar (.ics): one event per session the client may do now.
 *
 * Re-exporting must update the events a client imported before, not add a second copy: every UID
 * is the session id (stable across regenerations, plan-engine.md) plus a non-identifying key of
 * the client, and SEQUENCE grows with the export time so calendar apps take the newer version.
 *
 * Written line by line (ics-text.ts): every TEXT value escaped, every line folded at 75 octets.
 */
import { createHash } from 'node:crypto';
import { addDays } from '../../engine';
import type { Locale, Programme, Session } from '../../engine/types';
import { exportTexts, fill } from './i18n';
import { contentLine, textLine } from './ics-text';
import { describeSession, sessionTitle } from './session-text';
import { isKnownTimeZone, zonedTimeToUtc } from './zoned-time';

export interface ProgrammeToIcsOptions {
  programme: Programme;
  /**
   * A stable key for the client (see `clientKeyOf`): part of every UID, so two clients' calendars
   * never collide and one client's re-export replaces the earlier events.
   */
  clientKey: string;
  clientName: string;
  locale: Locale;
  /**
   * 'HH:MM' local start of each day's first session (later ones that day follow it), or null for
   * all-day events.
   */
  preferredTime: string | null;
  /**
   * An IANA zone (e.g. 'Europe/Berlin') pins the preferred time to that zone (written as UTC).
   * Without it the time is floating: 07:30 wherever the client's calendar is.
   */
  timeZone?: string;
  /** Calendar and footer name; empty leaves it out. */
  clinicName: string;
  /** When the export is made: DTSTAMP, LAST-MODIFIED and SEQUENCE come from it, nothing else. */
  generatedAt: Date;
  /**
   * 'YYYY-MM-DD': sessions dated before it are left out (callers pass today, so a calendar does not
   * fill with past, "missed" sessions). Absent: every unlocked session.
   */
  from?: string;
}

/** The calendar text and the number of events in it. */
export interface IcsCalendar {
  content: string;
  eventCount: number;
}

const UID_DOMAIN = 'restride.app';
const PRODUCT_ID = '-//ReStride//Calendar export 1.0//EN';
/** SEQUENCE counts minutes from here, so a later export always carries a higher number. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A short, stable, non-identifying key from whatever identifies a client (database id and creation
 * time in the app; name and birth date in the CLI). Hashed so a UID never carries a name.
 */
export function clientKeyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** The UID of one session's event. */
export function sessionUid(sessionId: string, clientKey: string): string {
  return `${sessionId}.${clientKey}@${UID_DOMAIN}`;
}

/** The sessions a calendar shows: locked ones are not the client's to do yet. */
export function calendarSessions(programme: Programme): Session[] {
  return programme.weeks.flatMap((week) => week.sessions.filter((session) => !session.locked));
}

/**
 * A floating local date-time as RFC 5545 writes it (no Z, no TZID): 20261201T073000. Built as text,
 * never through a JS Date in the host's zone, which would move a time skipped by a DST change and
 * make the output depend on the machine.
 */
function floatingDateTime(isoDate: string, time: string): string {
  return `${isoDate.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

/** The local date and 'HH:MM' `offsetMinutes` after `time` on `isoDate` (may roll into the next day). */
function shiftedStart(isoDate: string, time: string, offsetMinutes: number): { date: string; time: string } {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const total = hour * 60 + minute + offsetMinutes;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const inDay = total % 1440;
  return {
    date: addDays(isoDate, Math.floor(total / 1440)),
    time: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`,
  };
}

/**
 * Minutes after the preferred time at which each session starts: sessions sharing a day (a run,
 * then its strength work) follow one another in the programme's order instead of overlapping.
 */
function startOffsets(sessions: readonly Session[]): number[] {
  const nextFree = new Map<string, number>();
  return sessions.map((session) => {
    const offset = nextFree.get(session.date) ?? 0;
    nextFree.set(session.date, offset + Math.max(1, Math.ceil(session.durationMinutes)));
    return offset;
  });
}

/** A UTC instant as RFC 5545 writes it: 20261127T100000Z. */
function utcDateTime(instant: Date | number): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A date as RFC 5545 writes it: 20261201. */
function basicDate(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

/** A positive duration of whole seconds: PT1H5M, PT45M, PT2M30S. */
function durationOf(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
}

/** The sessions this export writes: unlocked, and from `options.from` on when given. */
function exportedSessions(options: ProgrammeToIcsOptions): Session[] {
  const { from } = options;
  const sessions = calendarSessions(options.programme);
  return from === undefined ? sessions : sessions.filter((session) => session.date >= from);
}

/** Each event's VEVENT block. Throws on an invalid time or zone. */
function buildEvents(options: ProgrammeToIcsOptions): string[] {
  const { preferredTime, timeZone, generatedAt, locale } = options;
  if (preferredTime !== null && !TIME.test(preferredTime)) {
    throw new RangeError(`preferredTime must be HH:MM, got "${preferredTime}"`);
  }
  if (timeZone !== undefined && !isKnownTimeZone(timeZone)) {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
  if (options.from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.from)) {
    throw new RangeError(`from must be YYYY-MM-DD, got "${options.from}"`);
  }
  const stamp = utcDateTime(generatedAt);
  const sequence = Math.max(0, Math.floor((generatedAt.getTime() - SEQUENCE_EPOCH) / 60_000));

  const sessions = exportedSessions(options);
  // Offsets over the day's sessions that are written: a day is either all in or all out.
  const offsets = startOffsets(sessions);
  return sessions.map((session, index) => {
    let when: string;
    let busy: string;
    if (preferredTime === null) {
      // An all-day session should not block the client's whole day.
      when =
        contentLine('DTSTART;VALUE=DATE', basicDate(session.date)) +
        contentLine('DTEND;VALUE=DATE', basicDate(addDays(session.date, 1)));
      busy = contentLine('X-MICROSOFT-CDO-BUSYSTATUS', 'FREE') + contentLine('TRANSP', 'TRANSPARENT');
    } else {
      const at = shiftedStart(session.date, preferredTime, offsets[index] ?? 0);
      // A floating time has no Z and no TZID; a zone's time is written in UTC.
      const start =
        timeZone === undefined
          ? floatingDateTime(at.date, at.time)
          : utcDateTime(zonedTimeToUtc(at.date, at.time, timeZone));
      when = contentLine('DTSTART', start);
      busy = contentLine('X-MICROSOFT-CDO-BUSYSTATUS', 'BUSY') + contentLine('TRANSP', 'OPAQUE');
    }
    const description = describeSession(session, {
      painGuide: options.programme.painGuide,
      locale,
      clinicName: options.clinicName,
    });
    // At least a minute: a zero duration would write an invalid "PT".
    const seconds = Math.max(60, Math.round(session.durationMinutes * 60));
    return [
      'BEGIN:VEVENT\r\n',
      textLine('UID', sessionUid(session.id, options.clientKey)),
      textLine('SUMMARY', sessionTitle(session, locale)),
      contentLine('DTSTAMP', stamp),
      when,
      contentLine('SEQUENCE', String(sequence)),
      textLine('DESCRIPTION', description),
      contentLine('STATUS', 'CONFIRMED'),
      textLine('CATEGORIES', 'ReStride'),
      busy,
      contentLine('LAST-MODIFIED', stamp),
      preferredTime === null ? '' : contentLine('DURATION', durationOf(seconds)),
      'END:VEVENT\r\n',
    ].join('');
  });
}

/**
 * The programme's unlocked sessions (from `options.from` on) as an iCalendar file (UTF-8 text,
 * CRLF lines), with the number of events written. Pure: the same options give the same bytes.
 */
export function programmeToCalendar(options: ProgrammeToIcsOptions): IcsCalendar {
  const texts = exportTexts(options.locale);
  const calName = fill(texts.calendarName, { client: options.clientName.trim() });
  const clinic = options.clinicName.trim();
  const events = buildEvents(options);
  const content = [
    'BEGIN:VCALENDAR\r\n',
    contentLine('VERSION', '2.0'),
    contentLine('CALSCALE', 'GREGORIAN'),
    textLine('PRODID', PRODUCT_ID),
    contentLine('METHOD', 'PUBLISH'),
    textLine('X-WR-CALNAME', clinic === '' ? calName : `${calName} (${clinic})`),
    contentLine('X-PUBLISHED-TTL', 'PT1H'),
    ...events,
    'END:VCALENDAR\r\n',
  ].join('');
  return { content, eventCount: events.length };
}

/** The calendar text alone (see `programmeToCalendar`). */
export function programmeToIcs(options: ProgrammeToIcsOptions): string {
  return programmeToCalendar(options).content;
}
