import type { HandlerMap } from '../handler';
import { toSettings } from './settings.mapping';
import { findSettings, writeSettings } from './settings.repository';

export const settingsHandlers = {
  'settings.get': async (context) => toSettings(await findSettings(context.db)),

  /** Partial: a field left out keeps its saved (or default) value. */
  'settings.save': async (context, changes) => {
    const now = context.clock().toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const current = toSettings(await findSettings(trx));
      return writeSettings(trx, {
        clinic_name: changes.clinicName === undefined ? current.clinicName : changes.clinicName,
        clinician: changes.clinician === undefined ? current.clinician : changes.clinician,
        contact: changes.contact === undefined ? current.contact : changes.contact,
        logo: changes.logo === undefined ? current.logo : changes.logo,
        units: changes.units ?? current.units,
        language: changes.language ?? current.language,
        paper: changes.paper ?? current.paper,
        updated_at: now,
      });
    });
    return toSettings(row);
  },
} satisfies Partial<HandlerMap>;
