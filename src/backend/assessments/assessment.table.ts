import type { Generated, Insertable, Selectable } from 'kysely';

/** A dated set of test results recorded by a clinician: an input of the plan (criteria, E42). */
export interface AssessmentTable {
  id: Generated<number>;
  client_id: number;
  /** The local date the tests were done (not after the day it was recorded). */
  date: string;
  tested_by: string;
  note: Generated<string>;
  /** JSON array of the engine's TestResult objects, checked with TestResultSchema before every write. */
  results: string;
  created_at: string;
  updated_at: string;
}

export type AssessmentRow = Selectable<AssessmentTable>;
export type NewAssessmentRow = Insertable<AssessmentTable>;
