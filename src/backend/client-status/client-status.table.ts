import type { Generated, Selectable, Updateable } from 'kysely';

/**
 * One row per client: what the caseload shows, kept by the writes that change it (see the
 * migration). Every fact is null until the write that provides it has happened.
 */
export interface ClientStatusTable {
  client_id: number;
  /** The most recently recorded active injury. */
  injury_type: string | null;
  injury_side: string | null;
  /** The current clearance. */
  clearance_level: string | null;
  review_date: string | null;
  /** The current programme, summarised with the logs it was computed from (programme-summary.ts). */
  programme_status: string | null;
  programme_start_date: string | null;
  current_stage: number | null;
  last_log_date: string | null;
  last_light: string | null;
  last_red_date: string | null;
  /** 0 or 1. */
  ready_to_advance: number;
  /** 0 or 1: the programme warned no_log_since_flare (programme-summary.ts). */
  no_log_since_flare: Generated<number>;
  /** 0 or 1: the programme warned no_progress. */
  stalled: Generated<number>;
  /** 0 or 1: every test-based criterion of the next clearance step is met (criteria-status.ts). */
  criteria_met: Generated<number>;
  /** When a re-test of a failed criterion holding the plan back falls due; null: none. */
  retest_due_date: string | null;
  /**
   * The day after the earliest recent log whose next-morning pain is still unknown (the caseload
   * reminds from then on, see MORNING_PAIN_REMIND_DAYS); null: none.
   */
  morning_pain_due_date: string | null;
  updated_at: string;
}

export type ClientStatusRow = Selectable<ClientStatusTable>;

/** Some of a client's facts, as one writer knows them. */
export type ClientStatusChanges = Omit<Updateable<ClientStatusTable>, 'client_id' | 'updated_at'>;
