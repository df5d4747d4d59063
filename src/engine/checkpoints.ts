/**
 * Checkpoints: what the clinician checks before raising the clearance to each level above the
 * current one (clinical-reference §2), with the date the projected pathway reaches it.
 */
import type { PlanContext } from './context';
import { said, text } from './context';
import type { CriterionGate, CriterionTrack } from './assessments/criteria';
import { evaluationOn, holdsOn } from './assessments/criteria';
import type { MessageArgs } from './i18n/message';
import { dateArg, sub } from './i18n/message';
import { fromDay } from './dates';
import type { MessageKey } from './i18n/messages';
import { levelRank } from './rules/clearance-gate';
import type { ProgressState } from './state';
import type {
  Checkpoint,
  CheckpointCriterion,
  ClearanceLevel,
  CriterionAssessment,
  InjuryType,
} from './types';

type Suffix<K, P extends string> = K extends `${P}${infer C}` ? C : never;
type CriterionCode = Suffix<MessageKey, 'criterion.'>;

const BEFORE_RUNNING: Readonly<Record<InjuryType, readonly CriterionCode[]>> = {
  bsi_low_risk: ['no_bony_tenderness', 'bone_loading_tests', 'energy_availability'],
  bsi_high_risk: ['imaging_healing', 'no_bony_tenderness', 'bone_loading_tests', 'energy_availability'],
  mtss: ['no_bony_tenderness', 'bone_loading_tests'],
  achilles_tendinopathy: ['morning_stiffness', 'hops_10'],
  plantar_heel_pain: ['morning_stiffness', 'hops_10'],
  patellofemoral_pain: ['hops_10'],
  itb_syndrome: ['hops_10'],
  hamstring_strain: ['hamstring_ready'],
  calf_strain: ['calf_raises_25'],
  ankle_sprain: ['ankle_paass', 'hops_10'],
  acl_reconstruction: ['knee_criteria', 'knee_strength'],
  knee_surgery_other: ['knee_criteria', 'knee_strength'],
  postnatal: [
    'pelvic_floor',
    'postnatal_walk',
    'postnatal_balance',
    'postnatal_squat',
    'postnatal_jog',
    'postnatal_bounds',
    'postnatal_hops',
    'postnatal_running_man',
    'postnatal_strength',
  ],
  other_soft_tissue: ['hops_10'],
};

function criterion(ctx: PlanContext, code: CriterionCode, params?: MessageArgs): CheckpointCriterion {
  const track = ctx.criteria.find((t) => t.code === code);
  return {
    code,
    ...text(ctx, `criterion.${code}`, params),
    ...(track ? { assessment: assessmentOf(ctx, track) } : {}),
  };
}

/** Where the client stands on a test-based criterion today (E42). */
function assessmentOf(ctx: PlanContext, track: CriterionTrack): CriterionAssessment {
  const day = Math.max(ctx.today, ctx.start);
  const evaluation = evaluationOn(track, day);
  const latest = evaluation.latest === null ? null : said(ctx, evaluation.latest);
  const threshold = said(ctx, track.threshold);
  return {
    status: evaluation.status,
    required: track.required,
    holdsBack: holdsOn(track, day, ctx.today),
    tests: [...track.def.tests],
    testedOn: evaluation.testedOn,
    latest: latest?.text ?? null,
    ...(latest ? { latestI18n: latest.i18n } : {}),
    threshold: threshold.text,
    thresholdI18n: threshold.i18n,
    sources: [...track.sources],
  };
}

const GATE_LEVEL: Readonly<Record<CriterionGate, ClearanceLevel>> = {
  running: 'walk_run',
  continuous: 'continuous',
  speed_hills: 'full',
};

/** The test-based criteria of a level's step that its fixed list does not name yet. */
function assessedFor(
  ctx: PlanContext,
  level: ClearanceLevel,
  listed: readonly CheckpointCriterion[],
): CheckpointCriterion[] {
  return ctx.criteria
    .filter((track) => GATE_LEVEL[track.def.gate] === level && !listed.some((c) => c.code === track.code))
    .map((track) => criterion(ctx, track.code));
}

/** A level's step waits for a test-based criterion today, whatever the clearance (E42). */
function heldByCriteria(ctx: PlanContext, level: ClearanceLevel): boolean {
  const day = Math.max(ctx.today, ctx.start);
  return ctx.criteria.some((track) => GATE_LEVEL[track.def.gate] === level && holdsOn(track, day, ctx.today));
}

