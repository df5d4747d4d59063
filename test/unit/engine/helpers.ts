/** Helpers for reading programmes in tests. */
import { addDays, diffDays, REQUIRED_CLEARANCE, RUNNING_KINDS, toDay } from '../../../src/engine';
import type { PlanRequest, Programme, Restriction, Session } from '../../../src/engine';

export const allSessions = (p: Programme): Session[] => p.weeks.flatMap((w) => w.sessions);

export const isRunning = (s: Session): boolean => (RUNNING_KINDS as readonly string[]).includes(s.kind);

export const runningSessions = (p: Programme): Session[] => allSessions(p).filter(isRunning);

/** Restrictions from notes in force on a date (note date ≤ date ≤ until). */
export function notesInForce(request: PlanRequest, date: string): Restriction[] {
  return request.notes.flatMap((note) =>
    note.date <= date ? note.restrictions.filter((r) => !r.until || date <= r.until) : [],
  );
}

export function numericLimit(request: PlanRequest, date: string, code: Restriction['code']): number {
  const values = notesInForce(request, date)
    .filter((r) => r.code === code && typeof r.value === 'number')
    .map((r) => r.value as number);
  return values.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...values);
}

export function hasFlag(request: PlanRequest, date: string, code: Restriction['code']): boolean {
  return notesInForce(request, date).some((r) => r.code === code);
}

export const gapDays = (a: string, b: string): number => Math.abs(diffDays(a, b));

export { addDays, REQUIRED_CLEARANCE, toDay };
