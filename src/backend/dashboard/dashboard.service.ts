import { injuryTypesNamed } from '../clients/injury-names';
import type { Kysely } from 'kysely';
import {
  DASHBOARD_FLAGS,
  encodeCaseloadCursor,
  type CaseloadKey,
  type CaseloadPage,
  type CaseloadPageInfo,
  type Dashboard,
  type DashboardCounts,
  type DashboardFilter,
  type DashboardRow,
} from '../../contract/dashboard';
import { CLEARANCE_LEVELS, INJURY_TYPES, PAIN_LIGHTS, PROGRAMME_STATUSES, SIDES } from '../../engine/types';
import type { Database } from '../db/schema';
import { asOneOfOrNull } from '../mapping';
import { VersionedCache } from './counts-cache';
import { flagConditions, flagsOfBits } from './dashboard-flags';
import {
  activeClientsQuery,
  activeStatusCountsQuery,
  caseloadRowsQuery,
  clientCaseloadRowQuery,
  EVERYONE,
  groupsNamed,
  membershipsQuery,
  missingStatusBitsQuery,
  searchCountsQuery,
  searchIndexProbeQuery,
  usesSearchIndex,
  type CaseloadCountsRow,
  type CaseloadPlan,
  type CaseloadScope,
  type SearchWay,
  type CaseloadMatch,
  type CaseloadRow,
  type MembershipRow,
} from './dashboard.repository';

/** What the dashboard lists: a filter, a search and which page of them. */
export interface DashboardRequest {
  filter: DashboardFilter;
  query: string;
  limit: number;
  page: CaseloadPage;
  /** The row the next or previous page starts after or before. */
  cursor: CaseloadKey | null;
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

/** Drivers may hand back counts as bigint or text (PostgreSQL's count is a bigint). */
const count = (value: number | string | bigint): number => Number(value);

/** The tiles: how many active clients there are, and how many carry each flag. */
export function toDashboardCounts(counted: CaseloadCountsRow): DashboardCounts {
  return {
    active: count(counted.everyone),
    refer: count(counted.refer),
    red7d: count(counted.red_7d),
    reviewDue: count(counted.review_due),
    awaitingClearance: count(counted.awaiting_clearance),
    noLog10d: count(counted.no_log_10d),
    readyToAdvance: count(counted.ready_to_advance),
    noLogSinceFlare: count(counted.no_log_since_flare),
    stalled: count(counted.stalled),
    criteriaMet: count(counted.criteria_met),
    retestDue: count(counted.retest_due),
    morningPainDue: count(counted.morning_pain_due),
  };
}

/** The lower-cased search text and the groups and injuries it names (their names are searched too). */
export async function caseloadMatch(
  db: Kysely<Database>,
  filter: DashboardFilter,
  query: string,
): Promise<CaseloadMatch> {
  const needle = query.toLowerCase();
  return { filter, needle, groupIds: await groupsNamed(db, needle), injuryTypes: injuryTypesNamed(needle) };
}

async function memberships(db: Kysely<Database>, rows: readonly CaseloadRow[]): Promise<MembershipRow[]> {
  if (rows.length === 0) return [];
  return membershipsQuery(
    db,
    rows.map((row) => row.id),
  ).execute();
}

/**
 * Counts computed once per data version (and per day: the flags count against today): every page,
 * every screen showing the same caseload and every return to the same search reuse them until
 * anything is written.
 */
const counts = new VersionedCache();

/**
 * The tiles over every active client: the status rows' flags, plus the active clients that have
 * no status row yet, with the flags of unknown facts (awaiting clearance, by its definition).
 */
export async function countActiveCaseload(db: Kysely<Database>, today: string): Promise<CaseloadCountsRow> {
  return counts.get(db, JSON.stringify(['tiles', today]), async () => {
    const conditions = flagConditions(today);
    const withStatus = await activeStatusCountsQuery(db, conditions).executeTakeFirstOrThrow();
    const { clients } = await activeClientsQuery(db).executeTakeFirstOrThrow();
    const { flag_bits } = await missingStatusBitsQuery(db, conditions).executeTakeFirstOrThrow();
    const missing = count(clients) - count(withStatus.everyone);
    const tiles = { everyone: count(clients) } as CaseloadCountsRow;
    for (const [bit, flag] of DASHBOARD_FLAGS.entries()) {
      tiles[flag] = count(withStatus[flag]) + ((Number(flag_bits) & (1 << bit)) !== 0 ? missing : 0);
    }
    return tiles;
  });
}

/**
 * A search the trigram index finds at most this many clients for is counted and listed from its
 * matches; a broader one tests each client's text (at 100,000 clients a search for "example", in
 * every email, costs ~60 ms through the index and ~12 ms by text). The probe stops at the bound.
 */
const INDEX_MATCHES_MAX = 5000;

/** How many clients of the scope a search matches, and how many of those its filter lists. */
export async function countSearch(
  db: Kysely<Database>,
  today: string,
  scope: CaseloadScope,
  match: CaseloadMatch,
): Promise<{ searched: number; listed: number; way: SearchWay }> {
  const key = JSON.stringify(['search', today, scopeKey(scope), match.needle, match.groupIds, match.filter]);
  return counts.get(db, key, async () => {
    let way: SearchWay = 'text';
    if (usesSearchIndex(match.needle)) {
      const { found } = await searchIndexProbeQuery(
        db,
        match.needle,
        INDEX_MATCHES_MAX,
      ).executeTakeFirstOrThrow();
      if (count(found) < INDEX_MATCHES_MAX) way = 'index';
    }
    const counted = await searchCountsQuery(
      db,
      scope,
      flagConditions(today),
      match,
      way,
    ).executeTakeFirstOrThrow();
    return { searched: count(counted.searched), listed: count(counted.listed), way };
  });
}

function scopeKey(scope: CaseloadScope): string {
  return scope.kind === 'active' ? 'active' : `group:${scope.groupId}`;
}

/**
 * A search matching at most this share of the scope (and found by the index) is read from the
 * index's matches and sorted; a broader one walks the list in order, where a page fills after a
 * few hundred clients. Measured at 100,000 clients (test/bench/caseload.bench.ts).
 */
const CANDIDATES_SHARE = 0.01;

/** How to find a page of this list, knowing from the cached counts how many clients it has. */
function planFor(known: CaseloadSizes): CaseloadPlan {
  return known.way === 'index' && known.searched <= known.inScope * CANDIDATES_SHARE ? 'candidates' : 'walk';
}

/** What the cached counts tell about a list before any of its rows is read. */
export interface CaseloadSizes {
  /** Clients the list shows (search and filter). */
  total: number;
  /** Clients the search matches, whatever the filter (the whole scope without a search). */
  searched: number;
  /** Clients in the scope. */
  inScope: number;
  /** How the search was counted (index: it matches few enough for its matches to be read). */
  way: SearchWay;
}

/** A page of rows by key, with the cursors of its ends and whether rows lie beyond them. */
export async function caseloadPage(
  db: Kysely<Database>,
  today: string,
  scope: CaseloadScope,
  match: CaseloadMatch,
  request: { limit: number; page: CaseloadPage; cursor: CaseloadKey | null },
  known: CaseloadSizes,
): Promise<{ rows: CaseloadRow[]; page: CaseloadPageInfo }> {
  const empty = { startCursor: null, endCursor: null, hasPrevious: false, hasNext: false };
  // The cached counts say when there is nothing to find: no need to look.
  if (known.total === 0) return { rows: [], page: empty };
  const conditions = flagConditions(today);
  const plan = planFor(known);
  const forward = request.page === 'first' || request.page === 'next';
  const cursor = request.page === 'first' || request.page === 'last' ? null : request.cursor;
  // One row more than the page tells whether there is more in the direction of travel.
  const read = await caseloadRowsQuery(
    db,
    scope,
    conditions,
    match,
    { direction: forward ? 'forward' : 'backward', key: cursor, limit: request.limit + 1 },
    plan,
  ).execute();
  const more = read.length > request.limit;
  const rows = read.slice(0, request.limit);
  if (!forward) rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) {
    // Nothing after or before the cursor (the rows there were archived or changed meanwhile).
    return {
      rows: [],
      page: {
        ...empty,
        hasPrevious: !forward ? false : cursor !== null,
        hasNext: forward ? false : cursor !== null,
      },
    };
  }
  // Whether anything lies on the other side: nothing before the first page or after the last;
  // otherwise one row read by key past the page's other end.
  const behind = async (): Promise<boolean> => {
    if (cursor === null) return false;
    const beyond = await caseloadRowsQuery(
      db,
      scope,
      conditions,
      match,
      {
        direction: forward ? 'backward' : 'forward',
        key: forward ? keyOf(first) : keyOf(last),
        limit: 1,
      },
      plan,
    ).execute();
    return beyond.length > 0;
  };
  const other = await behind();
  return {
    rows,
    page: {
      startCursor: encodeCaseloadCursor(keyOf(first)),
      endCursor: encodeCaseloadCursor(keyOf(last)),
      hasPrevious: forward ? other : more,
      hasNext: forward ? more : other,
    },
  };
}

