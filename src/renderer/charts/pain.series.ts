import type { SessionLog } from '../../engine/types';

export interface PainPoint {
  date: string;
  during: number | null;
  nextMorning: number | null;
}

/** Pain during the session and the next morning, by session date (oldest first). */
export function painSeries(logs: readonly SessionLog[]): PainPoint[] {
  return [...logs]
    .filter((log) => log.painDuring !== null || log.painNextMorning !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((log) => ({ date: log.date, during: log.painDuring, nextMorning: log.painNextMorning }));
}
