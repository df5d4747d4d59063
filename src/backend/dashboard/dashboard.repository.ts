import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import {
  DASHBOARD_FLAGS,
  type CaseloadKey,
  type DashboardFilter,
  type DashboardFlag,
} from '../../contract/dashboard';
import type { Database } from '../db/schema';
import { flagBits, type FlagConditions } from './dashboard-flags';

/** Whose rows to read: every active client, or one group's members (archived ones included). */
export type CaseloadScope = { kind: 'active' } | { kind: 'group'; groupId: number };

/** Which clients of the scope a list shows. */
export interface CaseloadMatch {
  filter: DashboardFilter;
  /** The lower-cased search text, '' for none. */
  needle: string;
  /** The groups whose names contain the needle (see groupsNamed): their members match too. */
  groupIds: readonly number[];
  /** The injury types whose names contain the needle (see injuryTypesNamed): clients with one match too. */
  injuryTypes: readonly string[];
}

export const EVERYONE: CaseloadMatch = { filter: 'all', needle: '', groupIds: [], injuryTypes: [] };

/** One client's line, flags already computed (flag_bits, see flagBits). */
export interface CaseloadRow {
  id: number;
  name: string;
  sort_name: string;
  archived: number;
  injury_type: string | null;
  injury_side: string | null;
  clearance_level: string | null;
  review_date: string | null;
  programme_status: string | null;
  current_stage: number | null;
  last_log_date: string | null;
  last_light: string | null;
  flag_bits: number;
}

/**
 * How many clients of a scope match a search (`everyone`; the whole scope without one) and how many
 * of those carry each flag: every total a list of that search can show, whatever its filter.
 */
export type CaseloadCountsRow = { everyone: number } & Record<DashboardFlag, number>;

/** The shortest search the trigram index answers; shorter ones test each client's text. */
export const TRIGRAM = 3;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** An FTS5 phrase: the needle's characters in a row, quotes doubled (nothing else is special inside). */
export function ftsPhrase(needle: string): string {
  // FTS5 reads the phrase as a C string: a NUL would end it early ("unterminated string"). No
  // search text holds one, so it becomes a character none holds either, and nothing matches.
  return `"${needle.replace(/"/g, '""').replaceAll('\u0000', '\uffff')}"`;
}

/** Whether the needle is long enough for the trigram index (counted in characters, not UTF-16 units). */
export function usesSearchIndex(needle: string): boolean {
  return [...needle].length >= TRIGRAM;
}

/**
 * The clients whose search text contains the needle, from the trigram index (migration 013):
 * SQLite only, like the index; PostgreSQL answers `search_text LIKE '%…%'` from a pg_trgm index.
 */
function searchIndexIds(needle: string): RawBuilder<unknown> {
  return sql`select rowid from client_search where client_search match ${ftsPhrase(needle)}`;
}

/** The members of the groups a search names. */
function groupMemberIds(groupIds: readonly number[]): RawBuilder<unknown> {
  return sql`select gm.client_id from group_member gm where gm.group_id in (${sql.join(groupIds)})`;
}

/** The clients with an injury of one of the types a search names. */
function injuredIds(types: readonly string[]): RawBuilder<unknown> {
  return sql`select i.client_id from injury i where i.type in (${sql.join(types)})`;
}

/** The clients a search names other than by their own text: members of named groups, injured by named injuries. */
function namedIds(match: CaseloadMatch): RawBuilder<unknown> | null {
  const sets = [
    ...(match.groupIds.length > 0 ? [groupMemberIds(match.groupIds)] : []),
    ...(match.injuryTypes.length > 0 ? [injuredIds(match.injuryTypes)] : []),
  ];
  return sets.length === 0 ? null : sql.join(sets, sql` union `);
}

/**
 * How a search finds its clients: in the trigram index (`index`, needs 3+ characters; reads only
 * the matches), or by testing each client's text in turn (`text`: LIKE over the list index, which
 * carries search_text; reads no client row, and finds a page quickly when many clients match).
 */
export type SearchWay = 'index' | 'text';

/**
 * The search as a condition on `c`, tested client by client: its search_text (lower-cased name,
 * email, phone and club) contains the needle, or it is a member of a group whose name does, or it
 * has an injury whose name does.
 */
function searchCondition(match: CaseloadMatch): Expression<SqlBool> {
  const text = sql<SqlBool>`c.search_text like ${`%${escapeLike(match.needle)}%`} escape '\\'`;
  const named = namedIds(match);
  if (named === null) return text;
  return sql<SqlBool>`(${text} or c.id in (${named}))`;
}

/** Every client in scope (`c`). */
function clientsInScope(db: Kysely<Database>, scope: CaseloadScope) {
  const query = db.selectFrom('client as c');
  if (scope.kind === 'active') return query.where('c.archived', '=', 0);
  return query.where('c.id', 'in', (eb) =>
    eb
      .selectFrom('group_member')
      .select('group_member.client_id')
      .where('group_member.group_id', '=', scope.groupId),
  );
}

