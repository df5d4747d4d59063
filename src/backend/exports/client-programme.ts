import type { Locale } from '../../engine/types';
import type { BackendContext } from '../context';
import { findClient } from '../clients/client.repository';
import { findIntake } from '../intake/intake.repository';
import { requireProgramme } from '../print/print.service';
import type { DerivedProgramme } from '../programmes/derive-programme';
import { findSettings } from '../settings/settings.repository';
import { toSettings } from '../settings/settings.mapping';
import { clientKeyOf } from './ics';

/** What the calendar and watch exports need of one client. */
export interface ExportableProgramme {
  clientName: string;
  /** Stable per client and installation, and says nothing about the person (a hash). */
  clientKey: string;
  derived: DerivedProgramme;
  locale: Locale;
  /** 'HH:MM' from the intake, or null. */
  preferredTime: string | null;
  clinicName: string;
}

/**
 * The client's programme as the print has it: derived now, in the clinic's language and units.
 * `not_found` for an unknown client, `conflict` when the record makes no plan yet.
 */
export async function loadExportableProgramme(
  context: BackendContext,
  clientId: number,
): Promise<ExportableProgramme> {
  const { clientName, derived } = await requireProgramme(context, clientId);
  const client = (await findClient(context.db, clientId))!;
  const settings = toSettings(await findSettings(context.db));
  const intake = await findIntake(context.db, clientId);
  return {
    clientName,
    clientKey: clientKeyOf('client', String(client.id), client.created_at),
    derived,
    locale: settings.language,
    preferredTime: intake?.preferred_time ?? null,
    clinicName: settings.clinicName ?? '',
  };
}
