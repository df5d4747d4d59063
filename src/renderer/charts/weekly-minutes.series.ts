import { familyOf } from '../../engine/log-matching';
import type { Programme, Session, SessionLog } from '../../engine/types';

export interface WeeklyMinutesPoint {
  week: number;
  label: string;
  startDate: string;
  endDate: string;
  plannedRun: number;
  plannedWalk: number;
  doneRun: number;
  doneWalk: number;
}

/** The session a log belongs to: the one of its kind on its day (logs belong to dates, not ids). */
function sessionOf(week: Programme['weeks'][number], log: SessionLog): Session | undefined {
  return week.sessions.find(
    (session) => session.date === log.date && (log.kind === undefined || familyOf(session.kind) === log.kind),
  );
}

/**
 * Planned versus done running and walking minutes per week. Planned counts unlocked sessions;
 * done counts completed logs dated in the week (the logged running minutes when given, else the
 * minutes of the session of that day). The weeks end with the last that has minutes planned or
 * done: weeks still locked behind a clearance would only stretch the axis past the bars.
 */
export function weeklyMinutesSeries(programme: Programme, logs: readonly SessionLog[]): WeeklyMinutesPoint[] {
  const points = programme.weeks.map((week) => {
    const point: WeeklyMinutesPoint = {
      week: week.index,
      label: `W${week.index}`,
      startDate: week.startDate,
      endDate: week.endDate,
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
    }
    for (const log of logs) {
      if (!log.completed || log.date < week.startDate || log.date > week.endDate) continue;
      const session = sessionOf(week, log);
      point.doneRun += log.actualRunMinutes ?? session?.runMinutes ?? 0;
      point.doneWalk += session?.walkMinutes ?? 0;
    }
    return point;
  });
  const hasMinutes = (point: WeeklyMinutesPoint): boolean =>
    point.plannedRun + point.plannedWalk + point.doneRun + point.doneWalk > 0;
  let end = points.length;
  while (end > 1 && !hasMinutes(points[end - 1]!)) end -= 1;
  return points.slice(0, end);
}
