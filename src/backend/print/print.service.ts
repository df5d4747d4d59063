import type { BackendContext } from '../context';
import { localDate } from '../clock';
import { DomainError } from '../errors';
import { requireClient } from '../client-guard';
import { renderProgrammePdf } from '../pdf';
import { deriveProgrammeIfPlannable, type DerivedProgramme } from '../programmes/derive-programme';
import { findSettings } from '../settings/settings.repository';
import { toSettings } from '../settings/settings.mapping';

export interface RenderedProgramme {
  clientName: string;
  /** What was printed (kept as the handed-out snapshot). */
  derived: DerivedProgramme;
  pdf: Buffer;
}

/**
 * The client's programme as it is derived now, or `conflict` naming what the record lacks: the
 * same plan the Programme tab shows, in the clinic's language and units.
 */
export async function requireProgramme(
  context: BackendContext,
  clientId: number,
): Promise<{ clientName: string; derived: DerivedProgramme }> {
  const client = await requireClient(context.db, clientId);
  const derived = await deriveProgrammeIfPlannable(context.db, clientId, localDate(context.clock()));
  if ('notPlannable' in derived) {
    throw new DomainError('conflict', `${client.name} has no plan yet. ${derived.notPlannable}`);
  }
  return { clientName: client.name, derived };
}

/** Renders a client's programme with the clinic's branding, language, units and paper. */
export async function renderClientProgramme(
  context: BackendContext,
  clientId: number,
): Promise<RenderedProgramme> {
  const { clientName, derived } = await requireProgramme(context, clientId);
  const settings = toSettings(await findSettings(context.db));
  const pdf = await renderProgrammePdf({
    request: derived.request,
    programme: derived.programme,
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
  return { clientName, derived, pdf };
}
