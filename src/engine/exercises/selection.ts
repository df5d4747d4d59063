/**
 * Which exercises a strength or mobility session lists, by injury and by level (R12). Level 1
 * while running is not yet back (isometric and double-leg work), level 2 during the walk-run
 * ladder (single-leg strength), level 3 once running is continuous (heavier, slower loading and
 * light plyometrics as preparation for faster running).
 */
import type { Message } from '../i18n/message';
import type { Exercise, InjuryType, Locale } from '../types';
import type { ExerciseDef, ExerciseId } from './library';
import { EXERCISES } from './library';

export type StrengthLevel = 1 | 2 | 3;

type Programme = Readonly<Record<StrengthLevel, readonly ExerciseId[]>>;

const calfTendon: Programme = {
  1: ['calf_raise_hold', 'calf_raise_double', 'bridge', 'side_lying_abduction', 'dead_bug'],
  2: ['calf_raise_straight', 'calf_raise_bent', 'single_leg_bridge', 'split_squat', 'front_plank'],
  3: ['calf_raise_loaded', 'calf_raise_bent', 'pogo_hops', 'single_leg_rdl', 'side_plank'],
};

const bone: Programme = {
  1: ['calf_raise_double', 'tibialis_raise', 'bridge', 'side_lying_abduction', 'dead_bug'],
  2: ['calf_raise_straight', 'calf_raise_bent', 'split_squat', 'single_leg_bridge', 'front_plank'],
  3: ['calf_raise_loaded', 'step_up', 'single_leg_rdl', 'pogo_hops', 'side_plank'],
};

// Patellofemoral pain: quadriceps load the knee tolerates, with hip abductor work at every level.
const knee: Programme = {
  1: ['wall_sit', 'bridge', 'side_lying_abduction', 'clamshell', 'calf_raise_double'],
  2: ['step_up', 'split_squat', 'side_lying_abduction', 'single_leg_bridge', 'calf_raise_straight'],
  3: ['step_down', 'single_leg_squat_box', 'hip_hitch', 'single_leg_rdl', 'side_plank'],
};

const STRENGTH: Readonly<Record<InjuryType, Programme>> = {
  bsi_low_risk: bone,
  bsi_high_risk: bone,
  mtss: bone,
  achilles_tendinopathy: calfTendon,
  calf_strain: calfTendon,
  plantar_heel_pain: {
    1: ['calf_raise_double', 'short_foot', 'bridge', 'side_lying_abduction', 'dead_bug'],
    2: ['heel_raise_towel', 'calf_raise_bent', 'split_squat', 'single_leg_bridge', 'front_plank'],
    3: ['heel_raise_towel', 'calf_raise_loaded', 'pogo_hops', 'single_leg_rdl', 'side_plank'],
  },
  patellofemoral_pain: knee,
  // ITB syndrome: hip abductors and external rotators first [S34].
  itb_syndrome: {
    1: ['side_lying_abduction', 'clamshell', 'bridge', 'calf_raise_double', 'dead_bug'],
    2: ['hip_hitch', 'side_lying_abduction', 'side_plank', 'single_leg_bridge', 'step_up'],
    3: ['hip_hitch', 'side_lying_abduction', 'single_leg_squat_box', 'single_leg_rdl', 'side_plank'],
  },
  hamstring_strain: {
    1: ['hamstring_isometric', 'bridge', 'side_lying_abduction', 'dead_bug', 'calf_raise_double'],
    2: ['long_lever_bridge', 'single_leg_bridge', 'single_leg_rdl', 'split_squat', 'calf_raise_straight'],
    3: ['nordic_assisted', 'single_leg_rdl', 'single_leg_bridge', 'split_squat', 'calf_raise_straight'],
  },
  ankle_sprain: {
    1: ['single_leg_balance', 'band_eversion', 'calf_raise_double', 'bridge', 'dead_bug'],
    2: ['single_leg_balance', 'band_eversion', 'calf_raise_straight', 'step_up', 'star_reach'],
    3: ['star_reach', 'lateral_hops', 'calf_raise_straight', 'split_squat', 'side_plank'],
  },
  acl_reconstruction: {
    1: ['quad_set', 'straight_leg_raise', 'bridge', 'calf_raise_double', 'single_leg_balance'],
    2: ['sit_to_stand', 'step_up', 'single_leg_bridge', 'calf_raise_straight', 'single_leg_balance'],
    3: ['step_down', 'single_leg_squat_box', 'single_leg_rdl', 'calf_raise_straight', 'side_plank'],
  },
  knee_surgery_other: {
    1: ['quad_set', 'straight_leg_raise', 'bridge', 'calf_raise_double', 'single_leg_balance'],
    2: ['sit_to_stand', 'step_up', 'single_leg_bridge', 'calf_raise_straight', 'side_plank'],
    3: ['step_down', 'single_leg_squat_box', 'single_leg_rdl', 'calf_raise_straight', 'side_plank'],
  },
  postnatal: {
    1: ['pf_quick', 'pf_hold', 'pf_long_hold', 'bridge', 'side_lying_abduction', 'dead_bug'],
    2: ['pf_hold', 'single_leg_bridge', 'sit_to_stand', 'calf_raise_straight', 'side_lying_abduction'],
    3: ['pf_hold', 'single_leg_sit_to_stand', 'single_leg_bridge', 'calf_raise_straight', 'side_plank'],
  },
  other_soft_tissue: {
    1: ['bridge', 'sit_to_stand', 'calf_raise_double', 'side_lying_abduction', 'dead_bug'],
    2: ['split_squat', 'single_leg_bridge', 'calf_raise_straight', 'side_plank', 'step_up'],
    3: ['single_leg_squat_box', 'single_leg_rdl', 'calf_raise_loaded', 'side_plank', 'pogo_hops'],
  },
};

