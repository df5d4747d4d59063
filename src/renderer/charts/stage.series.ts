import type { IsoDate, Programme } from '../../engine/types';

export interface StagePoint {
  date: string;
  stage: number;
}

/**
 * The walk-run stage over time: the stage of every session the engine made a decision about
 * (from `history`), in date order, then where the client stands `today` (the stage of the next
 * walk-run session still to do, lower after a step back). The line ends today: what is planned
 * later is the programme's, not progress. Sessions without a stage (easy runs, strength) are skipped.
 */
export function stageSeries(programme: Programme, today: IsoDate): StagePoint[] {
  const stageById = new Map<string, number>();
  for (const week of programme.weeks) {
    for (const session of week.sessions) {
      if (session.kind === 'walk_run' && session.stage !== null) stageById.set(session.id, session.stage);
    }
  }
  const points: StagePoint[] = [];
  for (const entry of programme.history) {
    const stage = stageById.get(entry.sessionId);
    if (stage !== undefined && entry.date <= today) points.push({ date: entry.date, stage });
  }
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const next = programme.weeks
    .flatMap((week) => week.sessions)
    .find(
      (session) =>
        session.kind === 'walk_run' &&
        session.status === 'planned' &&
        !session.locked &&
        session.stage !== null,
    );
  const last = points[points.length - 1];
  if (last && next?.stage != null && today > last.date) points.push({ date: today, stage: next.stage });
  return points;
}
