import type { Generated, Insertable, Selectable } from 'kysely';

/** A club or squad (`group` is an SQL keyword). */
export interface ClientGroupTable {
  id: Generated<number>;
  name: string;
  /** 'club' | 'squad'. */
  kind: string;
  created_at: string;
  updated_at: string;
}

export interface GroupMemberTable {
  group_id: number;
  client_id: number;
  created_at: string;
}

export type ClientGroupRow = Selectable<ClientGroupTable>;
export type NewClientGroupRow = Insertable<ClientGroupTable>;
export type GroupMemberRow = Selectable<GroupMemberTable>;
