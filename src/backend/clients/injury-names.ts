import { INJURY_TYPES, type InjuryType } from '../../engine/types';
import { de } from '../pdf/i18n/de';
import { en } from '../pdf/i18n/en';

/** The shortest search that looks in injury names: shorter ones would name almost every injury. */
const SHORTEST = 3;

/** Each injury type's names in every language the app speaks, lower-cased, with its code. */
const NAMES: ReadonlyArray<{ type: InjuryType; words: string }> = INJURY_TYPES.map((type) => ({
  type,
  words: [en[`injury.${type}`], de[`injury.${type}`], type.replace(/_/g, ' ')].join('\n').toLowerCase(),
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
