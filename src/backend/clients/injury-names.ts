import { INJURY_TYPES, type InjuryType } from '../../engine/types';
import { de } from '../pdf/i18n/de';
import { en } from '../pdf/i18n/en';

/** The shortest search that looks in injury names: shorter ones would name almost every injury. */
const SHORTEST = 3;

/**
 * Names the screens use where they differ from the printed ones (the renderer's catalogue is out
 * of the backend's reach; test/integration/records.test.ts checks every screen name is found).
 */
const SCREEN_NAMES: Partial<Record<InjuryType, readonly string[]>> = {
  mtss: ['Medial tibial stress syndrome', 'Mediales Tibiakantensyndrom'],
  plantar_heel_pain: ['Plantarer Fersenschmerz'],
  patellofemoral_pain: ['Patellofemorales Schmerzsyndrom'],
  ankle_sprain: ['Sprunggelenksdistorsion'],
  knee_surgery_other: ['Other knee surgery', 'Andere Knieoperation'],
  postnatal: ['Postnatal return', 'Wiedereinstieg nach der Geburt'],
  other_soft_tissue: ['Other soft-tissue injury', 'Andere Weichteilverletzung'],
};

/** Each injury type's names in every language the app speaks, lower-cased, with its code. */
const NAMES: ReadonlyArray<{ type: InjuryType; words: string }> = INJURY_TYPES.map((type) => ({
  type,
  words: [en[`injury.${type}`], de[`injury.${type}`], ...(SCREEN_NAMES[type] ?? []), type.replace(/_/g, ' ')]
    .join('\n')
    .toLowerCase(),
}));

/**
 * The injury types whose English or German name contains the lower-cased needle ("achilles" →
 * achilles_tendinopathy; "knie" → knee injuries): a client search finds clients with such an
 * injury. Matched here, against the printed names, so the search follows the vocabulary without a
 * copy of it in every client row.
 */
export function injuryTypesNamed(needle: string): InjuryType[] {
  if ([...needle].length < SHORTEST) return [];
  return NAMES.filter((name) => name.words.includes(needle)).map((name) => name.type);
}
