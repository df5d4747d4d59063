import { sql, type Kysely } from 'kysely';
import { jsonRowsOf, parseJsonRows } from '../db/connection';
import type { Database } from '../db/schema';

/** One client with its caseload facts (client_status). */
export interface CaseloadRow {
  id: number;
  name: string;
  archived: number;
  /** '' unless asked for (caseloadQuery's withSearchText). */
  search_text: string;
  injury_type: string | null;
  injury_side: string | null;
  clearance_level: string | null;
  review_date: string | null;
  programme_status: string | null;
  programme_start_date: string | null;
  current_stage: number | null;
  last_log_date: string | null;
  last_light: string | null;
  last_red_date: string | null;
  ready_to_advance: number | null;
}

/** Whose rows to read: every active client, or one group's members (archived ones included). */
export type CaseloadScope = { kind: 'active' } | { kind: 'group'; groupId: number };

/** The columns of a CaseloadRow, in the order the JSON rows carry them. */
const CASELOAD_COLUMNS = [
  'id',
  'name',
  'archived',
  'search_text',
  'injury_type',
  'injury_side',
  'clearance_level',
  'review_date',
  'programme_status',
  'programme_start_date',
  'current_stage',
  'last_log_date',
  'last_light',
  'last_red_date',
  'ready_to_advance',
] as const satisfies readonly (keyof CaseloadRow)[];

/** Every client in scope, in list order (client_list_idx), with its client_status row (a primary-key lookup). */
function caseloadRowsQuery(db: Kysely<Database>, scope: CaseloadScope, withSearchText: boolean) {
  let query = db
    .selectFrom('client as c')
    .leftJoin('client_status as s', 's.client_id', 'c.id')
    .select([
      'c.id',
      'c.name',
      'c.archived',
      // The longest text of a row: left out when nothing is searched.
      withSearchText ? 'c.search_text' : sql<string>`''`.as('search_text'),
      's.injury_type',
      's.injury_side',
      's.clearance_level',
      's.review_date',
      's.programme_status',
      's.programme_start_date',
      's.current_stage',
      's.last_log_date',
      's.last_light',
      's.last_red_date',
      's.ready_to_advance',
    ]);
  if (scope.kind === 'active') {
    query = query.where('c.archived', '=', 0);
  } else {
    query = query.where('c.id', 'in', (eb) =>
      eb
        .selectFrom('group_member')
        .select('group_member.client_id')
        .where('group_member.group_id', '=', scope.groupId),
    );
  }
  return query.orderBy('c.sort_name').orderBy('c.id');
}

/**
 * The caseload as one statement returning one value (see jsonRowsOf): no history table is read,
 * however long the histories grow, and 10,000 clients cost one JSON.parse rather than 150,000
 * driver-built properties. search_text is read only when a search needs it.
 */
export function caseloadQuery(db: Kysely<Database>, scope: CaseloadScope, withSearchText: boolean) {
  const rows = caseloadRowsQuery(db, scope, withSearchText).as('r');
  return db.selectNoFrom(jsonRowsOf(rows, CASELOAD_COLUMNS).as('rows'));
}

/** Decodes caseloadQuery's value (one array per row, in CASELOAD_COLUMNS order). */
export function caseloadRows(value: unknown): CaseloadRow[] {
  return parseJsonRows(value).map((row): CaseloadRow => ({
    id: row[0] as number,
    name: row[1] as string,
    archived: row[2] as number,
    search_text: row[3] as string,
    injury_type: row[4] as string | null,
    injury_side: row[5] as string | null,
    clearance_level: row[6] as string | null,
    review_date: row[7] as string | null,
    programme_status: row[8] as string | null,
    programme_start_date: row[9] as string | null,
    current_stage: row[10] as number | null,
    last_log_date: row[11] as string | null,
    last_light: row[12] as string | null,
    last_red_date: row[13] as string | null,
    ready_to_advance: row[14] as number | null,
  }));
}

export async function loadCaseload(
  db: Kysely<Database>,
  scope: CaseloadScope,
  withSearchText: boolean,
): Promise<CaseloadRow[]> {
  const { rows } = await caseloadQuery(db, scope, withSearchText).executeTakeFirstOrThrow();
  return caseloadRows(rows);
}

/** A client's membership of a group, by the group's name. */
export interface MembershipRow {
  client_id: number;
  name: string;
}

/** Every membership in scope as (client, group name), groups by name; one value like the caseload. */
export function membershipsQuery(db: Kysely<Database>, scope: CaseloadScope) {
  let query = db
    .selectFrom('group_member as gm')
    .innerJoin('client_group as g', 'g.id', 'gm.group_id')
    .select(['gm.client_id', 'g.name']);
  if (scope.kind === 'group') {
    query = query.where('gm.client_id', 'in', (eb) =>
      eb
        .selectFrom('group_member')
        .select('group_member.client_id')
        .where('group_member.group_id', '=', scope.groupId),
    );
  }
  const ordered = query.orderBy(sql`lower(g.name)`);
  return db.selectNoFrom(jsonRowsOf(ordered.as('r'), ['client_id', 'name']).as('rows'));
}

/** Decodes membershipsQuery's value. */
export function membershipRows(value: unknown): MembershipRow[] {
  return parseJsonRows(value).map(([clientId, name]) => ({
    client_id: clientId as number,
    name: name as string,
  }));
}

export async function loadMemberships(db: Kysely<Database>, scope: CaseloadScope): Promise<MembershipRow[]> {
  const { rows } = await membershipsQuery(db, scope).executeTakeFirstOrThrow();
  return membershipRows(rows);
}
