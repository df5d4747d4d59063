import type { DerivedProgrammeDto, HandedOut } from '../../contract/programmes';
import { HANDED_OUT_PURPOSES } from '../../contract/programmes';
import type { Kysely } from 'kysely';
import { requireClient } from '../client-guard';
import { localDate } from '../clock';
import type { Database } from '../db/schema';
import type { HandlerMap } from '../handler';
import { asOneOf } from '../mapping';
import { deriveProgrammeIfPlannable, type DerivedProgramme } from './derive-programme';
import { changedPlanInputs, hashPlanInputs } from './plan-inputs';
import { findLatestSnapshot } from './plan-snapshot.repository';

/** The latest print or export, and which plan inputs changed since (none before the first). */
async function handedOut(
  db: Kysely<Database>,
  clientId: number,
  derived: DerivedProgramme,
): Promise<HandedOut | null> {
  const latest = await findLatestSnapshot(db, clientId);
  if (!latest) return null;
  return {
    at: latest.created_at,
    purpose: asOneOf(HANDED_OUT_PURPOSES, latest.purpose, 'print'),
    language: latest.language,
    changedSince: changedPlanInputs(
      JSON.parse(latest.inputs) as Record<string, string>,
      hashPlanInputs(derived.request),
    ),
  };
}

export function toDerivedProgrammeDto(
  clientId: number,
  today: string,
  derived: DerivedProgramme,
  handed: HandedOut | null,
): DerivedProgrammeDto {
  return {
    clientId,
    today,
    engineVersion: derived.programme.engineVersion,
    programme: derived.programme,
    handedOut: handed,
  };
}

export const programmeHandlers = {
  'programmes.current': async (context, { clientId }) => {
    const client = await requireClient(context.db, clientId);
    const today = localDate(context.clock());
    const derived = await deriveProgrammeIfPlannable(context.db, clientId, today, client);
    if ('notPlannable' in derived) return { derived: null, notPlannable: derived.notPlannable };
    const handed = await handedOut(context.db, clientId, derived);
    return { derived: toDerivedProgrammeDto(clientId, today, derived, handed), notPlannable: null };
  },
} satisfies Partial<HandlerMap>;
