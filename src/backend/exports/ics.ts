/**
 * A programme as an RFC 5545 calendar (.ics): one event per session the client may do now.
 *
 * Re-exporting must update the events a client imported before, not add a second copy: every UID
 * is the session id (stable across regenerations, plan-engine.md) plus a non-identifying key of
 * the client, and SEQUENCE grows with the export time so calendar apps take the newer version.
 */
import { createHash } from 'node:crypto';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays } from '../../engine';
import type { Locale, Programme, Session } from '../../engine/types';
import { exportTexts, fill } from './i18n';
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

function dateArray(isoDate: string): DateArray {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return [year, month, day];
}

/**
 * A floating local date-time as RFC 5545 writes it (no Z, no TZID): 20261201T073000. Written as
 * text because the library would route a date array through a JS Date in the host's zone, which
 * moves a time skipped by a DST change and makes the output depend on the machine.
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

/** The calendar's events and header, for `createEvents`. Throws on an invalid time or zone. */
function buildEvents(options: ProgrammeToIcsOptions): EventAttributes[] {
  const { preferredTime, timeZone, generatedAt, locale } = options;
  if (preferredTime !== null && !TIME.test(preferredTime)) {
    throw new RangeError(`preferredTime must be HH:MM, got "${preferredTime}"`);
  }
  if (timeZone !== undefined && !isKnownTimeZone(timeZone)) {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
  const stamp = generatedAt.getTime();
  const sequence = Math.max(0, Math.floor((stamp - SEQUENCE_EPOCH) / 60_000));

  const sessions = calendarSessions(options.programme);
  const offsets = startOffsets(sessions);
  return sessions.map((session, index) => {
    // `timestamp` (DTSTAMP) is accepted by the library but missing from its types; without it the
    // library would stamp the wall clock and two exports of the same moment would differ.
    const common = {
      uid: sessionUid(session.id, options.clientKey),
      title: sessionTitle(session, locale),
      description: describeSession(session, {
        painGuide: options.programme.painGuide,
        locale,
        clinicName: options.clinicName,
      }),
      categories: ['ReStride'],
      status: 'CONFIRMED' as const,
      sequence,
      timestamp: stamp,
      lastModified: stamp,
    };
    if (preferredTime === null) {
      const event: EventAttributes & { timestamp: number } = {
        ...common,
        start: dateArray(session.date),
        end: dateArray(addDays(session.date, 1)),
        // An all-day session should not block the client's whole day.
        transp: 'TRANSPARENT',
        busyStatus: 'FREE',
      };
      return event;
    }
    // At least a minute: a zero duration would write an invalid "PT".
    const seconds = Math.max(60, Math.round(session.durationMinutes * 60));
    const duration = {
      hours: Math.floor(seconds / 3600),
      minutes: Math.floor((seconds % 3600) / 60),
      seconds: seconds % 60,
    };
    const at = shiftedStart(session.date, preferredTime, offsets[index] ?? 0);
    const start =
      timeZone === undefined
        ? floatingDateTime(at.date, at.time)
        : zonedTimeToUtc(at.date, at.time, timeZone).getTime();
    const event: EventAttributes & { timestamp: number } = {
      ...common,
      start,
      startOutputType: 'utc',
      duration,
      transp: 'OPAQUE',
      busyStatus: 'BUSY',
    };
    return event;
  });
}

/**
 * The programme's unlocked sessions as an iCalendar file (UTF-8 text, CRLF lines). Pure: the same
 * options give the same bytes.
 */
export function programmeToIcs(options: ProgrammeToIcsOptions): string {
  const texts = exportTexts(options.locale);
  const calName = fill(texts.calendarName, { client: options.clientName.trim() });
  const { error, value } = createEvents(buildEvents(options), {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: options.clinicName.trim() === '' ? calName : `${calName} (${options.clinicName.trim()})`,
  });
  if (error || value === null) {
    throw new Error(`The calendar could not be written: ${error?.message ?? 'no output'}`);
  }
  return value;
}
