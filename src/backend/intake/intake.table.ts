import type { Insertable, Selectable } from 'kysely';

/** One row per client (client_id is the key). */
export interface IntakeTable {
  client_id: number;
  experience: string;
  pain_free_walk_minutes: number;
  longest_recent_run_minutes: number;
  pre_injury_weekly_run_minutes: number;
  /** JSON array of weekday codes. */
  available_days: string;
  max_session_minutes: number;
  /** JSON array of modalities. */
  cross_training: string;
  preferred_time: string | null;
  goal_kind: string;
  goal_date: string | null;
  start_date: string;
  /** JSON array of RED-S sign codes (REDS_SIGNS). */
  reds_signs: string;
  /** 0 or 1. */
  breastfeeding: number;
  created_at: string;
  updated_at: string;
}

export type IntakeRow = Selectable<IntakeTable>;
export type NewIntakeRow = Insertable<IntakeTable>;
