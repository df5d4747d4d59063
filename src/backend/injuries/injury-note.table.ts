import type { Generated, Insertable, Selectable } from 'kysely';

/** Append-only: there is deliberately no update type. */
export interface InjuryNoteTable {
  id: Generated<number>;
  injury_id: number;
  date: string;
  author: string;
  text: string;
  /** JSON array of {code, value, until}. */
  restrictions: string;
  created_at: string;
}

export type InjuryNoteRow = Selectable<InjuryNoteTable>;
export type NewInjuryNoteRow = Insertable<InjuryNoteTable>;