/** Every client in scope (`c`) with its client_status row (`s`, a primary-key lookup per client). */
function caseloadFrom(db: Kysely<Database>, scope: CaseloadScope) {
  return clientsInScope(db, scope).leftJoin('client_status as s', 's.client_id', 'c.id');
}

/**
 * The scope's clients that match the search, led by the search's own candidates: the trigram
 * index's matches and the named groups' members, each looked up by id and sorted afterwards. For a
 * search that matches few clients this reads only those, where walking the list in order would
 * test every client before knowing there are no more. CROSS JOIN keeps that order of the join in
 * SQLite (in PostgreSQL it is an inner join like any other).
 */
function candidatesFrom(db: Kysely<Database>, scope: CaseloadScope, match: CaseloadMatch) {
  // Without groups the index is joined as it is (SQLite reads its matches straight into the join);
  // with groups, its matches and the members come as one set.
  const named = namedIds(match);
  const candidates =
    named === null
      ? db
          .selectFrom(sql<{ rowid: number }>`client_search`.as('m'))
          .where(sql<SqlBool>`m.client_search match ${ftsPhrase(match.needle)}`)
      : db.selectFrom(
          sql<{
            rowid: number;
          }>`(${searchIndexIds(match.needle)} union ${named})`.as('m'),
        );
  let query = candidates.crossJoin('client as c').whereRef('c.id', '=', sql.ref('m.rowid'));
  if (scope.kind === 'active') query = query.where('c.archived', '=', 0);
  else
    query = query.where('c.id', 'in', (eb) =>
      eb
        .selectFrom('group_member')
        .select('group_member.client_id')
        .where('group_member.group_id', '=', scope.groupId),
    );
  return query;
}

/** The search's candidates in scope (`c`, see candidatesFrom) with their client_status rows (`s`). */
function candidatesWithStatus(db: Kysely<Database>, scope: CaseloadScope, match: CaseloadMatch) {
  return candidatesFrom(db, scope, match).leftJoin('client_status as s', 's.client_id', 'c.id');
}

/**
 * The tiles of the active caseload, read from client_status alone: how many active clients have a
 * status row (`everyone`) and how many of those carry each flag. One pass over the small status
 * rows (archived clients left out by a list of their ids) instead of a lookup per client: the
 * dashboard's costliest statement, which is why its answer is cached (counts-cache.ts). Active
 * clients without a status row are added by the caller (see missingStatusBitsQuery).
 * COUNT … FILTER (WHERE …) is standard SQL (SQLite 3.30+, PostgreSQL 9.4+).
 */
export function activeStatusCountsQuery(db: Kysely<Database>, conditions: FlagConditions) {
  return db
    .selectFrom('client_status as s')
    .where('s.client_id', 'not in', (eb) =>
      eb.selectFrom('client').select('client.id').where('client.archived', '=', 1),
    )
    .select((eb) => [
      eb.fn.countAll<number>().as('everyone'),
      ...DASHBOARD_FLAGS.map((flag) => eb.fn.countAll<number>().filterWhere(conditions[flag]).as(flag)),
    ]);
}

/** How many active clients there are (the list index alone). */
export function activeClientsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('client')
    .where('client.archived', '=', 0)
    .select((eb) => eb.fn.countAll<number>().as('clients'));
}

/** The flags of a client without a status row (every fact unknown), as flagBits. */
export function missingStatusBitsQuery(db: Kysely<Database>, conditions: FlagConditions) {
  return db
    .selectFrom(sql<{ one: number }>`(select 1 as one)`.as('o'))
    .leftJoin('client_status as s', (join) => join.on(sql<SqlBool>`1 = 0`))
    .select(flagBits(conditions).as('flag_bits'));
}

/**
 * How many clients of a scope a search matches (`searched`) and how many of those also pass the
 * filter (`listed`; the same without one). Read the way `way` says (see SearchWay): from the
 * index's matches, or by testing every client's text.
 */
export function searchCountsQuery(
  db: Kysely<Database>,
  scope: CaseloadScope,
  conditions: FlagConditions,
  match: CaseloadMatch,
  way: SearchWay,
) {
  const filter = match.filter;
  if (filter === 'all') {
    // No flag to test: the clients alone (by text, the list index alone).
    const from =
      way === 'index' && usesSearchIndex(match.needle)
        ? candidatesFrom(db, scope, match)
        : clientsInScope(db, scope).where(searchCondition(match));
    return from.select((eb) => [
      eb.fn.countAll<number>().as('searched'),
      eb.fn.countAll<number>().as('listed'),
    ]);
  }
  const from =
    way === 'index' && usesSearchIndex(match.needle)
      ? candidatesWithStatus(db, scope, match)
      : caseloadFrom(db, scope).where(searchCondition(match));
  return from.select((eb) => [
    eb.fn.countAll<number>().as('searched'),
    eb.fn.countAll<number>().filterWhere(conditions[filter]).as('listed'),
  ]);
}

