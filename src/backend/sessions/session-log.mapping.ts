import {
  LOG_OUTCOMES,
  type LogOutcome,
  type SessionLogInput,
  type StoredSessionLog,
} from '../../contract/sessions';
import { isMissedReport } from '../../engine/context';
import { LOG_FAMILIES, PAIN_LIGHTS, type LogFamily, type RedFlag, type SessionLog } from '../../engine/types';
import { familyOf, kindFromId } from '../../engine/log-matching';
import { asOneOf, asOneOfOrNull, toFlag } from '../mapping';
import type { NewSessionLogRow, SessionLogRow } from './session-log.table';

const fromNullableFlag = (value: number | null): boolean | null => (value === null ? null : value === 1);
const toNullableFlag = (value: boolean | null | undefined): number | null =>
  value === null || value === undefined ? null : toFlag(value);

/** A stored log back in the engine's SessionLog shape (what the PlanRequest carries). */
export function toSessionLog(row: SessionLogRow): SessionLog {
  const log: SessionLog = {
    sessionId: row.session_id,
    date: row.date,
    kind: asOneOf(LOG_FAMILIES, row.kind, 'run'),
    completed: row.completed === 1,
    actualRunMinutes: row.actual_run_minutes,
    rpe: row.rpe,
    painDuring: row.pain_during,
    painAfter: row.pain_after,
    painNextMorning: row.pain_next_morning,
    painBuiltDuringRun: row.pain_built_during_run === 1,
    warmupPainCleared: fromNullableFlag(row.warmup_pain_cleared),
    swelling: row.swelling === 1,
    limp: row.limp === 1,
    redFlags: JSON.parse(row.red_flags) as RedFlag[],
    note: row.note,
  };
  // Optional extension: only present when it was given, so requests stay as the client sent them.
  if (row.settled_within_72h !== null) log.settledWithin72h = row.settled_within_72h === 1;
  return log;
}

/** A log's outcome as recorded, or for older logs as `completed` and the report say. */
export function outcomeOf(row: SessionLogRow, log: SessionLog = toSessionLog(row)): LogOutcome {
  const recorded = LOG_OUTCOMES.find((outcome) => outcome === row.outcome);
  if (recorded) return recorded;
  if (log.completed) return 'done';
  return isMissedReport(log) ? 'not_done' : 'partly';
}

/**
 * Whether the log still waits for its next-morning pain: the session was done, fully or partly,
 * and the pain the next morning is not known yet (null).
 */
export function morningPainUnknown(row: SessionLogRow): boolean {
  return row.pain_next_morning === null && outcomeOf(row) !== 'not_done';
}

export function toStoredSessionLog(row: SessionLogRow): StoredSessionLog {
  const log = toSessionLog(row);
  // Added to the fresh log, not spread into a new literal: V8 copies `{ ...log, more }` on a slow
  // path here, which made listing a client's 45 logs take 0.3 ms instead of 15 µs.
  return Object.assign(log, {
    outcome: outcomeOf(row, log),
    setsDone: row.sets_done,
    minutesDone: row.minutes_done,
    id: row.id,
    clientId: row.client_id,
    light: asOneOfOrNull(PAIN_LIGHTS, row.light),
    createdAt: row.created_at,
  });
}

/** What a log is for on its day: as it says, or as the session it was logged against names. */
export function logFamilyOf(log: Pick<SessionLog, 'kind' | 'sessionId'>): LogFamily {
  if (log.kind) return log.kind;
  const kind = kindFromId(log.sessionId);
  return kind === null ? 'run' : familyOf(kind);
}

export function toSessionLogRow(clientId: number, log: SessionLogInput, now: string): NewSessionLogRow {
  return {
    client_id: clientId,
    session_id: log.sessionId,
    date: log.date,
    kind: logFamilyOf(log),
    completed: toFlag(log.completed),
    actual_run_minutes: log.actualRunMinutes,
    rpe: log.rpe,
    pain_during: log.painDuring,
    pain_after: log.painAfter,
    pain_next_morning: log.painNextMorning,
    pain_built_during_run: toFlag(log.painBuiltDuringRun),
    warmup_pain_cleared: toNullableFlag(log.warmupPainCleared),
    swelling: toFlag(log.swelling),
    limp: toFlag(log.limp),
    red_flags: JSON.stringify(log.redFlags),
    settled_within_72h: toNullableFlag(log.settledWithin72h),
    note: log.note,
    outcome: log.outcome ?? null,
    sets_done: log.setsDone ?? null,
    minutes_done: log.minutesDone ?? null,
    light: null,
    created_at: now,
    updated_at: now,
  };
}
