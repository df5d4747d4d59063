import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * One logged session: the SessionLog fields (plan-engine.md), plus the engine's pain light. A log
 * is for a date and a kind (a log family: run, walk, strength, mobility, cross_training) and a
 * slot when one day has two of a kind; re-planning re-attaches it by those, never by an id.
 */
export interface SessionLogTable {
  id: Generated<number>;
  client_id: number;
  date: string;
  kind: string;
  /** 1, or 2… for a second log of the same kind on the same day. */
  slot: Generated<number>;
  /** The planned session it was logged against (a late log still finds it). */
  session_id: string;
  /** 0 or 1. */
  completed: number;
  actual_run_minutes: number | null;
  rpe: number | null;
  pain_during: number | null;
  pain_after: number | null;
  pain_next_morning: number | null;
  /** 0 or 1. */
  pain_built_during_run: number;
  /** null, 0 or 1. */
  warmup_pain_cleared: number | null;
  swelling: number;
  limp: number;
  /** JSON array of red flag codes. */
  red_flags: string;
  settled_within_72h: number | null;
  note: string;
  /** done, partly or not_done; null in logs written before it was recorded (migration 017). */
  outcome: string | null;
  /** Sets done of a strength session. */
  sets_done: number | null;
  /** Minutes done of a mobility or cross-training session. */
  minutes_done: number | null;
  /** The engine's verdict on it, set whenever the programme is derived again after a write. */
  light: string | null;
  created_at: string;
  updated_at: string;
}

export type SessionLogRow = Selectable<SessionLogTable>;
export type NewSessionLogRow = Insertable<SessionLogTable>;
