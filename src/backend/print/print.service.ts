import type { PlanRequest } from '../../engine/types';
import type { BackendContext } from '../context';
import { localDate } from '../clock';
import { DomainError, notFound } from '../errors';
import { findClient } from '../clients/client.repository';
import { renderProgrammePdf } from '../pdf';
import { findCurrentProgramme } from '../programmes/programme.repository';
import { parseRequest, runEngine } from '../programmes/plan-engine';
import { findSettings } from '../settings/settings.repository';
import { toSettings } from '../settings/settings.mapping';

export interface RenderedProgramme {
  clientName: string;
  /** The stored programme printed (for the audit log). */
  programmeId: number;
  pdf: Buffer;
}

/**
 * Renders a client's current programme with the clinic's branding, language, units and paper.
 * The engine runs again on the stored request with the print language, so every engine text
 * (focus, cues, warnings) matches the document; same request, same programme otherwise.
 */
export async function renderClientProgramme(
  context: BackendContext,
  clientId: number,
): Promise<RenderedProgramme> {
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
  const pdf = await renderProgrammePdf({
    request,
    programme: runEngine(request),
    clinic: {
      clinicName: settings.clinicName ?? '',
      clinician: settings.clinician ?? '',
      contact: settings.contact ?? '',
      logo: settings.logo,
    },
    options: {
      locale: settings.language,
      paper: settings.paper,
      units: settings.units,
      printedOn: localDate(context.clock()),
    },
  });
  return { clientName: client.name, programmeId: stored.id, pdf };
}
