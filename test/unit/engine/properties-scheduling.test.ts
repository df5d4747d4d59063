/**
 * Property tests, part 1 (clearance, gates, scheduling, caps, strength and cross-training): each
 * check runs on 500 random valid requests without logs. Split from part 2 so the two files run
 * in parallel.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generatePlan } from '../../../src/engine';
import { planRequestArb } from '../../fixtures/plan-request.arbitrary';
import { PROPERTY_CHECKS } from './property-checks';

const RUNS = { numRuns: 500 };

/** Each `it` runs its checks on the same 500 requests, planning each request once. */
function holds(...keys: string[]): void {
  fc.assert(
    fc.property(planRequestArb, (request) => {
      const programme = generatePlan(request);
      for (const key of keys) PROPERTY_CHECKS[key]!(request, programme);
    }),
    RUNS,
  );
}

describe('engine properties: clearance and scheduling (500 random requests each)', () => {
  it('R1/E1: no unlocked session above the clearance, before its date or inside a time gate; not_cleared awaits clearance', () => {
    holds('R1_E1');
  });
  it('E3 and R3/E9: available weekdays only, one run a day, no consecutive running days before full clearance', () => {
    holds('E3', 'R3_E9');
  });
  it('E4 and E5: session caps, run caps and runs per week', () => {
    holds('E4', 'E5');
  });
  it('R12 and E7: strength 1–2 times every week; cross-training only in allowed modalities', () => {
    holds('R12', 'E7');
  });
});
