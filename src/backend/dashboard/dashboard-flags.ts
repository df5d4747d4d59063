import type { DashboardFlag } from '../../contract/dashboard';
import { addDays } from '../../engine/dates';

/** The stored facts a client's flags are computed from. */
export interface FlagFacts {
  clearanceLevel: string | null;
  reviewDate: string | null;
  programmeStatus: string | null;
  programmeStartDate: string | null;
  lastLight: string | null;
  lastLogDate: string | null;
  lastRedDate: string | null;
  readyToAdvance: boolean;
}

/** Look-back and look-ahead windows of the flags, in days. */
export const RED_WINDOW_DAYS = 7;
export const REVIEW_WINDOW_DAYS = 7;
export const NO_LOG_DAYS = 10;

/** The dates the flags compare with, computed once per request rather than once per client. */
export interface FlagWindows {
  redSince: string;
  reviewBy: string;
  noLogOnOrBefore: string;
}

export function flagWindows(today: string): FlagWindows {
  return {
    redSince: addDays(today, -RED_WINDOW_DAYS),
    reviewBy: addDays(today, REVIEW_WINDOW_DAYS),
    noLogOnOrBefore: addDays(today, -NO_LOG_DAYS),
  };
}

/**
 * A client's caseload flags for the windows of one day (flagWindows(today)). The definitions are
 * documented on DASHBOARD_FLAGS in the contract; this is their only implementation (dashboard and
 * rosters). Local dates compare as text.
 */
export function flagsFor(facts: FlagFacts, windows: FlagWindows): DashboardFlag[] {
  const flags: DashboardFlag[] = [];
  if (facts.programmeStatus === 'refer' || facts.lastLight === 'refer') flags.push('refer');
  if (facts.lastRedDate !== null && facts.lastRedDate >= windows.redSince) flags.push('red_7d');
  if (facts.reviewDate !== null && facts.reviewDate <= windows.reviewBy) flags.push('review_due');
  if (facts.clearanceLevel === null || facts.clearanceLevel === 'not_cleared')
    flags.push('awaiting_clearance');
  if (facts.programmeStatus !== null && facts.programmeStatus !== 'complete') {
    // Before the first log, the programme's start is the day logging was expected from.
    const since = facts.lastLogDate ?? facts.programmeStartDate;
    if (since !== null && since <= windows.noLogOnOrBefore) flags.push('no_log_10d');
  }
  if (facts.readyToAdvance && facts.programmeStatus === 'active') flags.push('ready_to_advance');
  return flags;
}
