/**
 * Which planned session a log belongs to. A log is for a date and a kind of session: re-planning
 * (a moved start date, a new clearance, other restrictions) re-attaches it to the session of that
 * day, whatever that session's id has become. A run log attaches to the day's run whatever kind
 * of run it now is. Logs that carry only a generated session id (the first version of the
 * contract) take their kind from it; a session done up to three days late still finds the session
 * its id names. A log no session claims stays in the record and counts for pain lights and red
 * flags (E21).
 */
import type { DayNumber } from './dates';
import { toDay } from './dates';
import type { LogFamily, SessionKind, SessionLog } from './types';
export type { LogFamily } from './types';
import { RUNNING_KINDS, SESSION_KINDS } from './types';

/** A session done this many days after the date its id names still belongs to it. */
export const LATE_LOG_DAYS = 3;

export function familyOf(kind: SessionKind): LogFamily {
  if ((RUNNING_KINDS as readonly string[]).includes(kind)) return 'run';
  return kind as Exclude<SessionKind, (typeof RUNNING_KINDS)[number]>;
}

/** The session kind a generated id names (`w3-fri-walk_run` → walk_run), or null. */
export function kindFromId(id: string): SessionKind | null {
  const match = /^w\d+-(?:mon|tue|wed|thu|fri|sat|sun)-([a-z_]+)$/.exec(id);
  const kind = match?.[1];
  return kind && (SESSION_KINDS as readonly string[]).includes(kind) ? (kind as SessionKind) : null;
}

export interface IndexedLog {
  /** Position in the request's logs (stable across forks of the planner's state). */
  index: number;
  log: SessionLog;
  day: DayNumber;
  family: LogFamily | null;
}

export interface LogIndex {
  all: readonly IndexedLog[];
  byDayFamily: ReadonlyMap<string, readonly IndexedLog[]>;
  byId: ReadonlyMap<string, IndexedLog>;
  byDay: ReadonlyMap<DayNumber, readonly IndexedLog[]>;
  /** Each log's position in the request (history entries name the log they read). */
  indexOf: ReadonlyMap<SessionLog, number>;
  /** Days a planned session could claim a log on: a log's own day and the LATE_LOG_DAYS before. */
  claimableDays: ReadonlySet<DayNumber>;
}

const key = (day: DayNumber, family: LogFamily): string => `${day}|${family}`;

export function indexLogs(logs: readonly SessionLog[]): LogIndex {
  const all: IndexedLog[] = logs.map((log, index) => {
    const kind = kindFromId(log.sessionId);
    const family = log.kind ?? (kind === null ? null : familyOf(kind));
    return { index, log, day: toDay(log.date), family };
  });
  const byDayFamily = new Map<string, IndexedLog[]>();
  const byDay = new Map<DayNumber, IndexedLog[]>();
  const byId = new Map<string, IndexedLog>();
  for (const entry of all) {
    byId.set(entry.log.sessionId, entry);
    const onDay = byDay.get(entry.day);
    if (onDay) onDay.push(entry);
    else byDay.set(entry.day, [entry]);
    if (entry.family === null) continue;
    const list = byDayFamily.get(key(entry.day, entry.family));
    if (list) list.push(entry);
    else byDayFamily.set(key(entry.day, entry.family), [entry]);
  }
  const indexOf = new Map(all.map((entry) => [entry.log, entry.index] as const));
  const claimableDays = new Set<DayNumber>();
  for (const entry of all)
    for (let day = entry.day - LATE_LOG_DAYS; day <= entry.day; day++) claimableDays.add(day);
  return { all, byDayFamily, byId, byDay, indexOf, claimableDays };
}

/** The log of a planned session, if one is unclaimed: first by its date and kind, then by its id
 * when the session was done a little late. */
export function findLog(
  index: LogIndex,
  claimed: ReadonlySet<number>,
  day: DayNumber,
  kind: SessionKind,
  id: string,
): IndexedLog | undefined {
  // Most days have no log near them: skip the lookups (and their keys).
  if (!index.claimableDays.has(day)) return undefined;
  const family = familyOf(kind);
  const sameDay = index.byDayFamily.get(key(day, family))?.find((e) => !claimed.has(e.index));
  if (sameDay) return sameDay;
  const late = index.byId.get(id);
  if (
    late &&
    !claimed.has(late.index) &&
    late.family === family &&
    late.day > day &&
    late.day <= day + LATE_LOG_DAYS
  )
    return late;
  return undefined;
}
