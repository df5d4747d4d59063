import type { Kysely } from 'kysely';
import { ENGINE_VERSION } from '../../engine';
import type { PlanRequest, Programme } from '../../engine/types';
import type { ClientRow } from '../clients/client.table';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { assemblePlanRequest } from './assemble-plan-request';
import { parseStoredRequest, runEngine } from './plan-engine';
import { cachedProgramme, rememberProgramme, requestKey } from './programme-cache';

/** A client's programme as the engine derives it today from their stored records. */
export interface DerivedProgramme {
  request: PlanRequest;
  programme: Programme;
}

/**
 * The programme is never stored: it is computed from the client's records (injury, notes,
 * clearance, intake, adjustments, logs, the clinic's language and units) whenever it is read, so
 * every screen, print and export shows the same plan in the language chosen now. `conflict`
 * (naming what is missing or does not fit together) when the records do not make a plan yet.
 * `clientRow`: the client's row when the caller has just read it (see assemblePlanRequest).
 */
export async function deriveProgramme(
  db: Kysely<Database>,
  clientId: number,
  today: string,
  clientRow?: ClientRow,
): Promise<DerivedProgramme> {
  const request = parseStoredRequest(await assemblePlanRequest(db, clientId, today, clientRow));
  const key = requestKey(ENGINE_VERSION, JSON.stringify(request));
  let programme = cachedProgramme(key);
  if (!programme) {
    programme = runEngine(request);
    rememberProgramme(key, programme);
  }
  return { request, programme };
}

/** Why the records make no plan yet: a sentence for the clinician. */
export interface NotPlannable {
  notPlannable: string;
}

/** deriveProgramme, or why the records make no plan yet. */
export async function deriveProgrammeIfPlannable(
  db: Kysely<Database>,
  clientId: number,
  today: string,
  clientRow?: ClientRow,
): Promise<DerivedProgramme | NotPlannable> {
  try {
    return await deriveProgramme(db, clientId, today, clientRow);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') return { notPlannable: error.message };
    throw error;
  }
}
