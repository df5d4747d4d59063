import type { PainLight, Programme, ProgrammeStatus, SessionLog } from '../../engine/types';
import type { ClientStatusChanges } from '../client-status/client-status.table';

/** What the dashboard needs to know about a programme and the logs it was generated from. */
export interface ProgrammeSummary {
  status: ProgrammeStatus;
  startDate: string;
  currentStage: number | null;
  lastLogDate: string | null;
  lastLight: PainLight | null;
  /** The latest log date with a red or refer light. */
  lastRedDate: string | null;
  /** Active, and the last two logged sessions were both green. */
  readyToAdvance: boolean;
  /** The programme warns `no_log_since_flare` (an orange or red log, then nothing for 10+ days). */
  noLogSinceFlare: boolean;
  /** The programme warns `no_progress` (running load flat for 14+ days although sessions were logged). */
  stalled: boolean;
}

/** The engine's light for each log of the request, by position (null: a log it read no light from). */
export function logLights(programme: Programme, logs: readonly SessionLog[]): (PainLight | null)[] {
  const lights: (PainLight | null)[] = logs.map(() => null);
  for (const entry of programme.history) {
    if (entry.light !== null && entry.logIndex !== undefined) lights[entry.logIndex] = entry.light;
  }
  return lights;
}

/**
 * Summarises a freshly derived programme together with the logs in its request. Stored on the
 * client's status row, so the caseload dashboard never derives programmes or scans the session logs.
 */
export function summariseProgramme(programme: Programme, logs: readonly SessionLog[]): ProgrammeSummary {
  const byLog = logLights(programme, logs);
  const lights = logs
    .map((log, index) => ({ date: log.date, light: byLog[index] ?? null }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = lights.at(-1);
  const reds = lights.filter((entry) => entry.light === 'red' || entry.light === 'refer');
  const lastTwo = lights.slice(-2);
  const warned = new Set(programme.warnings.map((warning) => warning.code));
  return {
    status: programme.status,
    startDate: programme.startDate,
    currentStage: programme.currentStage,
    lastLogDate: last?.date ?? null,
    lastLight: last?.light ?? null,
    lastRedDate: reds.at(-1)?.date ?? null,
    readyToAdvance:
      programme.status === 'active' &&
      lastTwo.length === 2 &&
      lastTwo.every((entry) => entry.light === 'green'),
    noLogSinceFlare: warned.has('no_log_since_flare'),
    stalled: warned.has('no_progress'),
  };
}

/** A summary as the client_status columns that keep it. */
export function toStatusChanges(summary: ProgrammeSummary): ClientStatusChanges {
  return {
    programme_status: summary.status,
    programme_start_date: summary.startDate,
    current_stage: summary.currentStage,
    last_log_date: summary.lastLogDate,
    last_light: summary.lastLight,
    last_red_date: summary.lastRedDate,
    ready_to_advance: summary.readyToAdvance ? 1 : 0,
    no_log_since_flare: summary.noLogSinceFlare ? 1 : 0,
    stalled: summary.stalled ? 1 : 0,
  };
}
