/**
 * Clinician restrictions (rule E6) and the injury's default restrictions, resolved for one day.
 * A note's restriction applies from the note's date through its `until` date (inclusive); the
 * injury defaults apply until the clinician records full clearance.
 */
import type { DayNumber } from '../dates';
import { toDay } from '../dates';
import type { FlagRestrictionCode, Modality, PlanRequest, RestrictionCode, Surface } from '../types';
import { FLAG_RESTRICTION_CODES } from '../types';

export interface TimedRestriction {
  code: RestrictionCode;
  value: number | null;
  fromDay: DayNumber;
  untilDay: DayNumber | null;
  /** true when it comes from the injury defaults rather than a clinician's note. */
  isDefault: boolean;
}

export interface DayRestrictions {
  flags: ReadonlySet<FlagRestrictionCode>;
  /** The flags that come from a note (for explanations naming the clinician's restriction). */
  noteCodes: readonly RestrictionCode[];
  /** The injury's default restrictions in force that day (until full clearance, E6, E32). */
  defaultCodes: readonly FlagRestrictionCode[];
  /** Flags in force because a test-based criterion is not met yet (E42). */
  criteriaCodes: readonly FlagRestrictionCode[];
  maxSessionMinutes: number | null;
  maxRunMinutes: number | null;
  maxSessionsPerWeek: number | null;
  painLimit: number | null;
}

const isFlag = (code: RestrictionCode): code is FlagRestrictionCode =>
  (FLAG_RESTRICTION_CODES as readonly string[]).includes(code);

/** Flattens the notes' restrictions with their date ranges. */
export function noteRestrictions(request: PlanRequest): TimedRestriction[] {
  return request.notes.flatMap((note) =>
    note.restrictions.map((r) => ({
      code: r.code,
      value: r.value ?? null,
      fromDay: toDay(note.date),
      untilDay: r.until ? toDay(r.until) : null,
      isDefault: false,
    })),
  );
}

/** Whether a timed restriction applies on `day` (from its note's date through `until`). */
export function inForce(r: TimedRestriction, day: DayNumber): boolean {
  return day >= r.fromDay && (r.untilDay === null || day <= r.untilDay);
}

const minOf = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

/**
 * Resolves the restrictions in force on `day`. Numeric limits combine by taking the strictest,
 * except `pain_limit`, where the latest note wins: it is the clinician's own threshold.
 */
export function restrictionsOn(
  timed: readonly TimedRestriction[],
  defaults: readonly FlagRestrictionCode[],
  defaultsApply: boolean,
  day: DayNumber,
): DayRestrictions {
  const flags = new Set<FlagRestrictionCode>(defaultsApply ? defaults : []);
  const defaultCodes = defaultsApply ? [...new Set(defaults)] : [];
  const noteCodes: RestrictionCode[] = [];
  let maxSessionMinutes: number | null = null;
  let maxRunMinutes: number | null = null;
  let maxSessionsPerWeek: number | null = null;
  let painLimit: number | null = null;
  let painLimitFrom = Number.NEGATIVE_INFINITY;
  for (const r of timed) {
    if (!inForce(r, day)) continue;
    if (!noteCodes.includes(r.code)) noteCodes.push(r.code);
    if (isFlag(r.code)) {
      flags.add(r.code);
      continue;
    }
    if (r.value === null) continue;
    if (r.code === 'max_session_minutes') maxSessionMinutes = minOf(maxSessionMinutes, r.value);
    else if (r.code === 'max_run_minutes') maxRunMinutes = minOf(maxRunMinutes, r.value);
    else if (r.code === 'max_sessions_per_week') maxSessionsPerWeek = minOf(maxSessionsPerWeek, r.value);
    else if (r.code === 'pain_limit' && r.fromDay >= painLimitFrom) {
      painLimit = r.value;
      painLimitFrom = r.fromDay;
    }
  }
  return {
    flags,
    noteCodes,
    defaultCodes,
    criteriaCodes: [],
    maxSessionMinutes,
    maxRunMinutes,
    maxSessionsPerWeek,
    painLimit,
  };
}

/** Where to run or walk on a day with these restrictions; walk-runs and early runs stay flat. */
export function surfaceFor(r: DayRestrictions, earlyPhase: boolean): Surface {
  if (r.flags.has('treadmill_only')) return 'treadmill';
  const flat =
    earlyPhase || r.flags.has('flat_surface') || r.flags.has('no_hills') || r.flags.has('no_downhill');
  const soft = r.flags.has('soft_surface');
  if (flat && soft) return 'flat_soft';
  if (flat) return 'flat';
  if (soft) return 'soft';
  return 'any';
}

/** Modalities the restrictions forbid on that day (E7). */
export function restrictedModalities(r: DayRestrictions): Modality[] {
  const out: Modality[] = [];
  if (r.flags.has('no_cycling')) out.push('bike');
  if (r.flags.has('no_swimming')) out.push('swim');
  // "No impact" cross-training: keep to non-weight-bearing options; the cross-trainer is the one
  // weight-bearing modality in the list.
  if (r.flags.has('no_impact_cross_training')) out.push('elliptical');
  return out;
}
