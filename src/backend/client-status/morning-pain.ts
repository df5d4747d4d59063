import { addDays } from '../../engine/dates';
import { morningPainUnknown } from '../sessions/session-log.mapping';
import type { SessionLogRow } from '../sessions/session-log.table';

/**
 * For how many days, from the day after a session, the caseload reminds the clinician to ask for
 * the next-morning pain (`morning_pain_due`). A week later it is no longer remembered reliably.
 */
export const MORNING_PAIN_REMIND_DAYS = 7;

/**
 * The day after the earliest log whose next-morning pain is still unknown, among the logs still
 * within the reminder's days on `today`; null when there is none.
 */
export function morningPainDueDate(rows: readonly SessionLogRow[], today: string): string | null {
  const since = addDays(today, -MORNING_PAIN_REMIND_DAYS);
  const waiting = rows.filter((row) => row.date >= since && row.date <= today && morningPainUnknown(row));
  const earliest = waiting.reduce<string | null>(
    (first, row) => (first === null || row.date < first ? row.date : first),
    null,
  );
  return earliest === null ? null : addDays(earliest, 1);
}
