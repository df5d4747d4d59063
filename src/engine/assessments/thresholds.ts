/**
 * The numbers criteria compare results with. Where sources disagree (clinical-reference §7), a
 * clinic may set its own value: the request carries the clinic's choices and everything else keeps
 * the default, which is the cited source's value. `alternatives` are the other published values,
 * offered in settings with their source.
 */
import type { SourceId } from '../protocols/sources';

export interface ThresholdDef {
  default: number;
  /** Inclusive range a clinic may choose from. */
  min: number;
  max: number;
  /** The source of the default. */
  sources: readonly SourceId[];
  /** Other published values and where they come from. */
  alternatives: readonly { value: number; sources: readonly SourceId[] }[];
}

export const CRITERION_THRESHOLDS = {
  /** 30 minutes of brisk walking: pain allowed (R2: "no pain, no limp"). */
  walk_pain_max: { default: 0, min: 0, max: 3, sources: ['S1', 'S2', 'S6'], alternatives: [] },
  /** 10 single-leg hops: pain allowed (§2.1 "pain-free"). */
  hop_pain_max: { default: 0, min: 0, max: 3, sources: ['S12', 'S30'], alternatives: [] },
  /** First-step morning pain allowed (plantar heel: >4 swaps a run for a walk; tendon ≤3 preferred). */
  morning_pain_max: {
    default: 3,
    min: 0,
    max: 5,
    sources: ['S28'],
    alternatives: [{ value: 4, sources: ['S39'] }],
  },
  /** Single-leg heel raises on the injured side before the first run (calf strain). */
  heel_raises_run: { default: 25, min: 10, max: 40, sources: ['S36'], alternatives: [] },
  /** Single-leg heel raises on the injured side before full training (calf strain). */
  heel_raises_full: { default: 30, min: 15, max: 50, sources: ['S36'], alternatives: [] },
  /** Heel-raise limb symmetry: at most 10% asymmetry. */
  heel_raise_lsi: { default: 90, min: 70, max: 100, sources: ['S36'], alternatives: [] },
  /** Pain allowed in the bone loading tests: ideally none, ≤2/10 may be acceptable. */
  bone_pain_max: {
    default: 0,
    min: 0,
    max: 2,
    sources: ['S25'],
    alternatives: [{ value: 2, sources: ['S25'] }],
  },
  /** After knee surgery: degrees of extension missing (full extension). */
  knee_extension_deficit_max: { default: 0, min: 0, max: 5, sources: ['S17'], alternatives: [] },
  /** After knee surgery: flexion as a percentage of the other knee. */
  knee_flexion_min: { default: 95, min: 80, max: 100, sources: ['S17'], alternatives: [] },
  /** After knee surgery: effusion grade allowed (0 zero, 1 trace, 2 = 1+). */
  knee_effusion_max: { default: 1, min: 0, max: 2, sources: ['S17', 'S38'], alternatives: [] },
  /** After knee surgery: quadriceps (and hamstring) strength LSI before running. */
  knee_strength_lsi_run: {
    default: 70,
    min: 60,
    max: 100,
    sources: ['S17'],
    alternatives: [{ value: 80, sources: ['S3'] }],
  },
  /** After ACL reconstruction: hop-test LSI before speed, hills and uneven ground. */
  acl_hop_lsi_sport: {
    default: 90,
    min: 70,
    max: 100,
    sources: ['S38'],
    alternatives: [
      { value: 85, sources: ['S17'] },
      { value: 80, sources: ['S3'] },
    ],
  },
  /** Hamstring strain: eccentric strength LSI before strides and speed. */
  hamstring_lsi_speed: { default: 90, min: 70, max: 100, sources: ['S35', 'SYN'], alternatives: [] },
  /** Hamstring strain: pain-free sprint effort (% of full) before strides and speed. */
  sprint_percent_speed: { default: 90, min: 50, max: 100, sources: ['S35', 'SYN'], alternatives: [] },
} as const satisfies Record<string, ThresholdDef>;

export type ThresholdId = keyof typeof CRITERION_THRESHOLDS;
export const THRESHOLD_IDS = Object.keys(CRITERION_THRESHOLDS) as ThresholdId[];

/** A clinic's own thresholds; a missing one keeps the default. */
export type CriteriaThresholds = Partial<Record<ThresholdId, number>>;

/** Every threshold, the clinic's choice where it made one. */
export function resolveThresholds(
  chosen: CriteriaThresholds | undefined,
): Readonly<Record<ThresholdId, number>> {
  const out = {} as Record<ThresholdId, number>;
  for (const id of THRESHOLD_IDS) out[id] = chosen?.[id] ?? CRITERION_THRESHOLDS[id].default;
  return out;
}
