import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A dated note. Corrected in place; what it said before is kept in the audit trail. */
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
export type InjuryNoteRowUpdate = Updateable<InjuryNoteTable>;
