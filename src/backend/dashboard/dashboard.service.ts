import type { Kysely } from 'kysely';
import type { Dashboard, DashboardCounts, DashboardFilter, DashboardRow } from '../../contract/dashboard';
import { CLEARANCE_LEVELS, INJURY_TYPES, PAIN_LIGHTS, PROGRAMME_STATUSES, SIDES } from '../../engine/types';
import type { Database } from '../db/schema';
import { asOneOfOrNull } from '../mapping';
import { flagConditions, flagsOfBits } from './dashboard-flags';
import {
  caseloadCountsQuery,
  caseloadRowsQuery,
  EVERYONE,
  groupsNamed,
  membershipsQuery,
  type CaseloadCountsRow,
  type CaseloadMatch,
  type CaseloadRow,
  type MembershipRow,
} from './dashboard.repository';

/** What the dashboard lists: a filter, a search and a page. */
export interface DashboardRequest {
  filter: DashboardFilter;
  query: string;
  limit: number;
  offset: number;
}

function toDashboardRow(row: CaseloadRow, groups: string[]): DashboardRow {
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
    flags: flagsOfBits(Number(row.flag_bits)),
  };
}

/** Rows → DTOs, each with its group names (memberships of these rows, groups by name). */
export function toDashboardRows(
  rows: readonly CaseloadRow[],
  memberships: readonly MembershipRow[],
): DashboardRow[] {
  const groupsByClient = new Map<number, string[]>();
  for (const { client_id, name } of memberships) {
    const list = groupsByClient.get(client_id);
    if (list) list.push(name);
    else groupsByClient.set(client_id, [name]);
  }
  return rows.map((row) => toDashboardRow(row, groupsByClient.get(row.id) ?? []));
}

/** The answer of dashboard.get from its counts row, its page of rows and their memberships. */
export function toDashboard(
  today: string,
  filter: DashboardFilter,
  counted: CaseloadCountsRow,
  rows: readonly CaseloadRow[],
  memberships: readonly MembershipRow[],
): Dashboard {
  // Drivers may hand back counts as bigint or text (PostgreSQL's count is a bigint).
  const count = (value: number | string | bigint): number => Number(value);
  const counts: DashboardCounts = {
    active: count(counted.active),
    refer: count(counted.refer),
    red7d: count(counted.red_7d),
    reviewDue: count(counted.review_due),
    awaitingClearance: count(counted.awaiting_clearance),
    noLog10d: count(counted.no_log_10d),
    readyToAdvance: count(counted.ready_to_advance),
    noLogSinceFlare: count(counted.no_log_since_flare),
    stalled: count(counted.stalled),
  };
  const total =
    counted.matching !== null
      ? count(counted.matching)
      : filter === 'all'
        ? counts.active
        : count(counted[filter]);
  return { today, counts, total, rows: toDashboardRows(rows, memberships) };
}

/** The lower-cased search text and the groups it names (group names are searched too). */
export async function caseloadMatch(
  db: Kysely<Database>,
  filter: DashboardFilter,
  query: string,
): Promise<CaseloadMatch> {
  const needle = query.toLowerCase();
  return { filter, needle, groupIds: await groupsNamed(db, needle) };
}

async function memberships(db: Kysely<Database>, rows: readonly CaseloadRow[]): Promise<MembershipRow[]> {
  if (rows.length === 0) return [];
  return membershipsQuery(
    db,
    rows.map((row) => row.id),
  ).execute();
}

/**
 * The caseload dashboard for `today`: counts over every active client, and one page of those
 * matching the filter and search. Counting, filtering, search and paging happen in SQL, so only
 * the page's rows reach JavaScript.
 */
export async function loadDashboard(
  db: Kysely<Database>,
  today: string,
  request: DashboardRequest,
): Promise<Dashboard> {
  const conditions = flagConditions(today);
  const match = await caseloadMatch(db, request.filter, request.query);
  const scope = { kind: 'active' } as const;
  const counted = await caseloadCountsQuery(db, scope, conditions, match).executeTakeFirstOrThrow();
  const rows = await caseloadRowsQuery(db, scope, conditions, match, {
    limit: request.limit,
    offset: request.offset,
  }).execute();
  return toDashboard(today, request.filter, counted, rows, await memberships(db, rows));
}

/** A group's members (archived ones included) with their dashboard lines for `today`, by name. */
export async function loadGroupCaseload(
  db: Kysely<Database>,
  today: string,
  groupId: number,
): Promise<DashboardRow[]> {
  const rows = await caseloadRowsQuery(
    db,
    { kind: 'group', groupId },
    flagConditions(today),
    EVERYONE,
    null,
  ).execute();
  return toDashboardRows(rows, await memberships(db, rows));
}
