import type { Locale, PlanRequest, Programme } from '../../engine/types';
import type { BackendContext } from '../context';
import { findClient } from '../clients/client.repository';
import { DomainError, notFound } from '../errors';
import { findIntake } from '../intake/intake.repository';
import { findCurrentProgramme } from '../programmes/programme.repository';
import { parseRequest, runEngine } from '../programmes/plan-engine';
import { findSettings } from '../settings/settings.repository';
import { toSettings } from '../settings/settings.mapping';
import { clientKeyOf } from './ics';

/** What the calendar and watch exports need of one client. */
export interface ExportableProgramme {
  clientName: string;
  /** Stable per client and installation, and says nothing about the person (a hash). */
  clientKey: string;
  programme: Programme;
  locale: Locale;
  /** 'HH:MM' from the intake, or null. */
  preferredTime: string | null;
  clinicName: string;
}

/**
 * The client's current programme as the print does it: the stored request run again in the
 * clinic's language and units, so every engine text in the export matches the clinic's settings.
 * `not_found` for an unknown client, `conflict` when there is no programme yet.
 */
export async function loadExportableProgramme(
  context: BackendContext,
  clientId: number,
): Promise<ExportableProgramme> {
  const client = await findClient(context.db, clientId);
  if (!client) throw notFound('Client');
  const stored = await findCurrentProgramme(context.db, clientId);
  if (!stored) {
    throw new DomainError(
      'conflict',
      `${client.name} has no programme yet: create one on the Programme tab first.`,
    );
  }
  const settings = toSettings(await findSettings(context.db));
  const storedRequest = JSON.parse(stored.request) as PlanRequest;
  const request = parseRequest({ ...storedRequest, locale: settings.language, units: settings.units });
  const intake = await findIntake(context.db, clientId);
  return {
    clientName: client.name,
    clientKey: clientKeyOf('client', String(client.id), client.created_at),
    programme: runEngine(request),
    locale: settings.language,
    preferredTime: intake?.preferred_time ?? null,
    clinicName: settings.clinicName ?? '',
  };
}
