import type { PainLight, Programme, ProgrammeStatus, SessionLog } from '../../engine/types';

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
}

/**
 * Summarises a freshly generated programme together with the logs in its request. Stored on the
 * programme row, so the caseload dashboard never parses programme JSON or scans the session logs.
 */
export function summariseProgramme(programme: Programme, logs: readonly SessionLog[]): ProgrammeSummary {
  const lightBySession = new Map<string, PainLight | null>();
  for (const entry of programme.history) {
    if (entry.light !== null) lightBySession.set(entry.sessionId, entry.light);
  }
  const ordered = [...logs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lights = ordered.map((log) => ({ date: log.date, light: lightBySession.get(log.sessionId) ?? null }));
  const last = lights.at(-1);
  const reds = lights.filter((entry) => entry.light === 'red' || entry.light === 'refer');
  const lastTwo = lights.slice(-2);
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
  };
}
