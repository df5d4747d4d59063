/**
 * E41 as invariants over random requests with random clinician adjustments (fast-check): an
 * adjusted programme keeps every rule a proposed one keeps (clearance, gates, restrictions, locks,
 * load caps), an adjustment never adds running to the week it is in, and the same request gives the
 * same programme. SAFETY_RUNS sets the number of runs, as in safety-properties.test.ts.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generatePlan } from '../../../src/engine';
import type { PlanRequest, Programme } from '../../../src/engine';
import { adjustedRequestArb } from '../../fixtures/adjustments.arbitrary';
import { check, PROPERTY_CHECKS } from './property-checks';
import { allSessions } from './helpers';

const RUNS = { numRuns: Number(process.env.SAFETY_RUNS ?? 300) };

function holds(property: (request: PlanRequest, adjusted: Programme, proposed: Programme) => void): void {
  fc.assert(
    fc.property(adjustedRequestArb, ({ request, adjustments }) => {
      const adjustedRequest = { ...request, adjustments };
      property(adjustedRequest, generatePlan(adjustedRequest), generatePlan(request));
    }),
    RUNS,
  );
}

/** The programme without the sessions a clinician moved (they may sit on any day: E41). */
const withoutMoved = (p: Programme): Programme => ({
  ...p,
  weeks: p.weeks.map((w) => ({
    ...w,
    sessions: w.sessions.filter((s) => s.adjusted?.action.type !== 'move'),
  })),
});

/** Weeks whose strength a clinician skipped: the 1–2 strength sessions a week are theirs to drop. */
const withoutSkippedStrength = (r: PlanRequest, p: Programme): Programme => {
  const skipped = (r.adjustments ?? []).filter(
    (a) => a.action.type === 'skip' && 'kind' in a && a.kind === 'strength',
  );
  return {
    ...p,
    weeks: p.weeks.filter((w) => !skipped.some((a) => a.date >= w.startDate && a.date <= w.endDate)),
  };
};

const runMinutes = (p: Programme, index: number): number =>
  p.weeks[index]?.sessions.filter((s) => !s.locked).reduce((sum, s) => sum + s.runMinutes, 0) ?? 0;

describe('E41: clinician adjustments are checked by the same rules (random requests and adjustments)', () => {
  it('no session exceeds the clearance, a gate, a restriction, a lock or a load cap', () => {
    holds((request, adjusted) => {
      for (const [name, rule] of Object.entries(PROPERTY_CHECKS)) {
        if (name === 'determinism') continue;
        if (name === 'E3') rule(request, withoutMoved(adjusted));
        else if (name === 'R12') rule(request, withoutSkippedStrength(request, adjusted));
        else rule(request, adjusted);
      }
    });
  });

  it('the first adjusted week runs no more than proposed, and the weeks before it are untouched', () => {
    holds((request, adjusted, proposed) => {
      const dates = (request.adjustments ?? []).map((a) => a.date);
      const first = adjusted.weeks.findIndex((w) => dates.some((d) => d >= w.startDate && d <= w.endDate));
      if (first < 0) return;
      for (let i = 0; i < first; i++)
        check(
          JSON.stringify(adjusted.weeks[i]) === JSON.stringify(proposed.weeks[i]),
          `week ${i + 1} changed before the first adjustment`,
        );
      check(
        runMinutes(adjusted, first) <= runMinutes(proposed, first) + 0.01,
        `week ${first + 1}: ${runMinutes(adjusted, first)} min of running, proposed ${runMinutes(proposed, first)}`,
      );
    });
  });

  it('an adjusted session says who adjusted it, in words, and never unlocks what was locked', () => {
    holds((request, adjusted, proposed) => {
      const lockedBefore = new Set(
        allSessions(proposed)
          .filter((s) => s.locked)
          .map((s) => `${s.date}|${s.kind}`),
      );
      for (const s of allSessions(adjusted)) {
        if (s.adjusted) {
          const lines = s.explain.filter((e) => e.rule === 'E41');
          check(
            lines.some((e) => e.audience === 'clinician' && e.text.includes(s.adjusted!.by)),
            `${s.id}: no clinician line`,
          );
          check(
            lines.some((e) => e.audience === 'client'),
            `${s.id}: no client line`,
          );
        }
        if (s.adjusted?.action.type === 'shorten' || s.adjusted?.action.type === 'skip') {
          check(!lockedBefore.has(`${s.date}|${s.kind}`) || s.locked, `${s.id}: unlocked by an adjustment`);
        }
      }
      for (const w of adjusted.warnings.filter((w) => w.code === 'adjustment_not_applied'))
        check(!(request.adjustments ?? []).some((a) => w.message.includes(a.id)), 'a warning names an id');
    });
  });

  it('the same request with adjustments gives byte-identical JSON and is not mutated', () => {
    holds((request, adjusted) => PROPERTY_CHECKS.determinism!(request, adjusted));
  });
});
