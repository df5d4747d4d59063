/**
 * A request assembled from stored records is parsed without parsing its logs again (they were
 * parsed when stored): parsePlanRequestWithParsedLogs must give the very request parsePlanRequest
 * gives, byte for byte, and refuse what it refuses about the logs (their dates against the
 * request's, a session logged twice).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanRequest, parsePlanRequestWithParsedLogs } from '../../../src/contract/plan';
import { addDays } from '../../../src/engine';
import type { PlanRequest } from '../../../src/engine/types';
import { planRequestWithLogsArb } from '../../fixtures/plan-request.arbitrary';

/** The request as JSON, then as the raw object a caller would hand to the parsers. */
const raw = (request: PlanRequest): Record<string, unknown> =>
  JSON.parse(JSON.stringify(request)) as Record<string, unknown>;

function parsedLogs(request: PlanRequest) {
  const parsed = parsePlanRequest(raw(request));
  if (!parsed.ok) throw new Error(`the arbitrary made an invalid request: ${parsed.issues[0]?.message}`);
  return parsed.value.logs;
}

describe('parsePlanRequestWithParsedLogs', () => {
  it('gives the same request as parsing it whole, byte for byte', () => {
    fc.assert(
      fc.property(planRequestWithLogsArb, (request) => {
        const whole = parsePlanRequest(raw(request));
        const stored = parsePlanRequestWithParsedLogs(raw(request), parsedLogs(request));
        expect(stored.ok).toBe(true);
        expect(JSON.stringify(stored.ok && stored.value)).toBe(JSON.stringify(whole.ok && whole.value));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a start date moved after a stored log, naming the log, as parsing it whole does', () => {
    fc.assert(
      fc.property(
        planRequestWithLogsArb.filter((request) => request.logs.length > 0),
        (request) => {
          const logs = parsedLogs(request);
          const last = logs.reduce((latest, log) => (log.date > latest ? log.date : latest), logs[0]!.date);
          const moved = { ...raw(request), startDate: addDays(last, 1), today: addDays(last, 1) };
          const whole = parsePlanRequest(moved);
          const stored = parsePlanRequestWithParsedLogs(moved, logs);
          expect(whole.ok).toBe(false);
          expect(stored.ok).toBe(false);
          const logIssues = (result: typeof whole) =>
            result.ok ? [] : result.issues.filter((issue) => issue.path.startsWith('logs.'));
          expect(logIssues(stored)).toEqual(logIssues(whole));
          expect(logIssues(stored).length).toBe(logs.length);
          expect(logIssues(stored)[0]?.message).toBe('A log cannot be dated before the start date');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses a session logged twice and lists it beside any other problem of the request', () => {
    const request = fc.sample(
      planRequestWithLogsArb.filter((r) => r.logs.length > 1),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const logs = parsedLogs(request);
    const twice = [...logs, { ...logs[0]! }];
    const broken = { ...raw(request), availability: { days: [], maxSessionMinutes: 60 } };
    const stored = parsePlanRequestWithParsedLogs(broken, twice);
    expect(stored.ok).toBe(false);
    if (stored.ok) return;
    expect(stored.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['availability.days', `logs.${logs.length}.sessionId`]),
    );
  });
});
