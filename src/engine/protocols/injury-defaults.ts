/**
 * Defaults per injury type (clinical-reference.md §2.2, §4, §5.5): tissue class (pain limits),
 * ladder, time gate, cross-training that aggravates it, and restrictions that apply by default
 * until the clinician gives full clearance. The clinician's own notes come on top of these.
 */
import type { FlagRestrictionCode, InjuryType, Modality, TissueClass } from '../types';
import type { LadderId } from './ladders';
import type { SourceId } from './sources';

export type TimeGate =
  { kind: 'surgery'; weeks: number } | { kind: 'delivery'; weeks: number } | { kind: 'imaging' } | null;

export interface InjuryDefaults {
  tissue: TissueClass;
  ladder: LadderId;
  /** Overrides the tissue's pain limit during running (MTSS: the Moen protocol allowed 4/10). */
  duringMax?: number;
  preferredMax?: number;
  timeGate: TimeGate;
  /** Modalities that aggravate this injury; never planned. */
  forbiddenModalities: readonly Modality[];
  /** Apply until the clinician records full clearance. */
  defaultRestrictions: readonly FlagRestrictionCode[];
  /** No consecutive running days until full clearance AND the top of the ladder (rule 4). */
  alternateDaysUntilLadderTop: boolean;
  /** Severe or recurrent cases move from the standard ladder to the conservative one. */
  conservativeWhenSevere: boolean;
  /** Cue a 5–10% higher step rate on runs (§5.6). */
  cadenceCue: boolean;
  sources: readonly SourceId[];
}

const base = {
  forbiddenModalities: [],
  defaultRestrictions: [],
  alternateDaysUntilLadderTop: false,
  conservativeWhenSevere: true,
  cadenceCue: false,
  timeGate: null,
} as const;

export const INJURY_DEFAULTS: Readonly<Record<InjuryType, InjuryDefaults>> = {
  bsi_low_risk: {
    ...base,
    tissue: 'bone',
    ladder: 'conservative',
    defaultRestrictions: ['no_hills', 'no_speed', 'flat_surface'],
    alternateDaysUntilLadderTop: true,
    cadenceCue: true,
    sources: ['S6', 'S18', 'S19', 'S20', 'S66'],
  },
  bsi_high_risk: {
    ...base,
    tissue: 'bone',
    ladder: 'conservative',
    timeGate: { kind: 'imaging' },
    defaultRestrictions: ['no_hills', 'no_speed', 'flat_surface'],
    alternateDaysUntilLadderTop: true,
    cadenceCue: true,
    sources: ['S18', 'S19', 'S21'],
  },
  mtss: {
    ...base,
    tissue: 'bone',
    ladder: 'conservative',
    duringMax: 4,
    preferredMax: 2,
    defaultRestrictions: ['no_speed', 'flat_surface'],
    alternateDaysUntilLadderTop: true,
    cadenceCue: true,
    sources: ['S6', 'S10', 'S40'],
  },
  achilles_tendinopathy: {
    ...base,
    tissue: 'tendon',
    ladder: 'standard',
    defaultRestrictions: ['no_hills', 'no_speed'],
    sources: ['S28', 'S29', 'S30'],
  },
  plantar_heel_pain: {
    ...base,
    tissue: 'tendon',
    ladder: 'standard',
    defaultRestrictions: ['no_speed'],
    sources: ['S39'],
  },
  patellofemoral_pain: {
    ...base,
    tissue: 'joint',
    ladder: 'standard',
    defaultRestrictions: ['no_downhill'],
    cadenceCue: true,
    sources: ['S31', 'S32'],
  },
  itb_syndrome: {
    ...base,
    tissue: 'general',
    ladder: 'standard',
    forbiddenModalities: ['bike'],
    defaultRestrictions: ['no_downhill', 'flat_surface'],
    cadenceCue: true,
    sources: ['S34'],
  },
  hamstring_strain: {
    ...base,
    tissue: 'muscle',
    ladder: 'standard',
    defaultRestrictions: ['no_speed'],
    sources: ['S35'],
  },
  calf_strain: {
    ...base,
    tissue: 'muscle',
    ladder: 'short_interval',
    defaultRestrictions: ['no_speed', 'no_hills'],
    alternateDaysUntilLadderTop: true,
    conservativeWhenSevere: false,
    sources: ['S36'],
  },
  ankle_sprain: {
    ...base,
    tissue: 'joint',
    ladder: 'standard',
    defaultRestrictions: ['flat_surface'],
    sources: ['S37', 'S62'],
  },
  acl_reconstruction: {
    ...base,
    tissue: 'post_op',
    ladder: 'post_op_knee',
    timeGate: { kind: 'surgery', weeks: 12 },
    defaultRestrictions: ['no_downhill', 'flat_surface'],
    conservativeWhenSevere: false,
    sources: ['S3', 'S17', 'S38'],
  },
  knee_surgery_other: {
    ...base,
    tissue: 'post_op',
    ladder: 'post_op_knee',
    timeGate: { kind: 'surgery', weeks: 8 },
    defaultRestrictions: ['no_downhill', 'flat_surface'],
    conservativeWhenSevere: false,
    sources: ['S3', 'S5'],
  },
  postnatal: {
    ...base,
    tissue: 'pelvic_floor',
    ladder: 'postnatal',
    timeGate: { kind: 'delivery', weeks: 12 },
    defaultRestrictions: ['flat_surface'],
    conservativeWhenSevere: false,
    sources: ['S15', 'S16'],
  },
  other_soft_tissue: {
    ...base,
    tissue: 'general',
    ladder: 'standard',
    sources: ['S1', 'S2', 'S12'],
  },
};
