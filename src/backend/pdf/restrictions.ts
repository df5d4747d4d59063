/**
 * The restrictions the client must keep today, for the summary: the clinician's note restrictions
 * and the injury's default restrictions, each said as what it is. Which defaults are in force is
 * the engine's own rule (clearance below full, a clearance dated before a time gate, the ACL
 * sport-timing gate), so the print and the plan never disagree.
 */
import { defaultRestrictionsInForce as engineDefaults } from '../../engine/restrictions-in-force';
import type { DefaultRestrictionInForce } from '../../engine/restrictions-in-force';
import type { IsoDate, PlanRequest, Restriction } from '../../engine/types';

export type DefaultRestriction = DefaultRestrictionInForce;

/** The injury's default restrictions in force on `today`, in the injury's order. */
export function defaultRestrictionsInForce(request: PlanRequest, today: IsoDate): DefaultRestriction[] {
  return engineDefaults(request, today);
}

/** The clinician's note restrictions in force on `today`, the latest note winning per code. */
export function noteRestrictionsInForce(request: PlanRequest, today: IsoDate): Restriction[] {
  const latest = new Map<string, Restriction>();
  const notes = [...request.notes]
    .filter((n) => n.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const note of notes) for (const r of note.restrictions) latest.set(r.code, r);
  return [...latest.values()].filter((r) => !r.until || r.until >= today);
}
