import { CriteriaThresholdsSchema } from '../../contract/assessment';
import { paperSizes, RETEST_WEEKS, thresholdOptions, type Settings } from '../../contract/settings';
import type { CriteriaThresholds } from '../../engine';
import { LOCALES, UNITS } from '../../engine/types';
import { asOneOf } from '../mapping';
import type { SettingsRow } from './settings.table';

/** What a fresh installation uses until the clinic saves its own settings. */
export const DEFAULT_SETTINGS: Settings = {
  clinicName: null,
  clinician: null,
  contact: null,
  logo: null,
  units: 'km',
  language: 'en',
  paper: 'a4',
  criteriaThresholds: {},
  retestWeeks: RETEST_WEEKS.default,
  thresholdOptions: thresholdOptions({}),
  updatedAt: null,
};

/**
 * The stored thresholds, checked again on the way out: a value a restored or hand-edited file holds
 * beyond its range would make every assessed client's plan request invalid, so it is left out
 * (the default applies) rather than read.
 */
export function criteriaThresholdsOf(row: SettingsRow | undefined): CriteriaThresholds {
  if (!row) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(row.criteria_thresholds);
  } catch {
    return {};
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const kept: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(stored)) {
    if (CriteriaThresholdsSchema.safeParse({ [id]: value }).success) kept[id] = value;
  }
  return kept as CriteriaThresholds;
}

/** The stored re-test interval, or the default when it is out of range. */
export function retestWeeksOf(row: SettingsRow | undefined): number {
  const weeks = row?.retest_weeks;
  return typeof weeks === 'number' &&
    Number.isInteger(weeks) &&
    weeks >= RETEST_WEEKS.min &&
    weeks <= RETEST_WEEKS.max
    ? weeks
    : RETEST_WEEKS.default;
}

/** Row → DTO; no row means the defaults. */
export function toSettings(row: SettingsRow | undefined): Settings {
  if (!row) return DEFAULT_SETTINGS;
  const criteriaThresholds = criteriaThresholdsOf(row);
  return {
    clinicName: row.clinic_name,
    clinician: row.clinician,
    contact: row.contact,
    logo: row.logo,
    units: asOneOf(UNITS, row.units, 'km'),
    language: asOneOf(LOCALES, row.language, 'en'),
    paper: asOneOf(paperSizes, row.paper, 'a4'),
    criteriaThresholds,
    retestWeeks: retestWeeksOf(row),
    thresholdOptions: thresholdOptions(criteriaThresholds),
    updatedAt: row.updated_at,
  };
}
