import { parsePlanRequest, parsePlanRequestWithParsedLogs, type ParseResult } from '../../contract/plan';
import { generatePlan } from '../../engine';
import type { PlanRequest, Programme, SessionLog } from '../../engine/types';
import { DomainError } from '../errors';

/**
 * Parses the request assembled from stored rows with the engine's own schema. A failure means the
 * rows do not fit together (an onset after the start date, a log before it…): a `conflict` the
 * clinician resolves by editing them, with the request paths that need attention.
 */
export function parseRequest(raw: Record<string, unknown>): PlanRequest {
  return requestOrConflict(parsePlanRequest(raw));
}

/**
 * parseRequest for a request assembled from stored rows, whose logs are the stored logs: those
 * were parsed when they were written, so only their dates are checked against the request's.
 */
export function parseStoredRequest(
  raw: Record<string, unknown> & { logs: readonly SessionLog[] },
): PlanRequest {
  return requestOrConflict(parsePlanRequestWithParsedLogs(raw, raw.logs));
}

function requestOrConflict(parsed: ParseResult): PlanRequest {
  if (parsed.ok) return parsed.value;
  const first = parsed.issues[0];
  throw new DomainError(
    'conflict',
    `The client's records do not make a valid plan yet${first ? `: ${first.path} — ${first.message}` : ''}.`,
    parsed.issues,
  );
}

/** Pure and deterministic; anything it throws is a bug, reported as `internal` by dispatch. */
export function runEngine(request: PlanRequest): Programme {
  return generatePlan(request);
}
