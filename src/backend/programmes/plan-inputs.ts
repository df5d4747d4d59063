import { createHash } from 'node:crypto';
import { PLAN_INPUTS, type PlanInput } from '../../contract/programmes';
import type { PlanRequest } from '../../engine/types';

/** The parts of a request each plan input is made of (today, logs, language and units are not inputs a clinician changes). */
function partsOf(request: PlanRequest): Record<PlanInput, unknown> {
  return {
    client: request.client,
    injury: request.injury,
    notes: request.notes,
    clearance: request.clearance,
    intake: [request.startDate, request.fitness, request.availability, request.goal],
    adjustments: request.adjustments ?? [],
    assessments: assessmentsPart(request),
  };
}

/** The clinic's thresholds decide what recorded results mean; without results they change nothing. */
function assessmentsPart(request: PlanRequest): unknown {
  const assessments = request.assessments ?? [];
  return assessments.length === 0 ? [] : [assessments, request.criteriaThresholds ?? {}];
}

function hashOf(part: unknown): string {
  return createHash('sha256').update(JSON.stringify(part)).digest('base64url').slice(0, 16);
}

/**
 * Inputs added after the first snapshots were recorded, with the part they had then: a snapshot
 * recorded before assessments existed held none, so it is outdated only once the client has some.
 */
const HASH_BEFORE_INPUT_EXISTED: Partial<Record<PlanInput, string>> = { assessments: hashOf([]) };

/** A short hash of each plan input: enough to tell that it changed, and nothing about the person. */
export function hashPlanInputs(request: PlanRequest): Record<PlanInput, string> {
  const parts = partsOf(request);
  const hashes = {} as Record<PlanInput, string>;
  for (const input of PLAN_INPUTS) hashes[input] = hashOf(parts[input]);
  return hashes;
}

/** The plan inputs whose hash differs from the one recorded (a missing one counts as changed, unless the input is newer than the snapshot). */
export function changedPlanInputs(
  recorded: Readonly<Record<string, string>>,
  now: Readonly<Record<PlanInput, string>>,
): PlanInput[] {
  return PLAN_INPUTS.filter((input) => (recorded[input] ?? HASH_BEFORE_INPUT_EXISTED[input]) !== now[input]);
}
