import { sexes, type Client } from '../../contract/clients';
import type { ParsedInput } from '../../contract/channels';
import type { ClientRow, NewClientRow } from './client.table';

type Sex = (typeof sexes)[number];
const asSex = (value: string): Sex =>
  (sexes as readonly string[]).includes(value) ? (value as Sex) : 'unspecified';

/** Row → DTO at the edge: rows are not domain objects. */
export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    birthDate: row.birth_date,
    sex: asSex(row.sex),
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    group: row.group_name,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The key lists sort a name by: lower case with accents folded, so "Özdemir" sorts with the O's
 * and "anna" with "Anna". Computed here rather than with SQL's lower(), which folds ASCII only
 * and would need an expression index.
 */
export function sortName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What the search box matches: the lower-cased name, email, phone and club, one a line. */
export function searchTextOf(
  name: string,
  email: string | null,
  phone: string | null,
  club: string | null,
): string {
  return [name, email, phone, club]
    .filter((part) => part !== null)
    .join('\n')
    .toLowerCase();
}

export function toClientColumns(
  fields: ParsedInput<'clients.create'>,
): Omit<NewClientRow, 'archived' | 'created_at' | 'updated_at'> {
  return {
    search_text: searchTextOf(fields.name, fields.email, fields.phone, fields.group),
    name: fields.name,
    sort_name: sortName(fields.name),
    birth_date: fields.birthDate,
    sex: fields.sex,
    email: fields.email,
    phone: fields.phone,
    notes: fields.notes,
    group_name: fields.group,
  };
}
