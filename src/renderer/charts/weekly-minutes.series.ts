import type { Programme, SessionLog } from '../../engine/types';

export interface WeeklyMinutesPoint {
  week: number;
  label: string;
  plannedRun: number;
  plannedWalk: number;
  doneRun: number;
  doneWalk: number;
}

/**
 * Planned versus done running and walking minutes per week. Planned counts unlocked sessions;
 * done counts completed logs (the logged running minutes when given, else the session's).
 */
export function weeklyMinutesSeries(programme: Programme, logs: readonly SessionLog[]): WeeklyMinutesPoint[] {
  const logById = new Map(logs.map((log) => [log.sessionId, log]));
  return programme.weeks.map((week) => {
    const point: WeeklyMinutesPoint = {
      week: week.index,
      label: `W${week.index}`,
      plannedRun: 0,
      plannedWalk: 0,
      doneRun: 0,
      doneWalk: 0,
    };
    for (const session of week.sessions) {
      if (!session.locked) {
        point.plannedRun += session.runMinutes;
        point.plannedWalk += session.walkMinutes;
      }
      const log = logById.get(session.id);
      if (log?.completed) {
        point.doneRun += log.actualRunMinutes ?? session.runMinutes;
        point.doneWalk += session.walkMinutes;
      }
    }
    return point;
  });
}
