/**
 * Who the client is and what the injury is, as it changes the rules (issue 9 §3–4): age, earlier
 * episodes, RED-S risk, a high-risk bone stress site, return-to-sport times by site, the ACL
 * sport-timing gate and the pre-injury running volume. Computed once per request; pure.
 */
import type { DayNumber } from './dates';
import { dateParts, toDay } from './dates';
import type { BsiSite, PlanRequest, RedsSign } from './types';
import { HIGH_RISK_BSI_SITES } from './types';

/** Why a client progresses more slowly (E28). */
export type SlowReason = 'high_risk_bone' | 'age_60' | 'third_episode';

/** Why RED-S screening and two full rest days a week are required (E27). */
export type RedsReason = 'recurrent_bsi' | 'bsi_under_18' | RedsSign;

export interface ClientProfile {
  /** Whole years at the programme start, or null without a birth date. */
  age: number | null;
  slowReasons: SlowReason[];
  /** Successful sessions needed at a ladder stage (R4; 3 when progressing slowly, E28). */
  successesPerStage: number;
  /** Stage advances allowed in any 7 days (R4; 1 when progressing slowly, E28). */
  advancesPerWeek: number;
  redsReasons: RedsReason[];
  /** Full rest days (no session at all) every week (E30). */
  restDaysPerWeek: number;
  highRiskBone: boolean;
  /** The muscle strains whose early stopped-red means a suspected re-strain (E24). */
  muscleStrain: boolean;
  postOpKnee: boolean;
  /** Expected return-to-sport day after a bone stress injury (Hoenig 2023, E26); null otherwise. */
  boneReturnDay: DayNumber | null;
  boneReturnDays: number | null;
  /** ACL reconstruction: speed, hills and uneven ground not before this day (E32); null otherwise. */
  aclSportDay: DayNumber | null;
  /** Weekly running minutes the rebuild aims at: half the pre-injury volume (E29); 0 for none. */
  volumeTarget: number;
  /** Smallest weekly increase R10 allows while below the volume target (E29). */
  weeklyStepFloor: number;
  /** Largest share of a week's running the long run may hold (E38). */
  longRunShare: number;
}

/** Hoenig et al. 2023 pooled return-to-sport days by site [S18]; other sites take the longest
 * figure of their risk class (navicular for high risk, fibula for low risk) [SYN]. */
const RETURN_DAYS: Readonly<Partial<Record<BsiSite, number>>> = {
  navicular: 127,
  femoral_neck: 107,
  fibula: 56,
  posteromedial_tibia: 44,
};
const RETURN_DAYS_HIGH_RISK_DEFAULT = 127;
const RETURN_DAYS_LOW_RISK_DEFAULT = 56;
/** ACL reconstruction: speed, hills and sport not before 9 months (about 39 weeks) [S38]. */
export const ACL_SPORT_WEEKS = 39;
/** Age from which progression is slower (E28) [S29: age weighs in return planning; SYN]. */
export const SLOW_AGE = 60;
/** Pre-injury volume below which it does not change the plan (minutes a week). */
const VOLUME_MIN_MINUTES = 60;

function ageAt(birthDate: string | null, day: DayNumber): number | null {
  if (!birthDate) return null;
  const born = dateParts(toDay(birthDate));
  const now = dateParts(day);
  let age = now.year - born.year;
  if (now.month < born.month || (now.month === born.month && now.day < born.day)) age -= 1;
  return age;
}

/** The day a bone stress injury began: its onset date, else the start minus the weeks off. */
function boneAnchor(request: PlanRequest): DayNumber {
  if (request.injury.onsetDate) return toDay(request.injury.onsetDate);
  return toDay(request.startDate) - request.injury.weeksWithoutRunning * 7;
}

export function buildProfile(request: PlanRequest): ClientProfile {
  const { injury, client, fitness } = request;
  const start = toDay(request.startDate);
  const age = ageAt(client.birthDate, start);
  const bone = injury.type === 'bsi_low_risk' || injury.type === 'bsi_high_risk';
  const highRiskBone =
    injury.type === 'bsi_high_risk' ||
    (injury.bsiSite !== null && (HIGH_RISK_BSI_SITES as readonly string[]).includes(injury.bsiSite));

  const slowReasons: SlowReason[] = [];
  if (highRiskBone) slowReasons.push('high_risk_bone');
  if (age !== null && age >= SLOW_AGE) slowReasons.push('age_60');
  if (injury.previousEpisodes >= 2) slowReasons.push('third_episode');

  const redsReasons: RedsReason[] = [];
  if (bone && injury.previousEpisodes > 0) redsReasons.push('recurrent_bsi');
  if (bone && age !== null && age < 18) redsReasons.push('bsi_under_18');
  for (const sign of client.redsSigns) {
    // Periods often stay away while breastfeeding: not a RED-S sign then [S15, S51].
    if (sign === 'missed_periods' && client.breastfeeding) continue;
    if (!redsReasons.includes(sign)) redsReasons.push(sign);
  }

  const boneReturnDays = bone
    ? (RETURN_DAYS[injury.bsiSite ?? 'other_low_risk'] ??
      (highRiskBone ? RETURN_DAYS_HIGH_RISK_DEFAULT : RETURN_DAYS_LOW_RISK_DEFAULT))
    : null;
  const aclSportDay =
    injury.type === 'acl_reconstruction' && injury.surgeryDate && !request.clearance.overrideSportGate
      ? toDay(injury.surgeryDate) + ACL_SPORT_WEEKS * 7
      : null;
  const preInjury = fitness.preInjuryWeeklyRunMinutes;
  const volumeTarget = preInjury >= VOLUME_MIN_MINUTES ? Math.round(preInjury * 0.5) : 0;
  const slow = slowReasons.length > 0;
  return {
    age,
    slowReasons,
    successesPerStage: slow ? 3 : 2,
    advancesPerWeek: slow ? 1 : 2,
    redsReasons,
    // Bone needs two full rest days a week [S66]; so does a client at risk of RED-S [S51].
    restDaysPerWeek: bone || redsReasons.length > 0 ? 2 : 1,
    highRiskBone,
    muscleStrain: injury.type === 'hamstring_strain' || injury.type === 'calf_strain',
    postOpKnee: injury.type === 'acl_reconstruction' || injury.type === 'knee_surgery_other',
    boneReturnDay: boneReturnDays === null ? null : boneAnchor(request) + boneReturnDays,
    boneReturnDays,
    aclSportDay,
    volumeTarget,
    weeklyStepFloor: volumeTarget > 0 ? Math.max(10, Math.round(preInjury * 0.1)) : 10,
    // Bone and patellofemoral pain: more, shorter runs rather than one long one [S19, S31].
    longRunShare: bone || injury.type === 'mtss' || injury.type === 'patellofemoral_pain' ? 0.35 : 0.4,
  };
}
