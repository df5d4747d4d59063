/**
 * Property tests with logs: 500 random requests whose logs record sessions the engine planned
 * (random pain, swelling, limp, red flags, stops and skips). The plan must stay safe and
 * consistent whatever the client reports.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generatePlan } from '../../../src/engine';
import { planRequestWithLogsArb } from '../../fixtures/plan-request.arbitrary';
import { check, PROPERTY_CHECKS } from './property-checks';
import { allSessions, isRunning } from './helpers';

describe('engine properties with logs (500 random logged histories)', () => {
  it('logs never break availability, caps, explanations or determinism; logged sessions keep their status; refer locks running', () => {
    fc.assert(
      fc.property(planRequestWithLogsArb, (request) => {
        const programme = generatePlan(request);
        for (const key of ['E3', 'R3_E9', 'E4', 'E5', 'E7', 'explain', 'determinism'])
          PROPERTY_CHECKS[key]!(request, programme);
        const sessions = allSessions(programme);
        const byId = new Map(sessions.map((s) => [s.id, s]));
        for (const log of request.logs) {
          const s = byId.get(log.sessionId);
          if (s) check(s.status === (log.completed ? 'done' : 'stopped'), `${s.id}: logged but ${s.status}`);
        }
        for (const s of sessions) {
          if (s.status === 'planned') check(s.date >= request.today, `${s.id}: planned in the past`);
          if (s.date < request.today && !request.logs.some((l) => l.sessionId === s.id)) {
            // A run nobody logged is missed; strength, mobility or cross-training is "not logged".
            const expected = isRunning(s) || s.kind === 'walk' ? 'missed' : 'not_logged';
            check(s.status === expected, `${s.id}: past, unlogged, but ${s.status}`);
          }
        }
        const refer = programme.history.find((h) => h.action === 'refer');
        if (refer) {
          check(programme.status === 'refer', 'a refer decision without refer status');
          for (const s of sessions) {
            if (isRunning(s) && s.date > refer.date)
              check(s.locked, `${s.id}: running after a referral is not locked`);
          }
        }
        if (programme.status === 'refer') check(refer !== undefined, 'refer status without a refer decision');
        for (const h of programme.history)
          check(h.rules.length > 0, `${h.sessionId}: decision without rules`);
      }),
      { numRuns: 500 },
    );
  });
});
