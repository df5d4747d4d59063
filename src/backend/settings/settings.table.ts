import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A single row with id 1. */
export interface SettingsTable {
  id: number;
  clinic_name: string | null;
  clinician: string | null;
  contact: string | null;
  /** data:image/png or image/jpeg base64 URL. */
  logo: string | null;
  units: string;
  language: string;
  paper: string;
  /** JSON object of the clinic's criterion thresholds (threshold id → value); '{}': every default. */
  criteria_thresholds: Generated<string>;
  /** Re-test interval in weeks (1–26). */
  retest_weeks: Generated<number>;
  updated_at: string;
}

export type SettingsRow = Selectable<SettingsTable>;
export type NewSettingsRow = Insertable<SettingsTable>;
export type SettingsRowUpdate = Updateable<SettingsTable>;
