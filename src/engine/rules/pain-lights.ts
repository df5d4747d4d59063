/**
 * Pain lights (E14) from a logged session and the tissue's limits: the decision table of
 * clinical-reference.md §3.3 with the soreness rules of §3.2. The engine's reading of it [SYN]:
 * - refer:  any red flag, or symptoms not settled after 72 h;
 * - red:    pain during above the limit, pain that built up, limp, warm-up soreness that did not
 *           clear, next-morning pain above the limit or 2+ points above the client's baseline;
 * - orange: new swelling, or next-morning pain above the baseline;
 * - amber:  warm-up soreness that cleared, pain above the preferred level (within the limit),
 *           pain after above the limit, next-morning pain above the preferred level, or a session
 *           stopped early without a pain reason;
 * - green:  everything else.
 * The morning baseline is the previous log's next-morning pain (the tissue's preferred level
 * before the first log), so stable symptoms do not block progress but rising ones do.
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
  | 'pain_over_limit'
  | 'pain_built'
  | 'limp'
  | 'warmup_pain_persisted'
  | 'morning_over_limit'
  | 'morning_much_worse'
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

const above = (value: number | null, limit: number): boolean => value !== null && value > limit;

/** The pain light of one log. */
export function painLight(log: SessionLog, limits: PainLimits, baselineMorning: number): LightResult {
  if (log.redFlags.length > 0) return { light: 'refer', trigger: 'red_flag' };
  if (log.settledWithin72h === false) return { light: 'refer', trigger: 'not_settled_72h' };

  if (above(log.painDuring, limits.duringMax)) return { light: 'red', trigger: 'pain_over_limit' };
  if (log.painBuiltDuringRun) return { light: 'red', trigger: 'pain_built' };
  if (log.limp) return { light: 'red', trigger: 'limp' };
  if (log.warmupPainCleared === false) return { light: 'red', trigger: 'warmup_pain_persisted' };
  if (above(log.painNextMorning, limits.duringMax)) return { light: 'red', trigger: 'morning_over_limit' };
  if (above(log.painNextMorning, baselineMorning + 1)) return { light: 'red', trigger: 'morning_much_worse' };

  if (log.swelling) return { light: 'orange', trigger: 'swelling' };
  if (above(log.painNextMorning, baselineMorning)) return { light: 'orange', trigger: 'morning_worse' };

  if (log.warmupPainCleared === true) return { light: 'amber', trigger: 'warmup_pain_cleared' };
  if (above(log.painDuring, limits.preferredMax)) return { light: 'amber', trigger: 'pain_above_preferred' };
  if (above(log.painAfter, limits.duringMax)) return { light: 'amber', trigger: 'pain_after_high' };
  if (above(log.painNextMorning, limits.preferredMax)) return { light: 'amber', trigger: 'morning_symptoms' };
  if (!log.completed) return { light: 'amber', trigger: 'stopped_early' };

  return { light: 'green', trigger: 'within_limits' };
}

/** Days with no running after a session with this light (R6, §3.3): orange 1, red 2. */
export function restDaysAfter(light: PainLight): number {
  if (light === 'red') return 2;
  if (light === 'orange') return 1;
  return 0;
}

/** Two red lights within this many days refer the client (§3.3 [SYN]). */
export const REDS_WINDOW_DAYS = 14;
