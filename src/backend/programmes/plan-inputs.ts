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
  };
}

/** A short hash of each plan input: enough to tell that it changed, and nothing about the person. */
export function hashPlanInputs(request: PlanRequest): Record<PlanInput, string> {
  const parts = partsOf(request);
  const hashes = {} as Record<PlanInput, string>;
  for (const input of PLAN_INPUTS) {
    hashes[input] = createHash('sha256')
      .update(JSON.stringify(parts[input]))
      .digest('base64url')
      .slice(0, 16);
  }
  return hashes;
}

/** The plan inputs whose hash differs from the one recorded (a missing one counts as changed). */
export function changedPlanInputs(
  recorded: Readonly<Record<string, string>>,
  now: Readonly<Record<PlanInput, string>>,
): PlanInput[] {
  return PLAN_INPUTS.filter((input) => recorded[input] !== now[input]);
}
