/**
 * The injury's default restrictions in force on a date, as the planner applies them (E6, E31,
 * E32): for outputs that list them for the client, so the print and the plan never disagree.
 */
import { buildContext, levelOn, restrictionsAt } from './context';
import { fromDay, toDay } from './dates';
import type { FlagRestrictionCode, IsoDate, PlanRequest } from './types';

export interface DefaultRestrictionInForce {
  code: FlagRestrictionCode;
  /** It lasts until the clinician records full clearance. */
  untilFullClearance: boolean;
  /** After ACL reconstruction (without the override) it lasts at least until this date. */
  untilDate: IsoDate | null;
}

/** The injury's default restrictions in force on `date`, in the injury's order. */
export function defaultRestrictionsInForce(request: PlanRequest, date: IsoDate): DefaultRestrictionInForce[] {
  const ctx = buildContext(request);
  const day = toDay(date);
  const belowFull = levelOn(ctx, day) !== 'full';
  const acl = ctx.profile.aclSportDay;
  const untilDate = acl !== null && day < acl ? fromDay(acl) : null;
  return restrictionsAt(ctx, day).defaultCodes.map((code) => ({
    code,
    untilFullClearance: belowFull && ctx.defaults.defaultRestrictions.includes(code),
    untilDate,
  }));
}
