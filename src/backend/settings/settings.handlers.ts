import type { FieldIssue } from '../../contract/result';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { isPrintableLogo, logoBytes } from '../pdf/logo';
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

/** A logo must be an image the PDF renderer can read, not just a file with the right header. */
function logoIsReadable(_context: unknown, raw: unknown): FieldIssue[] {
  const logo = (raw as { logo?: unknown } | null)?.logo;
  if (typeof logo !== 'string' || logo === '' || !logoBytes(logo)) return [];
  return isPrintableLogo(logo)
    ? []
    : [
        {
          path: 'logo',
          code: 'invalid_image',
          message: 'This image file is damaged or incomplete: choose another PNG or JPEG',
        },
      ];
}

export const settingsFieldChecks = {
  'settings.save': logoIsReadable,
} satisfies FieldCheckMap;
