/**
 * Time gates (rule E1): ACL reconstruction +12 weeks, other knee surgery +8 weeks, postnatal +12
 * weeks from delivery, and for high-risk bone stress no running until imaging confirms healing.
 * The treating clinician may override a gate (E2); the override is then shown on every output.
 */
import type { DayNumber } from '../dates';
import { toDay } from '../dates';
import { INJURY_DEFAULTS } from '../protocols/injury-defaults';
import type { PlanRequest } from '../types';

export interface GateInfo {
  kind: 'surgery' | 'delivery' | 'imaging' | null;
  weeks: number;
  /** First day running is allowed by the gate, before any override; null for no dated gate. */
  gateDay: DayNumber | null;
  /** bsi_high_risk without imaging-confirmed healing and no override. */
  imagingBlocked: boolean;
  overridden: boolean;
  /** The gate would have held something back in this plan, so the override matters. */
  overrideMatters: boolean;
  /** First day running is allowed after applying the override. */
  effectiveDay: DayNumber | null;
}

/** The injury's time gate for this request. */
export function gateInfo(request: PlanRequest): GateInfo {
  const gate = INJURY_DEFAULTS[request.injury.type].timeGate;
  const overridden = request.clearance.overrideTimeGate;
  const start = toDay(request.startDate);
  if (gate === null) {
    return {
      kind: null,
      weeks: 0,
      gateDay: null,
      imagingBlocked: false,
      overridden,
      overrideMatters: false,
      effectiveDay: null,
    };
  }
  if (gate.kind === 'imaging') {
    const blocked = !request.injury.imagingConfirmedHealing;
    return {
      kind: 'imaging',
      weeks: 0,
      gateDay: null,
      imagingBlocked: blocked && !overridden,
      overridden,
      overrideMatters: blocked && overridden,
      effectiveDay: null,
    };
  }
  const anchor = gate.kind === 'surgery' ? request.injury.surgeryDate : request.injury.deliveryDate;
  // The contract requires the anchor date; without one the gate cannot be placed, so the engine
  // keeps running back for the whole plan rather than guess.
  const gateDay = anchor === null ? Number.POSITIVE_INFINITY : toDay(anchor) + gate.weeks * 7;
  return {
    kind: gate.kind,
    weeks: gate.weeks,
    gateDay,
    imagingBlocked: false,
    overridden,
    overrideMatters: overridden && gateDay > start,
    effectiveDay: overridden ? null : gateDay,
  };
}
