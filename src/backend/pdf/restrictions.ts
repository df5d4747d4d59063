/**
 * The restrictions the client must keep today, for the summary: the clinician's note restrictions
 * and the injury's default restrictions (INJURY_DEFAULTS[type].defaultRestrictions), each said as
 * what it is.
 *
 * When the injury's defaults apply mirrors the engine (src/engine/context.ts `restrictionsAt`):
 * on any day whose clearance is below `full` (a clearance dated after today counts as none yet).
 * After ACL reconstruction they also apply, with no speed work and no hills added, until 39 weeks
 * (about 9 months) after surgery unless the clinician recorded `clearance.overrideSportGate`
 * (engine rule E32). The engine exports no helper for this rule yet; when it does,
 * `defaultRestrictionsInForce` should call it instead of repeating it here.
 */
import { addDays } from '../../engine/dates';
import { INJURY_DEFAULTS } from '../../engine/protocols/injury-defaults';
import type { FlagRestrictionCode, IsoDate, PlanRequest, Restriction } from '../../engine/types';

/** Weeks after ACL reconstruction before speed, hills and uneven ground (the engine's E32). */
export const ACL_SPORT_WEEKS = 39;
/** What the ACL sport-timing gate adds to the injury's defaults. */
const ACL_EARLY_RESTRICTIONS: readonly FlagRestrictionCode[] = ['no_speed', 'no_hills'];

export interface DefaultRestriction {
  code: FlagRestrictionCode;
  /** The clearance is below full today and this default lasts until full clearance. */
  untilFullClearance: boolean;
  /** ACL reconstruction without the clinician's override: it lasts at least until this date. */
  untilDate: IsoDate | null;
}

/** The injury's default restrictions in force on `today`, in the injury's order. */
export function defaultRestrictionsInForce(request: PlanRequest, today: IsoDate): DefaultRestriction[] {
  const { injury, clearance } = request;
  const levelToday = today >= clearance.date ? clearance.level : 'not_cleared';
  const belowFull = levelToday !== 'full';
  const gateEnd =
    injury.type === 'acl_reconstruction' && injury.surgeryDate && !clearance.overrideSportGate
      ? addDays(injury.surgeryDate, ACL_SPORT_WEEKS * 7)
      : null;
  const untilDate = gateEnd !== null && today < gateEnd ? gateEnd : null;
  const base = INJURY_DEFAULTS[injury.type].defaultRestrictions;
  const out: DefaultRestriction[] = [];
  if (belowFull || untilDate !== null) {
    for (const code of base) out.push({ code, untilFullClearance: belowFull, untilDate });
  }
  if (untilDate !== null) {
    for (const code of ACL_EARLY_RESTRICTIONS) {
      if (!base.includes(code)) out.push({ code, untilFullClearance: false, untilDate });
    }
  }
  return out;
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
