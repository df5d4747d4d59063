import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { DASHBOARD_FLAGS, type DashboardFilter, type DashboardFlag } from '../../contract/dashboard';
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
}

export const EVERYONE: CaseloadMatch = { filter: 'all', needle: '', groupIds: [] };

/** One client's line, flags already computed (flag_bits, see flagBits). */
export interface CaseloadRow {
  id: number;
  name: string;
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

/** The counts of the dashboard tiles (one column per flag), and how many clients a search matches. */
export type CaseloadCountsRow = { active: number; matching: number | null } & Record<DashboardFlag, number>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Every client in scope (`c`) with its client_status row (`s`, a primary-key lookup per client). */
function caseloadFrom(db: Kysely<Database>, scope: CaseloadScope) {
  const query = db.selectFrom('client as c').leftJoin('client_status as s', 's.client_id', 'c.id');
  if (scope.kind === 'active') return query.where('c.archived', '=', 0);
  return query.where('c.id', 'in', (eb) =>
    eb
      .selectFrom('group_member')
      .select('group_member.client_id')
      .where('group_member.group_id', '=', scope.groupId),
  );
}

/**
 * The condition a listed client meets: its flag (unless 'all') and the search, which matches
 * search_text (lower-cased name, email, phone and group field) or membership of a matching group.
 * Null when every client in scope matches.
 */
function matchCondition(match: CaseloadMatch, conditions: FlagConditions): Expression<SqlBool> | null {
  const parts: Expression<SqlBool>[] = [];
  if (match.filter !== 'all') parts.push(conditions[match.filter]);
  if (match.needle !== '') {
    const pattern = `%${escapeLike(match.needle)}%`;
    const text = sql<SqlBool>`c.search_text like ${pattern} escape '\\'`;
    parts.push(
      match.groupIds.length === 0
        ? text
        : sql<SqlBool>`(${text} or c.id in (select gm.client_id from group_member gm
            where gm.group_id in (${sql.join(match.groupIds)})))`,
    );
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/**
 * One pass over the scope: how many clients, how many carry each flag, and, when there is a search,
 * how many match it and the filter (`matching`; without a search that is one of the other counts).
 * COUNT … FILTER (WHERE …) is standard SQL (SQLite 3.30+, PostgreSQL 9.4+) and cheaper here than
 * SUM(CASE …): the caseload's ten thousand rows make this the dashboard's costliest statement.
 */
export function caseloadCountsQuery(
  db: Kysely<Database>,
  scope: CaseloadScope,
  conditions: FlagConditions,
  match: CaseloadMatch,
) {
  const matching = match.needle === '' ? null : matchCondition(match, conditions);
  return caseloadFrom(db, scope).select((eb) => [
    eb.fn.countAll<number>().as('active'),
    (matching ? eb.fn.countAll<number>().filterWhere(matching) : sql<null>`null`).as('matching'),
    ...DASHBOARD_FLAGS.map((flag) => eb.fn.countAll<number>().filterWhere(conditions[flag]).as(flag)),
  ]);
}

/**
 * The listed clients in list order (sort_name, id; client_list_idx walks it for active clients),
 * each with its flags computed in SQL; one page of them, or all with `page` null.
 */
export function caseloadRowsQuery(
  db: Kysely<Database>,
  scope: CaseloadScope,
  conditions: FlagConditions,
  match: CaseloadMatch,
  page: { limit: number; offset: number } | null,
) {
  const matching = matchCondition(match, conditions);
  let query = caseloadFrom(db, scope)
    .select([
      'c.id',
      'c.name',
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
    ])
    .orderBy('c.sort_name')
    .orderBy('c.id');
  if (matching) query = query.where(matching);
  if (page) query = query.limit(page.limit).offset(page.offset);
  return query;
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
