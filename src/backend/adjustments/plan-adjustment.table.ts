import type { Generated, Insertable, Selectable } from 'kysely';

/** A clinician's adjustment to the proposed plan: an input applied on every derivation. */
export interface PlanAdjustmentTable {
  id: Generated<number>;
  client_id: number;
  /** The planned session's date (a held week: any day of it). */
  date: string;
  /** The session's log family (run, walk, strength, mobility, cross_training); null for a held week. */
  kind: string | null;
  /** The engine's action as JSON ({"type":"move","toDate":…}). */
  action: string;
  reason: string;
  adjusted_by: string;
  created_at: string;
}

export type PlanAdjustmentRow = Selectable<PlanAdjustmentTable>;
export type NewPlanAdjustmentRow = Insertable<PlanAdjustmentTable>;
