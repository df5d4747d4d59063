import type { Generated, Insertable, Selectable } from 'kysely';

/** Append-only history: there is deliberately no update type. */
export interface ClearanceTable {
  id: Generated<number>;
  client_id: number;
  level: string;
  date: string;
  cleared_by: string;
  review_date: string | null;
  conditions: string | null;
  /** 0 or 1. */
  override_time_gate: number;
  override_reason: string | null;
  /** 0 or 1: ACL reconstruction, speed, hills and uneven ground allowed before 9 months. */
  override_sport_gate: number;
  created_at: string;
}

export type ClearanceRow = Selectable<ClearanceTable>;
export type NewClearanceRow = Insertable<ClearanceTable>;
