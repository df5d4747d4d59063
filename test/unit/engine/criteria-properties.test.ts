/**
 * Issue 10 — criteria decided by recorded tests (E42), stated as invariants over random requests
 * with random assessments (fast-check). The oracles below read the request's results directly,
 * with the thresholds the clinic chose, independently of how the engine evaluates them.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generatePlan, limbSymmetryIndex, resolveThresholds } from '../../../src/engine';
import type { AssessmentTestId, PlanRequest, Programme, Session, TestResult } from '../../../src/engine';
import { parsePlanRequest } from '../../../src/contract/plan';
import { assessedRequestArbOf } from '../../fixtures/assessments.arbitrary';
import { check } from './property-checks';
import { allSessions, isRunning } from './helpers';

const RUNS = { numRuns: Number(process.env.CRITERIA_RUNS ?? 250) };

function holds(
  types: Parameters<typeof assessedRequestArbOf>[0],
  property: (r: PlanRequest, p: Programme) => void,
): void {
  fc.assert(
    fc.property(assessedRequestArbOf(types), (request) => {
      // Every generated request is one the contract accepts.
      const parsed = parsePlanRequest(request);
      check(
        parsed.ok,
        `the contract refused a generated request: ${JSON.stringify(parsed.ok ? [] : parsed.issues)}`,
      );
      property(request, generatePlan(request));
    }),
    RUNS,
  );
}

/** The latest result of a test recorded on or before `date` (the later one of a day wins). */
function latest(request: PlanRequest, test: AssessmentTestId, date: string): TestResult | undefined {
  let found: { date: string; result: TestResult } | undefined;
  for (const a of request.assessments ?? [])
    for (const r of a.results)
      if (r.test === test && a.date <= date && (!found || a.date >= found.date))
        found = { date: a.date, result: r };
  return found?.result;
}

const unlockedRuns = (p: Programme): Session[] => allSessions(p).filter((s) => isRunning(s) && !s.locked);
const SPEED_OR_HILLS = new Set(['strides', 'hills', 'progressive_run']);

const POSTNATAL_TESTS: readonly AssessmentTestId[] = [
  'pelvic_floor_assessed',
  'postnatal_walk_30',
  'postnatal_balance',
  'postnatal_squat',
  'postnatal_jog',
  'postnatal_bounds',
  'postnatal_hops',
  'postnatal_running_man',
];
const BONE_TESTS: readonly AssessmentTestId[] = [
  'bone_walk_30',
  'bone_single_leg_stand',
  'bone_single_leg_squat',
  'bone_jog_on_spot',
  'bone_jump_squats',
  'bone_bounding',
  'bone_hopping',
];
const HOP_TESTS: readonly AssessmentTestId[] = ['single_hop', 'triple_hop', 'crossover_hop', 'timed_hop_6m'];

describe('E42: no unlock without criteria (property)', () => {
  it('postnatal: no running session opens on or after today unless every load and impact test and the pelvic floor assessment passed without symptoms', () => {
    holds(['postnatal'], (request, p) => {
      for (const s of unlockedRuns(p)) {
        if (s.date < request.today) continue;
        for (const test of POSTNATAL_TESTS) {
          const r = latest(request, test, s.date);
          check(
            r !== undefined && r.passed === true && (r.symptoms ?? []).length === 0,
            `${s.id} on ${s.date} is open although ${test} is ${r ? JSON.stringify(r) : 'not tested'}`,
          );
        }
      }
    });
  });

  it('bone stress: no running session opens on or after today unless the loading battery passed within the pain allowed', () => {
    holds(['bsi_low_risk', 'bsi_high_risk'], (request, p) => {
      const max = resolveThresholds(request.criteriaThresholds).bone_pain_max;
      for (const s of unlockedRuns(p)) {
        if (s.date < request.today) continue;
        for (const test of BONE_TESTS) {
          const r = latest(request, test, s.date);
          check(
            r !== undefined && r.passed === true && (r.pain ?? 0) <= max,
            `${s.id} on ${s.date} is open although ${test} is ${r ? JSON.stringify(r) : 'not tested'}`,
          );
        }
      }
    });
  });

  it('ACL reconstruction: running opens only with the knee criteria met; strides, hills and progressive runs only with every hop test at the LSI', () => {
    holds(['acl_reconstruction'], (request, p) => {
      const t = resolveThresholds(request.criteriaThresholds);
      for (const s of unlockedRuns(p)) {
        if (s.date < request.today) continue;
        const extension = latest(request, 'knee_extension_deficit', s.date)?.value;
        const flexion = latest(request, 'knee_flexion_percent', s.date)?.value;
        const effusion = latest(request, 'knee_effusion', s.date)?.value;
        check(
          extension != null &&
            extension <= t.knee_extension_deficit_max &&
            flexion != null &&
            flexion >= t.knee_flexion_min &&
            effusion != null &&
            effusion <= t.knee_effusion_max,
          `${s.id} on ${s.date} is open without the knee criteria met`,
        );
      }
      for (const s of allSessions(p).filter((x) => SPEED_OR_HILLS.has(x.kind))) {
        const lsis = HOP_TESTS.flatMap((test) => {
          const r = latest(request, test, s.date);
          const lsi = r
            ? limbSymmetryIndex(r.left, r.right, request.injury.side, test === 'timed_hop_6m')
            : null;
          return lsi === null ? [] : [lsi];
        });
        check(
          lsis.length > 0 && lsis.every((lsi) => lsi >= t.acl_hop_lsi_sport),
          `${s.kind} on ${s.date} is planned with hop LSIs ${JSON.stringify(lsis)} (needs ${t.acl_hop_lsi_sport})`,
        );
      }
    });
  });

  it('any injury: a failed 30-minute walk or hop test closes running from the day it was recorded until a new result passes', () => {
    holds(undefined, (request, p) => {
      const t = resolveThresholds(request.criteriaThresholds);
      const failed = (test: AssessmentTestId, max: number, date: string): boolean => {
        const r = latest(request, test, date);
        return r !== undefined && (r.passed !== true || (r.pain ?? 0) > max);
      };
      for (const s of unlockedRuns(p)) {
        check(
          !failed('brisk_walk_30', t.walk_pain_max, s.date),
          `${s.id} on ${s.date} is open after a failed walk test`,
        );
        if (
          [
            'postnatal',
            'acl_reconstruction',
            'knee_surgery_other',
            'hamstring_strain',
            'calf_strain',
            'bsi_low_risk',
            'bsi_high_risk',
          ].includes(request.injury.type)
        )
          continue;
        check(
          !failed('single_leg_hops_10', t.hop_pain_max, s.date),
          `${s.id} on ${s.date} is open after a failed hop test`,
        );
      }
    });
  });

  it('every checkpoint criterion a result fails says so, with the result and its date, and holds the plan back', () => {
    holds(undefined, (request, p) => {
      for (const c of p.checkpoints)
        for (const criterion of c.criteria) {
          const a = criterion.assessment;
          if (!a) continue;
          check(a.threshold.length > 0 && a.sources.length > 0, `${criterion.code}: no threshold or source`);
          if (a.status === 'not_yet_tested') continue;
          check(
            a.latest !== null && a.testedOn !== null && a.testedOn <= request.today,
            `${criterion.code}: no dated result`,
          );
          if (a.status === 'not_met') check(a.holdsBack, `${criterion.code} failed but holds nothing back`);
        }
    });
  });
});
