import type { Generated, Insertable, Selectable } from 'kysely';

/** One logged session: the SessionLog fields (plan-engine.md), plus the engine's pain light. */
export interface SessionLogTable {
  id: Generated<number>;
  client_id: number;
  session_id: string;
  date: string;
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
  /** Set from the regenerated programme's history. */
  light: string | null;
  created_at: string;
  updated_at: string;
}

export type SessionLogRow = Selectable<SessionLogTable>;
export type NewSessionLogRow = Insertable<SessionLogTable>;
