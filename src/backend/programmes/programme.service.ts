import type { Kysely } from 'kysely';
import type { StoredProgramme } from '../../contract/programmes';
import type { PainLight, PlanRequest, Programme } from '../../engine/types';
import { updateClientStatus } from '../client-status/client-status.repository';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { listSessionLogs, setSessionLight } from '../sessions/session-log.repository';
import { assemblePlanRequest } from './assemble-plan-request';
import { parseRequest, runEngine } from './plan-engine';
import { insertProgramme, updateProgramme } from './programme.repository';
import { summariseProgramme, toStatusChanges } from './programme-summary';

/** Where a computed programme goes: a new row (a clinician's generate) or over the current one (a log). */
export type ProgrammeTarget = { kind: 'new' } | { kind: 'replace'; programmeId: number };

/**
 * Computes the client's programme from everything stored and keeps it with its request and engine
 * version: as a new row, or in place of the current one. Records each log's pain light from the
 * engine's history and the client's caseload status. Call inside a transaction.
 */
export async function computeAndStore(
  db: Kysely<Database>,
  clientId: number,
  target: ProgrammeTarget,
  today: string,
  now: string,
): Promise<StoredProgramme> {
  const request = parseRequest(await assemblePlanRequest(db, clientId, today));
  const programme = runEngine(request);
  const columns = {
    engine_version: programme.engineVersion,
    updated_at: now,
    // Compact (no indentation): the programme is already 100 kB or more.
    request: JSON.stringify(request),
    programme: JSON.stringify(programme),
  };
  let programmeId: number;
  let createdAt: string;
  if (target.kind === 'new') {
    programmeId = await insertProgramme(db, { client_id: clientId, created_at: now, ...columns });
    createdAt = now;
  } else {
    programmeId = target.programmeId;
    createdAt = (await updateProgramme(db, programmeId, columns)).created_at;
  }
  await recordOutcome(db, clientId, request, programme, now);
  return {
    programmeId,
    clientId,
    engineVersion: programme.engineVersion,
    createdAt,
    updatedAt: now,
    programme,
  };
}

/**
 * computeAndStore for a client whose records may not make a plan (an imported record without an
 * intake or a clearance, or whose rows do not fit together): null then, and nothing written.
 */
export async function computeAndStoreIfPlannable(
  db: Kysely<Database>,
  clientId: number,
  today: string,
  now: string,
): Promise<StoredProgramme | null> {
  try {
    return await computeAndStore(db, clientId, { kind: 'new' }, today, now);
  } catch (error) {
    // assemblePlanRequest and parseRequest refuse before anything is written.
    if (error instanceof DomainError && error.code === 'conflict') return null;
    throw error;
  }
}

/** What a programme tells the rest of the workspace: each log's light, and the caseload summary. */
async function recordOutcome(
  db: Kysely<Database>,
  clientId: number,
  request: PlanRequest,
  programme: Programme,
  now: string,
): Promise<void> {
  const lights = new Map<string, PainLight>();
  for (const entry of programme.history) if (entry.light !== null) lights.set(entry.sessionId, entry.light);
  for (const log of await listSessionLogs(db, clientId)) {
    const light = lights.get(log.session_id) ?? null;
    if (light !== log.light) await setSessionLight(db, log.id, light);
  }
  await updateClientStatus(db, clientId, toStatusChanges(summariseProgramme(programme, request.logs)), now);
}
