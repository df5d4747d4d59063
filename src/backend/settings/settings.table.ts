import type { Insertable, Selectable, Updateable } from 'kysely';

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
  updated_at: string;
}

export type SettingsRow = Selectable<SettingsTable>;
export type NewSettingsRow = Insertable<SettingsTable>;
export type SettingsRowUpdate = Updateable<SettingsTable>;