const MOBILITY: Readonly<Record<InjuryType, readonly ExerciseId[]>> = {
  bsi_low_risk: ['knee_to_wall', 'hip_flexor_stretch', 'glute_stretch', 'thoracic_rotation'],
  bsi_high_risk: ['knee_to_wall', 'hip_flexor_stretch', 'glute_stretch', 'thoracic_rotation'],
  mtss: ['knee_to_wall', 'calf_stretch', 'hip_flexor_stretch', 'thoracic_rotation'],
  // No end-range calf stretching for the Achilles: it compresses the insertion.
  achilles_tendinopathy: ['knee_to_wall', 'hip_flexor_stretch', 'glute_stretch', 'thoracic_rotation'],
  calf_strain: ['ankle_circles', 'knee_to_wall', 'hip_flexor_stretch', 'thoracic_rotation'],
  plantar_heel_pain: ['foot_roll', 'calf_stretch', 'knee_to_wall', 'hip_flexor_stretch'],
  patellofemoral_pain: ['hip_flexor_stretch', 'quad_stretch', 'glute_stretch', 'thoracic_rotation'],
  itb_syndrome: ['hip_flexor_stretch', 'glute_stretch', 'quad_stretch', 'thoracic_rotation'],
  // Early after a hamstring strain: movement within comfort, no hard stretching.
  hamstring_strain: ['leg_swings', 'hip_flexor_stretch', 'glute_stretch', 'thoracic_rotation'],
  ankle_sprain: ['ankle_circles', 'knee_to_wall', 'hip_flexor_stretch', 'glute_stretch'],
  acl_reconstruction: ['heel_slides', 'knee_to_wall', 'hip_flexor_stretch', 'glute_stretch'],
  knee_surgery_other: ['heel_slides', 'knee_to_wall', 'hip_flexor_stretch', 'glute_stretch'],
  postnatal: ['rib_breathing', 'cat_cow', 'hip_flexor_stretch', 'glute_stretch'],
  other_soft_tissue: ['knee_to_wall', 'hip_flexor_stretch', 'glute_stretch', 'thoracic_rotation'],
};

const MESSAGES = new Map<ExerciseId, { name: Message; cue: Message }>();

/** An exercise's name and cue as messages (ids `exercise.<id>.name` / `.cue`), shared per id. */
export function exerciseMessages(id: ExerciseId): { name: Message; cue: Message } {
  let messages = MESSAGES.get(id);
  if (!messages) {
    messages = { name: { id: `exercise.${id}.name` }, cue: { id: `exercise.${id}.cue` } };
    MESSAGES.set(id, messages);
  }
  return messages;
}

function toExercise(id: ExerciseId, locale: Locale): Exercise {
  const def: ExerciseDef = EXERCISES[id];
  const m = exerciseMessages(id);
  const name = def.name[locale];
  const notes = def.cue[locale];
  return def.reps !== undefined
    ? { name, nameI18n: m.name, sets: def.sets, reps: def.reps, notes, notesI18n: m.cue }
    : { name, nameI18n: m.name, sets: def.sets, seconds: def.seconds ?? 0, notes, notesI18n: m.cue };
}

/** The strength exercises for an injury at a level, in the request's language. */
export function strengthExercises(injury: InjuryType, level: StrengthLevel, locale: Locale): Exercise[] {
  return STRENGTH[injury][level].map((id) => toExercise(id, locale));
}

/** The mobility exercises for an injury, in the request's language. */
export function mobilityExercises(injury: InjuryType, locale: Locale): Exercise[] {
  return MOBILITY[injury].map((id) => toExercise(id, locale));
}

/** Every exercise id any programme uses (for the library completeness test). */
export function usedExerciseIds(): ExerciseId[] {
  const ids = new Set<ExerciseId>();
  for (const programme of Object.values(STRENGTH))
    for (const level of [1, 2, 3] as const) programme[level].forEach((id) => ids.add(id));
  for (const list of Object.values(MOBILITY)) list.forEach((id) => ids.add(id));
  return [...ids].sort();
}
