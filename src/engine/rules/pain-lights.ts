/**
 * Pain lights (E14) from a logged session and the tissue's limits: the decision table of
 * clinical-reference.md §3.3 with the soreness rules of §3.2. The engine's reading of it [SYN]:
 * - refer:  any red flag (after knee surgery an effusion is handled by E37 instead), symptoms not
 *           settled after 72 h, a second effusion within 14 days after knee surgery (E37), any
 *           site pain or flare at a high-risk bone stress site (E25), a muscle strain stopped early
 *           with a red light in the first weeks back (suspected re-strain, E24);
 * - red:    pain during above the limit, pain that built up, limp, warm-up soreness that did not
 *           clear, next-morning pain above the limit, 2+ points above the previous morning, or 2+
 *           above the lowest morning of the week before (a rising trend, E36);
 * - orange: new swelling (after knee surgery: a first effusion, E37), or next-morning pain above
 *           the previous morning's score (the rolling baseline, E36);
 * - amber:  warm-up soreness that cleared, pain above the preferred level (within the limit),
 *           pain after above the limit, next-morning pain above the preferred level, or a session
 *           stopped early without a pain reason;
 * - green:  everything else.
 */
import type { PainLight, SessionLog } from '../types';

export interface PainLimits {
  duringMax: number;
  preferredMax: number;
}

/** Why a log got its light: the first trigger found, as a stable code (explained in the catalogues). */
export type PainTrigger =
  | 'red_flag'
  | 'not_settled_72h'
  | 'effusion_again'
  | 'high_risk_site_pain'
  | 'suspected_restrain'
  | 'pain_over_limit'
  | 'pain_built'
  | 'limp'
  | 'warmup_pain_persisted'
  | 'morning_over_limit'
  | 'morning_much_worse'
  | 'morning_rising'
  | 'effusion'
  | 'swelling'
  | 'morning_worse'
  | 'warmup_pain_cleared'
  | 'pain_above_preferred'
  | 'pain_after_high'
  | 'morning_symptoms'
  | 'stopped_early'
  | 'within_limits';

export interface LightResult {
  light: PainLight;
  trigger: PainTrigger;
}

/** What the light of one log depends on besides the log itself. */
export interface LightContext {
  limits: PainLimits;
  /** The last next-morning score logged before this session (null: none yet). */
  previousMorning: number | null;
  /** The lowest next-morning score of the 7 days before this session (null: none). */
  weekLowMorning: number | null;
  /** After knee surgery swelling counts as effusion (E37). */
  postOpKnee: boolean;
  /** An effusion was logged in the 14 days before this session (E37). */
  effusionWithin14Days: boolean;
  /** High-risk bone stress site: site pain or a flare refers (E25). */
  highRiskBone: boolean;
  /** A muscle strain in its first weeks back: stopped early with a red light refers (E24). */
  earlyMuscleStrain: boolean;
}

const above = (value: number | null, limit: number): boolean => value !== null && value > limit;

/** Pain light before the injury-specific referral rules. */
function baseLight(log: SessionLog, c: LightContext, effusion: boolean): LightResult {
  const { limits } = c;
  if (above(log.painDuring, limits.duringMax)) return { light: 'red', trigger: 'pain_over_limit' };
  if (log.painBuiltDuringRun) return { light: 'red', trigger: 'pain_built' };
  if (log.limp) return { light: 'red', trigger: 'limp' };
  if (log.warmupPainCleared === false) return { light: 'red', trigger: 'warmup_pain_persisted' };
  if (above(log.painNextMorning, limits.duringMax)) return { light: 'red', trigger: 'morning_over_limit' };
  // Without an earlier morning, the tissue's comfortable level is the baseline.
  const previous = c.previousMorning ?? limits.preferredMax;
  if (above(log.painNextMorning, previous + 1)) return { light: 'red', trigger: 'morning_much_worse' };
  if (c.weekLowMorning !== null && above(log.painNextMorning, c.weekLowMorning + 1))
    return { light: 'red', trigger: 'morning_rising' };

  if (effusion) return { light: 'orange', trigger: 'effusion' };
  if (log.swelling) return { light: 'orange', trigger: 'swelling' };
  if (above(log.painNextMorning, previous)) return { light: 'orange', trigger: 'morning_worse' };

  if (log.warmupPainCleared === true) return { light: 'amber', trigger: 'warmup_pain_cleared' };
  if (above(log.painDuring, limits.preferredMax)) return { light: 'amber', trigger: 'pain_above_preferred' };
  if (above(log.painAfter, limits.duringMax)) return { light: 'amber', trigger: 'pain_after_high' };
  if (above(log.painNextMorning, limits.preferredMax)) return { light: 'amber', trigger: 'morning_symptoms' };
  if (!log.completed) return { light: 'amber', trigger: 'stopped_early' };

  return { light: 'green', trigger: 'within_limits' };
}

/** The pain light of one log. */
export function painLight(log: SessionLog, c: LightContext): LightResult {
  // After knee surgery, swelling is effusion and an effusion flag is the same finding (E37).
  const effusion = c.postOpKnee && (log.swelling || log.redFlags.includes('effusion'));
  const flags = effusion ? log.redFlags.filter((f) => f !== 'effusion') : log.redFlags;
  if (flags.length > 0) return { light: 'refer', trigger: 'red_flag' };
  if (log.settledWithin72h === false) return { light: 'refer', trigger: 'not_settled_72h' };
  if (effusion && c.effusionWithin14Days) return { light: 'refer', trigger: 'effusion_again' };
  const result = baseLight(log, c, effusion);
  if (c.highRiskBone) {
    const sitePain = above(log.painDuring, 0) || above(log.painAfter, 0) || above(log.painNextMorning, 0);
    if (result.light === 'orange' || result.light === 'red' || sitePain)
      return { light: 'refer', trigger: 'high_risk_site_pain' };
  }
  if (c.earlyMuscleStrain && result.light === 'red' && !log.completed)
    return { light: 'refer', trigger: 'suspected_restrain' };
  return result;
}

/** Triggers of an amber light that the pain-monitoring model calls acceptable (E35). */
export const ACCEPTABLE_AMBER: ReadonlySet<PainTrigger> = new Set([
  'pain_above_preferred',
  'morning_symptoms',
]);

/** Days with no running after a session with this light (R6, §3.3): orange 1, red 2. */
export function restDaysAfter(light: PainLight): number {
  if (light === 'red') return 2;
  if (light === 'orange') return 1;
  return 0;
}

/** Two red lights within this many days refer the client (§3.3 [SYN]). */
export const REDS_WINDOW_DAYS = 14;
