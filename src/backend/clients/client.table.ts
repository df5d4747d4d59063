import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ClientTable {
  id: Generated<number>;
  name: string;
  /** The name as lists sort it: sortName(name). */
  sort_name: string;
  birth_date: string | null;
  sex: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
  group_name: string | null;
  /** 0 or 1: SQLite has no boolean. */
  archived: number;
  /** Lower-cased name, email, phone and group: what the search box matches. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export type ClientRow = Selectable<ClientTable>;
export type NewClientRow = Insertable<ClientTable>;
export type ClientRowUpdate = Updateable<ClientTable>;
