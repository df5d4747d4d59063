import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * One row per generation a clinician asked for, kept with the request and engine version that
 * produced it; a session log recomputes the current row in place (see the migration).
 */
export interface ProgrammeTable {
  id: Generated<number>;
  client_id: number;
  engine_version: string;
  created_at: string;
  /** When a log last recomputed it; created_at until then. */
  updated_at: string;
  /** The PlanRequest JSON (compact). */
  request: string;
  /** The Programme JSON (compact). */
  programme: string;
}

export type ProgrammeRow = Selectable<ProgrammeTable>;
export type NewProgrammeRow = Insertable<ProgrammeTable>;
export type ProgrammeRowUpdate = Updateable<ProgrammeTable>;
