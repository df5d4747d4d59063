import type { Kysely } from 'kysely';
import type {
  Dashboard,
  DashboardCounts,
  DashboardFilter,
  DashboardFlag,
  DashboardRow,
} from '../../contract/dashboard';
import { CLEARANCE_LEVELS, INJURY_TYPES, PAIN_LIGHTS, PROGRAMME_STATUSES, SIDES } from '../../engine/types';
import type { Database } from '../db/schema';
import { asOneOfOrNull } from '../mapping';
import { flagsFor, flagWindows, type FlagWindows } from './dashboard-flags';
import { loadCaseload, loadMemberships, type CaseloadRow, type CaseloadScope } from './dashboard.repository';

/** A dashboard row plus what the text search matches. */
export interface CaseloadEntry {
  row: DashboardRow;
  searchText: string;
}

function toDashboardRow(row: CaseloadRow, groups: string[], windows: FlagWindows): DashboardRow {
  const facts = {
    clearanceLevel: row.clearance_level,
    reviewDate: row.review_date,
    programmeStatus: row.programme_status,
    programmeStartDate: row.programme_start_date,
    lastLight: row.last_light,
    lastLogDate: row.last_log_date,
    lastRedDate: row.last_red_date,
    readyToAdvance: row.ready_to_advance === 1,
  };
  return {
    clientId: row.id,
    name: row.name,
    archived: row.archived === 1,
    groups,
    injuryType: asOneOfOrNull(INJURY_TYPES, row.injury_type),
    side: asOneOfOrNull(SIDES, row.injury_side),
    clearanceLevel: asOneOfOrNull(CLEARANCE_LEVELS, row.clearance_level),
    reviewDate: row.review_date,
    programmeStatus: asOneOfOrNull(PROGRAMME_STATUSES, row.programme_status),
    currentStage: row.current_stage,
    lastLight: asOneOfOrNull(PAIN_LIGHTS, row.last_light),
    lastLogDate: row.last_log_date,
    flags: flagsFor(facts, windows),
  };
}

/** Joins the caseload rows with their group names and computes each row's flags. */
export function toCaseloadEntries(
  rows: readonly CaseloadRow[],
  memberships: readonly { client_id: number; name: string }[],
  today: string,
): CaseloadEntry[] {
  const groupsByClient = new Map<number, string[]>();
  for (const { client_id, name } of memberships) {
    const list = groupsByClient.get(client_id);
    if (list) list.push(name);
    else groupsByClient.set(client_id, [name]);
  }
  const windows = flagWindows(today);
  return rows.map((row) => {
    const groups = groupsByClient.get(row.id) ?? [];
    return {
      row: toDashboardRow(row, groups, windows),
      searchText:
        groups.length > 0 ? `${row.search_text}\n${groups.join('\n').toLowerCase()}` : row.search_text,
    };
  });
}

/**
 * The dashboard lines of a scope, flags computed for `today`. The one implementation behind both
 * the caseload dashboard and group rosters. Without `withSearchText`, entries match only ''.
 */
export async function caseloadEntries(
  db: Kysely<Database>,
  scope: CaseloadScope,
  today: string,
  withSearchText: boolean,
): Promise<CaseloadEntry[]> {
  const [rows, memberships] = await Promise.all([
    loadCaseload(db, scope, withSearchText),
    loadMemberships(db, scope),
  ]);
  return toCaseloadEntries(rows, memberships, today);
}

const COUNT_KEYS: Readonly<Record<DashboardFlag, keyof DashboardCounts>> = {
  refer: 'refer',
  red_7d: 'red7d',
  review_due: 'reviewDue',
  awaiting_clearance: 'awaitingClearance',
  no_log_10d: 'noLog10d',
  ready_to_advance: 'readyToAdvance',
};

/** Counts over the whole caseload; rows narrowed to the filter and the search text. */
export function buildDashboard(
  entries: readonly CaseloadEntry[],
  today: string,
  filter: DashboardFilter,
  query: string,
): Dashboard {
  const counts: DashboardCounts = {
    active: entries.length,
    refer: 0,
    red7d: 0,
    reviewDue: 0,
    awaitingClearance: 0,
    noLog10d: 0,
    readyToAdvance: 0,
  };
  for (const { row } of entries) for (const flag of row.flags) counts[COUNT_KEYS[flag]] += 1;
  const needle = query.toLowerCase();
  const rows = entries
    .filter(({ row, searchText }) => {
      if (filter !== 'all' && !row.flags.includes(filter)) return false;
      return needle === '' || searchText.includes(needle);
    })
    .map(({ row }) => row);
  return { today, counts, rows };
}
