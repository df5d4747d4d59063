/**
 * Property tests, part 2 (ladder, load caps, quality sessions, explanations, determinism): each
 * check runs on 500 random valid requests without logs.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generatePlan } from '../../../src/engine';
import { planRequestArb } from '../../fixtures/plan-request.arbitrary';
import { PROPERTY_CHECKS } from './property-checks';

const RUNS = { numRuns: 500 };

function holds(...keys: string[]): void {
  fc.assert(
    fc.property(planRequestArb, (request) => {
      const programme = generatePlan(request);
      for (const key of keys) PROPERTY_CHECKS[key]!(request, programme);
    }),
    RUNS,
  );
}

describe('engine properties: progression and load (500 random requests each)', () => {
  it('R4: each stage twice, one stage at a time, at most two advances in 7 days', () => {
    holds('R4');
  });
  it('R9 and R10/E10: single-run and weekly caps once continuous; cut-back weeks', () => {
    holds('R9', 'R10_E10');
  });
  it('R8/E19: strides, hills and progressive runs only with full clearance, a base and no restriction', () => {
    holds('R8_E19');
  });
  it('rule 11 and structure: every session explained with known rules; ids unique and stable in shape', () => {
    holds('explain', 'structure');
  });
  it('determinism: the same request gives byte-identical JSON and is not mutated', () => {
    holds('determinism');
  });
});
