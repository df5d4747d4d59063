/**
 * Checkpoints: what the clinician checks before raising the clearance to each level above the
 * current one (clinical-reference §2), with the date the projected pathway reaches it.
 */
import type { PlanContext } from './context';
import { text } from './context';
import { fromDay } from './dates';
import { formatDate } from './i18n/messages';
import type { MessageKey } from './i18n/messages';
import { levelRank } from './rules/clearance-gate';
import type { ProgressState } from './state';
import type { Checkpoint, CheckpointCriterion, ClearanceLevel, InjuryType } from './types';

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
  postnatal: ['pelvic_floor', 'postnatal_tests'],
  other_soft_tissue: ['hops_10'],
};

function criterion(
  ctx: PlanContext,
  code: CriterionCode,
  params: Record<string, string> = {},
): CheckpointCriterion {
  return { code, text: text(ctx, `criterion.${code}`, params) };
}

function criteriaFor(ctx: PlanContext, level: ClearanceLevel): CheckpointCriterion[] {
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
            date: formatDate(ctx.locale, gate.gateDay),
            gate: text(ctx, `gate.${gate.kind}`, { weeks: gate.weeks }),
          }),
        );
      }
      for (const code of BEFORE_RUNNING[ctx.request.injury.type]) list.push(criterion(ctx, code));
      list.push(criterion(ctx, 'clinician_review'));
      return list;
    }
    case 'continuous':
      return [
        criterion(ctx, 'ladder_top_twice'),
        criterion(ctx, 'pain_within_limits'),
        criterion(ctx, 'clinician_review'),
      ];
    case 'full':
      return [
        criterion(ctx, 'base_30min'),
        criterion(ctx, 'no_symptoms'),
        criterion(ctx, 'clinician_review'),
      ];
    default:
      return [];
  }
}

/** Checkpoints for every clearance level above the current one. */
export function buildCheckpoints(ctx: PlanContext, st: ProgressState): Checkpoint[] {
  const levels: ClearanceLevel[] = ['walking', 'walk_run', 'continuous', 'full'];
  return levels
    .filter((level) => levelRank(level) > levelRank(ctx.level))
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