/** How many clients the trigram index finds for a needle, counting no further than `atMost`. */
export function searchIndexProbeQuery(db: Kysely<Database>, needle: string, atMost: number) {
  return db
    .selectFrom(sql<{ rowid: number }>`(${searchIndexIds(needle)} limit ${atMost})`.as('m'))
    .select((eb) => eb.fn.countAll<number>().as('found'));
}

/** Which way a page is read from the list, and from where. */
export interface KeysetPage {
  /** Ascending from the start or after `key`, or descending from the end or before `key`. */
  direction: 'forward' | 'backward';
  /** Exclusive bound; null to start at the list's start (forward) or end (backward). */
  key: CaseloadKey | null;
  /** How many rows to read. */
  limit: number;
}

/**
 * How the rows query finds a page: by walking the list in order and testing each client until the
 * page is full (`walk`: few rows read when many match; a search tests each client's text), or by
 * reading the search index's matches and sorting them (`candidates`: few rows read when few
 * match; needs a search of 3+ characters).
 */
export type CaseloadPlan = 'walk' | 'candidates';

/** The listed clients after or before a key (exclusive), in list order: (sort_name, id) as a row value. */
function keyCondition(page: KeysetPage): Expression<SqlBool> | null {
  if (page.key === null) return null;
  const key = sql`(${page.key.sortName}, ${page.key.id})`;
  return page.direction === 'forward'
    ? sql<SqlBool>`(c.sort_name, c.id) > ${key}`
    : sql<SqlBool>`(c.sort_name, c.id) < ${key}`;
}

/** The columns of a caseload line (CaseloadRow), from `c` and its status row `s`. */
function caseloadColumns(conditions: FlagConditions) {
  return [
    'c.id',
    'c.name',
    'c.sort_name',
    'c.archived',
    's.injury_type',
    's.injury_side',
    's.clearance_level',
    's.review_date',
    's.programme_status',
    's.current_stage',
    's.last_log_date',
    's.last_light',
    flagBits(conditions).as('flag_bits'),
  ] as const;
}

/** One client's caseload line (archived or not), by id: what the caseload row of that client shows. */
export function clientCaseloadRowQuery(db: Kysely<Database>, conditions: FlagConditions, clientId: number) {
  return db
    .selectFrom('client as c')
    .leftJoin('client_status as s', 's.client_id', 'c.id')
    .select(caseloadColumns(conditions))
    .where('c.id', '=', clientId);
}

/**
 * The matching clients of a scope in list order (sort_name, id; client_list_idx walks it for active
 * clients), each with its flags computed in SQL: one page of them read by key (backward pages come
 * last row first), or all of them with `page` null.
 */
export function caseloadRowsQuery(
  db: Kysely<Database>,
  scope: CaseloadScope,
  conditions: FlagConditions,
  match: CaseloadMatch,
  page: KeysetPage | null,
  plan: CaseloadPlan = 'walk',
) {
  const byCandidates = plan === 'candidates' && usesSearchIndex(match.needle);
  let query = (byCandidates ? candidatesWithStatus(db, scope, match) : caseloadFrom(db, scope)).select(
    caseloadColumns(conditions),
  );
  if (match.filter !== 'all') query = query.where(conditions[match.filter]);
  if (match.needle !== '' && !byCandidates) query = query.where(searchCondition(match));
  const order = page?.direction === 'backward' ? 'desc' : 'asc';
  query = query.orderBy('c.sort_name', order).orderBy('c.id', order);
  if (page === null) return query;
  const bound = keyCondition(page);
  if (bound) query = query.where(bound);
  return query.limit(page.limit);
}

/** A client's membership of a group, by the group's name. */
export interface MembershipRow {
  client_id: number;
  name: string;
}

/** The memberships of some clients as (client, group name), groups by name. */
export function membershipsQuery(db: Kysely<Database>, clientIds: readonly number[]) {
  return db
    .selectFrom('group_member as gm')
    .innerJoin('client_group as g', 'g.id', 'gm.group_id')
    .select(['gm.client_id', 'g.name'])
    .where('gm.client_id', 'in', clientIds)
    .orderBy(sql`lower(g.name)`);
}

/**
 * The groups whose names contain the lower-cased needle. Matched here rather than in SQL, whose
 * lower() folds ASCII only, so "über" finds "Über-Läufer" as the client search text does; a
 * clinic has a handful of groups.
 */
export async function groupsNamed(db: Kysely<Database>, needle: string): Promise<number[]> {
  if (needle === '') return [];
  const groups = await db.selectFrom('client_group').select(['id', 'name']).execute();
  return groups.filter((group) => group.name.toLowerCase().includes(needle)).map((group) => group.id);
}