function keyOf(row: CaseloadRow): CaseloadKey {
  return { sortName: row.sort_name, id: row.id };
}

/**
 * The caseload dashboard for `today`: the tiles over every active client, and one page of those
 * matching the filter and search, read by key. The counts come from the cache while nothing is
 * written; the page reads only about as many clients as it shows (see caseloadPage).
 */
export async function loadDashboard(
  db: Kysely<Database>,
  today: string,
  request: DashboardRequest,
): Promise<Dashboard> {
  const scope = { kind: 'active' } as const;
  const match = await caseloadMatch(db, request.filter, request.query);
  const tiles = await countActiveCaseload(db, today);
  const inScope = count(tiles.everyone);
  let known: CaseloadSizes;
  if (match.needle === '') {
    const total = request.filter === 'all' ? inScope : count(tiles[request.filter]);
    known = { total, searched: inScope, inScope, way: 'text' };
  } else {
    const searched = await countSearch(db, today, scope, match);
    known = { total: searched.listed, searched: searched.searched, inScope, way: searched.way };
  }
  const { rows, page } = await caseloadPage(db, today, scope, match, request, known);
  return {
    today,
    counts: toDashboardCounts(tiles),
    total: known.total,
    rows: toDashboardRows(rows, await memberships(db, rows)),
    page,
  };
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

/**
 * One client's caseload line for `today` (archived clients too): the same facts and flags, from
 * the same status row, as the dashboard shows, so every screen agrees on the latest light.
 */
export async function loadClientCaseloadRow(
  db: Kysely<Database>,
  today: string,
  clientId: number,
): Promise<DashboardRow | null> {
  const row = await clientCaseloadRowQuery(db, flagConditions(today), clientId).executeTakeFirst();
  if (!row) return null;
  return toDashboardRows([row], await memberships(db, [row]))[0] ?? null;
}
