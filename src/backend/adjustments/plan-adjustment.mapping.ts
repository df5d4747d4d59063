import { LOG_FAMILIES, type PlanAdjustment } from '../../engine/types';
import type { AdjustmentAction } from '../../engine/types';
import type { Adjustment } from '../../contract/adjustments';
import { asOneOf, asOneOfOrNull } from '../mapping';
import type { PlanAdjustmentRow } from './plan-adjustment.table';

/** The id the engine orders and reports adjustments by: the row id, padded so text order is row order. */
export const engineAdjustmentId = (rowId: number): string => String(rowId).padStart(8, '0');

/** A stored adjustment as the engine reads it. */
export function toPlanAdjustment(row: PlanAdjustmentRow): PlanAdjustment {
  const action = JSON.parse(row.action) as AdjustmentAction;
  const record = {
    id: engineAdjustmentId(row.id),
    date: row.date,
    by: row.adjusted_by,
    at: row.created_at.slice(0, 10),
    reason: row.reason,
  };
  if (action.type === 'hold_week') return { ...record, action };
  return { ...record, kind: asOneOf(LOG_FAMILIES, row.kind ?? 'run', 'run'), action };
}

/** A stored adjustment as the contract shows it (the list; a client record without the ids). */
export function toAdjustment(row: PlanAdjustmentRow): Adjustment {
  return {
    id: row.id,
    clientId: row.client_id,
    date: row.date,
    kind: asOneOfOrNull(LOG_FAMILIES, row.kind),
    action: JSON.parse(row.action) as AdjustmentAction,
    by: row.adjusted_by,
    reason: row.reason,
    createdAt: row.created_at,
  };
}
