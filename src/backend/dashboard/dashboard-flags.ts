import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { DASHBOARD_FLAGS, type DashboardFlag } from '../../contract/dashboard';
import { addDays } from '../../engine/dates';
import type { ClientStatusTable } from '../client-status/client-status.table';
import { MORNING_PAIN_REMIND_DAYS } from '../client-status/morning-pain';

/** Look-back and look-ahead windows of the flags, in days. */
export const RED_WINDOW_DAYS = 7;
export const REVIEW_WINDOW_DAYS = 7;
export const NO_LOG_DAYS = 10;

/** The dates the flags compare with, computed once per request and bound as parameters. */
export interface FlagWindows {
  redSince: string;
  reviewBy: string;
  noLogOnOrBefore: string;
  /** The earliest due date of a next-morning pain reminder still shown today. */
  morningPainSince: string;
}

export function flagWindows(today: string): FlagWindows {
  return {
    redSince: addDays(today, -RED_WINDOW_DAYS),
    reviewBy: addDays(today, REVIEW_WINDOW_DAYS),
    noLogOnOrBefore: addDays(today, -NO_LOG_DAYS),
    morningPainSince: addDays(today, -(MORNING_PAIN_REMIND_DAYS - 1)),
  };
}

/** A client_status column of the caseload queries, which join it as `s` (a left join: all null without a row). */
const s = (column: keyof ClientStatusTable): RawBuilder<unknown> => sql.ref(`s.${column}`);

/** Each flag as a condition on one client's row. */
export type FlagConditions = Readonly<Record<DashboardFlag, Expression<SqlBool>>>;

/**
 * The caseload flags of one day as SQL conditions on the client_status row `s`. The definitions
 * are documented on DASHBOARD_FLAGS in the contract; this is their only implementation, used for
 * the counts, the filter and each row's flags (dashboard and rosters). Local dates (`YYYY-MM-DD`)
 * compare as text. A null fact makes a comparison unknown, which CASE, WHERE and FILTER treat as false.
 * Portable SQL: comparisons, IS NULL, COALESCE.
 */
export function flagConditions(today: string): FlagConditions {
  const windows = flagWindows(today);
  return {
    refer: sql<SqlBool>`(${s('programme_status')} = 'refer' or ${s('last_light')} = 'refer')`,
    red_7d: sql<SqlBool>`${s('last_red_date')} >= ${windows.redSince}`,
    review_due: sql<SqlBool>`${s('review_date')} <= ${windows.reviewBy}`,
    awaiting_clearance: sql<SqlBool>`(${s('clearance_level')} is null or ${s('clearance_level')} = 'not_cleared')`,
    // Before the first log, the programme's start is the day logging was expected from.
    no_log_10d: sql<SqlBool>`(${s('programme_status')} is not null and ${s('programme_status')} <> 'complete'
      and coalesce(${s('last_log_date')}, ${s('programme_start_date')}) <= ${windows.noLogOnOrBefore})`,
    ready_to_advance: sql<SqlBool>`(${s('ready_to_advance')} = 1 and ${s('programme_status')} = 'active')`,
    // The engine's warning as stored at the last computation, or its rule (E39) counted against
    // today: a client who goes quiet after a flare-up is flagged without waiting for a
    // recomputation. Like the engine, not once the client is referred (that is its own flag).
    no_log_since_flare: sql<SqlBool>`(${s('programme_status')} in ('active', 'awaiting_clearance')
      and (${s('no_log_since_flare')} = 1
        or (${s('last_light')} in ('orange', 'red') and ${s('last_log_date')} <= ${windows.noLogOnOrBefore})))`,
    stalled: sql<SqlBool>`${s('stalled')} = 1`,
    criteria_met: sql<SqlBool>`${s('criteria_met')} = 1`,
    // The due date was counted at the last computation with the clinic's re-test interval; the
    // flag itself comes on by date, without waiting for a recomputation.
    retest_due: sql<SqlBool>`${s('retest_due_date')} <= ${today}`,
    // From the day after the session, for a week: the due date was counted at the last write, the
    // flag comes on (and goes off) by date.
    morning_pain_due: sql<SqlBool>`(${s('morning_pain_due_date')} <= ${today}
      and ${s('morning_pain_due_date')} >= ${windows.morningPainSince})`,
  };
}

/** A row's flags as one integer: bit i set when DASHBOARD_FLAGS[i] holds. */
export function flagBits(conditions: FlagConditions): RawBuilder<number> {
  const terms = DASHBOARD_FLAGS.map(
    (flag, bit) => sql`case when ${conditions[flag]} then ${sql.lit(1 << bit)} else 0 end`,
  );
  return sql<number>`(${sql.join(terms, sql` + `)})`;
}

/** The flags of a flagBits value, in DASHBOARD_FLAGS order. */
export function flagsOfBits(bits: number): DashboardFlag[] {
  return DASHBOARD_FLAGS.filter((_, bit) => (bits & (1 << bit)) !== 0);
}
