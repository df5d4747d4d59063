import type { Clearance } from '../../contract/clearances';
import { CLEARANCE_LEVELS } from '../../engine/types';
import { asOneOf } from '../mapping';
import type { ClearanceRow } from './clearance.table';

/** Row → DTO at the edge. */
export function toClearance(row: ClearanceRow): Clearance {
  return {
    id: row.id,
    clientId: row.client_id,
    level: asOneOf(CLEARANCE_LEVELS, row.level, 'not_cleared'),
    date: row.date,
    by: row.cleared_by,
    reviewDate: row.review_date,
    conditions: row.conditions,
    overrideTimeGate: row.override_time_gate === 1,
    overrideReason: row.override_reason,
    overrideSportGate: row.override_sport_gate === 1,
    createdAt: row.created_at,
  };
}