function criteriaFor(ctx: PlanContext, level: ClearanceLevel): CheckpointCriterion[] {
  const listed = listedCriteriaFor(ctx, level);
  const review = listed.findIndex((c) => c.code === 'clinician_review' || c.code === 'clearance_after_gate');
  const assessed = assessedFor(ctx, level, listed);
  // Tests come before the clinician's review, which is always the last step.
  return review < 0
    ? [...listed, ...assessed]
    : [...listed.slice(0, review), ...assessed, ...listed.slice(review)];
}

function listedCriteriaFor(ctx: PlanContext, level: ClearanceLevel): CheckpointCriterion[] {
  switch (level) {
    case 'walking':
      return [criterion(ctx, 'daily_activities_pain_free'), criterion(ctx, 'clinician_review')];
    case 'walk_run': {
      const list = [criterion(ctx, 'walk_30min_pain_free')];
      const gate = ctx.gate;
      if (
        gate.kind !== null &&
        gate.kind !== 'imaging' &&
        gate.gateDay !== null &&
        Number.isFinite(gate.gateDay)
      ) {
        list.push(
          criterion(ctx, 'time_gate', {
            date: dateArg(gate.gateDay),
            gate: sub(`gate.${gate.kind}`, { weeks: gate.weeks }),
          }),
        );
      }
      for (const code of BEFORE_RUNNING[ctx.request.injury.type]) list.push(criterion(ctx, code));
      if (ctx.clearanceBeforeGate && gate.effectiveDay !== null)
        list.push(criterion(ctx, 'clearance_after_gate', { date: dateArg(gate.effectiveDay) }));
      else list.push(criterion(ctx, 'clinician_review'));
      return list;
    }
    case 'continuous':
      return [
        criterion(ctx, 'ladder_top_twice'),
        criterion(ctx, 'pain_within_limits'),
        ...(ctx.profile.highRiskBone ? [criterion(ctx, 'bone_gate_review')] : []),
        criterion(ctx, 'clinician_review'),
      ];
    case 'full': {
      const list = [criterion(ctx, 'base_30min'), criterion(ctx, 'no_symptoms')];
      const p = ctx.profile;
      if (p.boneReturnDay !== null && p.boneReturnDays !== null)
        list.push(
          criterion(ctx, 'bone_return_time', {
            days: p.boneReturnDays,
            date: dateArg(p.boneReturnDay),
          }),
        );
      if (p.highRiskBone) list.push(criterion(ctx, 'bone_gate_review'));
      if (p.aclSportDay !== null)
        list.push(criterion(ctx, 'acl_sport_timing', { date: dateArg(p.aclSportDay) }));
      list.push(criterion(ctx, 'clinician_review'));
      return list;
    }
    default:
      return [];
  }
}

/** E27: RED-S screening, whatever the clearance: a doctor or sports dietitian checks energy availability. */
function redsCheckpoint(ctx: PlanContext): Checkpoint[] {
  if (ctx.profile.redsReasons.length === 0) return [];
  const criteria = [
    criterion(ctx, 'reds_energy'),
    criterion(ctx, ctx.request.client.breastfeeding ? 'reds_periods_breastfeeding' : 'reds_periods'),
  ];
  if (ctx.profile.redsReasons.includes('recurrent_bsi') || ctx.profile.redsReasons.includes('bsi_under_18'))
    criteria.push(criterion(ctx, 'reds_bone_health'));
  return [
    {
      id: 'reds_screening',
      requiresClearance: ctx.level,
      projectedDate: fromDay(Math.max(ctx.start, ctx.today)),
      criteria,
    },
  ];
}

/** Checkpoints for every clearance level above the current one, and RED-S screening (E27). */
export function buildCheckpoints(ctx: PlanContext, st: ProgressState): Checkpoint[] {
  return [...redsCheckpoint(ctx), ...levelCheckpoints(ctx, st)];
}

function levelCheckpoints(ctx: PlanContext, st: ProgressState): Checkpoint[] {
  const levels: ClearanceLevel[] = ['walking', 'walk_run', 'continuous', 'full'];
  return levels
    .filter((level) => levelRank(level) > levelRank(ctx.level) || heldByCriteria(ctx, level))
    .map((level) => {
      const first = st.firstDayNeeding[level];
      return {
        id: `to_${level}`,
        requiresClearance: level,
        projectedDate: first === undefined ? null : fromDay(first),
        criteria: criteriaFor(ctx, level),
      };
    });
}
