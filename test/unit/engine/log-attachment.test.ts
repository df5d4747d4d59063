/**
 * Logs belong to dates, not to generated ids (issue 11 §2, engine part): re-planning random
 * logged histories with a moved start date, another clearance or a new restriction never drops a
 * log. Every log is accounted for exactly once, and a log whose day still holds a session of its
 * kind is attached to that session.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, CLEARANCE_LEVELS, generatePlan } from '../../../src/engine';
import type { PlanRequest, SessionLog } from '../../../src/engine';
import { familyOf, kindFromId } from '../../../src/engine/log-matching';
import { planRequestWithLogsArb } from '../../fixtures/plan-request.arbitrary';
import { planRequest, sessionLog } from '../../fixtures/plan-request.builder';
import { check } from './property-checks';
import { allSessions } from './helpers';

/** A report that nothing happened at all counts as missed and is not a log to attach (E15). */
const happened = (l: SessionLog): boolean =>
  l.completed ||
  (l.actualRunMinutes ?? 0) > 0 ||
  l.painDuring !== null ||
  l.painAfter !== null ||
  l.painNextMorning !== null ||
  l.painBuiltDuringRun ||
  l.swelling ||
  l.limp ||
  l.redFlags.length > 0;

const replanArb = fc.tuple(
  planRequestWithLogsArb,
  fc.integer({ min: 0, max: 21 }),
  fc.option(fc.constantFrom(...CLEARANCE_LEVELS), { nil: null }),
  fc.boolean(),
);

function replanned([request, earlier, level, restrict]: [
  PlanRequest,
  number,
  string | null,
  boolean,
]): PlanRequest {
  const startDate = addDays(request.startDate, -earlier);
  return {
    ...request,
    startDate,
    injury: {
      ...request.injury,
      surgeryDate:
        request.injury.surgeryDate && request.injury.surgeryDate > startDate
          ? startDate
          : request.injury.surgeryDate,
      deliveryDate:
        request.injury.deliveryDate && request.injury.deliveryDate > startDate
          ? startDate
          : request.injury.deliveryDate,
    },
    clearance: level
      ? { ...request.clearance, level: level as PlanRequest['clearance']['level'] }
      : request.clearance,
    notes: restrict
      ? [
          ...request.notes,
          {
            date: startDate,
            author: 'Dr. Test',
            text: 'No hills',
            restrictions: [{ code: 'no_hills', until: null }],
          },
        ]
      : request.notes,
  };
}

describe('logs belong to dates (issue 11 §2)', () => {
  it('no re-plan drops a log: each is attached once, to the session of its day where there is one', () => {
    fc.assert(
      fc.property(replanArb, (args) => {
        const request = replanned(args);
        const programme = generatePlan(request);
        const logs = request.logs.filter(happened);
        const accounted = programme.history.filter((h) => h.light !== null);
        check(accounted.length === logs.length, `${logs.length} logs, ${accounted.length} accounted for`);
        // Each decision names the log it read, so the app can show every log's light.
        const read = accounted.map((h) => h.logIndex);
        check(new Set(read).size === read.length, `a log read twice: ${read.join(',')}`);
        for (const index of read) {
          const log = index === undefined ? undefined : request.logs[index];
          check(
            log !== undefined && happened(log),
            `history names log ${index}, which is not a log that happened`,
          );
        }
        const sessions = allSessions(programme);
        for (const log of logs) {
          const kind = kindFromId(log.sessionId);
          if (!kind) continue;
          const sameDay = sessions.find((s) => s.date === log.date && familyOf(s.kind) === familyOf(kind));
          if (sameDay)
            check(
              sameDay.status === 'done' || sameDay.status === 'stopped',
              `${log.sessionId} on ${log.date}: ${sameDay.id} is ${sameDay.status}`,
            );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moving the start date keeps a green and a red run attached, and says nothing about ids', () => {
    const base = planRequest({
      startDate: '2026-12-01',
      today: '2026-12-06',
      clearance: { date: '2026-11-20' },
    });
    const first = allSessions(generatePlan(base)).filter((s) => s.kind === 'walk_run');
    const logs = [
      sessionLog(first[0]!.id, first[0]!.date),
      sessionLog(first[1]!.id, first[1]!.date, { painDuring: 7, painAfter: 6, painNextMorning: 4 }),
    ];
    const moved = generatePlan({ ...base, startDate: '2026-11-29', logs });
    const statuses = allSessions(moved)
      .filter((s) => s.date === first[0]!.date || s.date === first[1]!.date)
      .filter((s) => s.kind === 'walk_run')
      .map((s) => s.status);
    expect(statuses).toEqual(['done', 'done']);
    expect(moved.history.filter((h) => h.light !== null).map((h) => h.light)).toEqual(['green', 'red']);
    expect(moved.warnings.some((w) => w.code === 'log_unmatched')).toBe(false);
  });

  it('a log whose day no longer holds a session is listed in words, never by id', () => {
    const base = planRequest({
      startDate: '2026-12-01',
      today: '2026-12-06',
      clearance: { date: '2026-11-20' },
    });
    const run = allSessions(generatePlan(base)).find((s) => s.kind === 'walk_run')!;
    // The client's days change: nothing is planned on the logged day any more.
    const moved = generatePlan({
      ...base,
      availability: { ...base.availability, days: ['tue', 'thu', 'sat'] },
      logs: [sessionLog(run.id, run.date)],
    });
    const warning = moved.warnings.find((w) => w.code === 'log_unmatched')!;
    expect(warning.message).toContain('a run on 2 Dec 2026');
    expect(warning.message).not.toContain(run.id);
  });
});
