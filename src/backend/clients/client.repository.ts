import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ClientRow, ClientRowUpdate, NewClientRow } from './client.table';

export interface ClientSearch {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Clients matching a search (name, email, phone or group contains the text), sorted by name. */
export async function searchClients(
  db: Kysely<Database>,
  search: ClientSearch,
): Promise<{ rows: ClientRow[]; total: number }> {
  let query = db.selectFrom('client');
  if (!search.includeArchived) query = query.where('archived', '=', 0);
  if (search.query !== '') {
    const pattern = `%${escapeLike(search.query.toLowerCase())}%`;
    query = query.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
  }
  const rows = await query
    .selectAll()
    .orderBy('archived')
    .orderBy('sort_name')
    .orderBy('id')
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  // A short first page is the whole answer: no need to scan the table again just to count it.
  if (search.offset === 0 && rows.length < search.limit) return { rows, total: rows.length };
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
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
