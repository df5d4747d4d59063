import { paperSizes, type Settings } from '../../contract/settings';
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
  updatedAt: null,
};

/** Row → DTO; no row means the defaults. */
export function toSettings(row: SettingsRow | undefined): Settings {
  if (!row) return DEFAULT_SETTINGS;
  return {
    clinicName: row.clinic_name,
    clinician: row.clinician,
    contact: row.contact,
    logo: row.logo,
    units: asOneOf(UNITS, row.units, 'km'),
    language: asOneOf(LOCALES, row.language, 'en'),
    paper: asOneOf(paperSizes, row.paper, 'a4'),
    updatedAt: row.updated_at,
  };
}
