import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface InjuryTable {
  id: Generated<number>;
  client_id: number;
  type: string;
  side: string;
  onset_date: string | null;
  weeks_without_running: number;
  severity: string;
  surgery_date: string | null;
  delivery_date: string | null;
  /** 0 or 1. */
  recurrent: number;
  /** 0 or 1. */
  imaging_confirmed_healing: number;
  /** 'active' | 'resolved'. */
  status: string;
  created_at: string;
  updated_at: string;
}

export type InjuryRow = Selectable<InjuryTable>;
export type NewInjuryRow = Insertable<InjuryTable>;
export type InjuryRowUpdate = Updateable<InjuryTable>;
