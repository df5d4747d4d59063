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
  /** 0 or 1; 1 exactly when previous_episodes > 0 (kept for older readers of the table). */
  recurrent: number;
  /** Earlier episodes of the same injury, 0–20 (2+ = a third or later episode). */
  previous_episodes: number;
  /** For bone stress injuries: the site (BSI_SITES), else null. */
  bsi_site: string | null;
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
