import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ftsPhrase } from '../dashboard/dashboard.repository';
import type { Database } from '../db/schema';
import type { ClientRow, ClientRowUpdate, NewClientRow } from './client.table';

/** The shortest search the trigram index (migration 013) answers; shorter ones test each client's text. */
const TRIGRAM = 3;

export interface ClientSearch {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Clients matching a search, sorted by name: the name, email, phone or club contains the text
 * (from the trigram index for 3+ characters, else by testing each client's text), or the client is
 * a member of a group whose name does (`groupIds`), or has an injury of one of `injuryTypes`.
 */
export async function searchClients(
  db: Kysely<Database>,
  search: ClientSearch,
  named: { groupIds: readonly number[]; injuryTypes: readonly string[] } = { groupIds: [], injuryTypes: [] },
): Promise<{ rows: ClientRow[]; total: number }> {
  const needle = search.query.toLowerCase();
  const others: RawBuilder<unknown>[] = [];
  if (named.groupIds.length > 0)
    others.push(sql`select client_id from group_member where group_id in (${sql.join(named.groupIds)})`);
  if (named.injuryTypes.length > 0)
    others.push(sql`select client_id from injury where type in (${sql.join(named.injuryTypes)})`);
  let query;
  if (needle !== '' && [...needle].length >= TRIGRAM) {
    // The matches drive (a cross join keeps them the outer loop): walking the whole name index and
    // testing each client against the matches took 12–16 ms at 100,000 clients, even for none.
    const matches = sql.join(
      [sql`select rowid as id from client_search where client_search match ${ftsPhrase(needle)}`, ...others],
      sql` union `,
    );
    query = db
      .selectFrom(sql<{ id: number }>`(${matches})`.as('m'))
      .crossJoin('client')
      .whereRef('client.id', '=', 'm.id')
      .selectAll('client');
  } else {
    // No text, or too short for the index: the name index in order, each client's text tested,
    // stopping at the page's end.
    query = db.selectFrom('client').selectAll('client');
    if (needle !== '') {
      const ways = [
        sql<boolean>`search_text like ${`%${escapeLike(needle)}%`} escape '\\'`,
        ...others.map((ids) => sql<boolean>`client.id in (${ids})`),
      ];
      query = query.where(sql<boolean>`(${sql.join(ways, sql` or `)})`);
    }
  }
  if (!search.includeArchived) query = query.where('client.archived', '=', 0);
  const rows = await query
    .orderBy('client.archived')
    .orderBy('client.sort_name')
    .orderBy('client.id')
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  // A short first page is the whole answer: no need to scan the table again just to count it.
  if (search.offset === 0 && rows.length < search.limit) return { rows, total: rows.length };
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(counted.total) };
}

export async function findClient(db: Kysely<Database>, id: number): Promise<ClientRow | undefined> {
  return db.selectFrom('client').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertClient(db: Kysely<Database>, row: NewClientRow): Promise<ClientRow> {
  return db.insertInto('client').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateClient(
  db: Kysely<Database>,
  id: number,
  changes: ClientRowUpdate,
): Promise<ClientRow | undefined> {
  return db.updateTable('client').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}
