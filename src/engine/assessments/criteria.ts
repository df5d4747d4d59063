/**
 * Criteria decided by recorded tests (rule E42, clinical-reference §2, §4.3, §4.7–§4.11): what
 * each reads, what passes, and which step of the pathway waits for it. A criterion's status on a
 * day comes from the latest result of its tests recorded on or before that day, so a past session
 * keeps the status it had then and a new assessment changes only what follows it.
 */
import type { Message, MessageArg } from '../i18n/message';
import { dateArg, listArg, msg, sub } from '../i18n/message';
import type { MessageKey } from '../i18n/messages';
import { toDay } from '../dates';
import type { DayNumber } from '../dates';
import type { SourceId } from '../protocols/sources';
import type {
  Assessment,
  CriterionStatus,
  FlagRestrictionCode,
  InjuryType,
  PlanRequest,
  Side,
  TestResult,
} from '../types';
import { injuredSideValue, limbSymmetryIndex } from './limb-symmetry';
import type { AssessmentTestId } from './tests';
import { ASSESSMENT_TESTS } from './tests';
import type { ThresholdId } from './thresholds';
import { CRITERION_THRESHOLDS, resolveThresholds } from './thresholds';

/**
 * What waits for a criterion: `running` every running session, `continuous` continuous running
 * and beyond, `speed_hills` strides, faster running and hills (and, after knee surgery or an ankle
 * sprain, uneven ground), which the plan then leaves out as a restriction would.
 */
export type CriterionGate = 'running' | 'continuous' | 'speed_hills';

type Suffix<K, P extends string> = K extends `${P}${infer C}` ? C : never;
export type AssessedCriterionCode = Suffix<MessageKey, 'criterion.'>;

/** One test's latest result and its date. */
interface Latest {
  date: string;
  result: TestResult;
}
type LatestResults = ReadonlyMap<AssessmentTestId, Latest>;

interface Evaluation {
  status: CriterionStatus;
  testedOn: string | null;
  latest: Message | null;
}

type Thresholds = Readonly<Record<ThresholdId, number>>;

interface CriterionDef {
  gate: CriterionGate;
  tests: readonly AssessmentTestId[];
  thresholds: readonly ThresholdId[];
  /** Extra sources when the criterion has no threshold of its own (pass/fail by the clinician). */
  sources?: readonly SourceId[];
  /** Restrictions in force while a `speed_hills` criterion is not met. */
  restricts?: readonly FlagRestrictionCode[];
  threshold: (t: Thresholds) => Message;
  evaluate: (latest: LatestResults, t: Thresholds, injured: Side) => Evaluation;
}

const NOT_TESTED: Evaluation = { status: 'not_yet_tested', testedOn: null, latest: null };
const testName = (id: AssessmentTestId): MessageArg => sub(`test.${id}.name`);
const latestOf = (results: readonly Latest[]): string =>
  results.reduce((a, r) => (r.date > a ? r.date : a), results[0]?.date ?? '');

/** A pass/fail test, with pain at most `max` where the test records pain. */
function passWithPain(test: AssessmentTestId, max: ThresholdId | null): CriterionDef['evaluate'] {
  return (latest, t) => {
    const found = latest.get(test);
    if (!found) return NOT_TESTED;
    const { passed, pain } = found.result;
    const limit = max === null ? null : t[max];
    const met = passed === true && (limit === null || (pain ?? 0) <= limit);
    const words =
      passed !== true
        ? msg('latest.not_passed')
        : pain !== null && pain !== undefined
          ? msg('latest.passed_pain', { pain })
          : msg('latest.passed');
    return { status: met ? 'met' : 'not_met', testedOn: found.date, latest: words };
  };
}

/** A postnatal load or impact test: done, and without pain, heaviness, dragging or leaking [S15]. */
function withoutSymptoms(test: AssessmentTestId): CriterionDef['evaluate'] {
  return (latest) => {
    const found = latest.get(test);
    if (!found) return NOT_TESTED;
    const symptoms = found.result.symptoms ?? [];
    const met = found.result.passed === true && symptoms.length === 0;
    const words =
      symptoms.length > 0
        ? msg('latest.symptoms', { list: listArg(symptoms.map((s) => sub(`symptom.${s}`))) })
        : msg(found.result.passed === true ? 'latest.passed' : 'latest.not_passed');
    return { status: met ? 'met' : 'not_met', testedOn: found.date, latest: words };
  };
}

/**
 * Every test of a battery passed, with pain at most `max` when the battery has a pain limit (the
 * PAASS domains are judged pass/fail by the clinician [S37]); partly tested is not yet tested.
 */
function battery(tests: readonly AssessmentTestId[], max: ThresholdId | null): CriterionDef['evaluate'] {
  return (latest, t) => {
    const found = tests.map((id) => ({ id, latest: latest.get(id) }));
    const tested = found.filter((f): f is { id: AssessmentTestId; latest: Latest } => f.latest !== undefined);
    if (tested.length === 0) return NOT_TESTED;
    const failed = tested.filter(
      (f) => f.latest.result.passed !== true || (max !== null && (f.latest.result.pain ?? 0) > t[max]),
    );
    const missing = found.filter((f) => f.latest === undefined);
    const parts: MessageArg[] = [
      sub('latest.battery', { passed: tested.length - failed.length, total: tests.length }),
    ];
    if (failed.length > 0)
      parts.push(sub('latest.failed', { list: listArg(failed.map((f) => testName(f.id))) }));
    if (missing.length > 0)
      parts.push(sub('latest.missing', { list: listArg(missing.map((f) => testName(f.id))) }));
    const status: CriterionStatus =
      failed.length > 0 ? 'not_met' : missing.length > 0 ? 'not_yet_tested' : 'met';
    return {
      status,
      testedOn: latestOf(tested.map((f) => f.latest)),
      latest: msg('latest.parts', { list: listArg(parts, 'semicolon') }),
    };
  };
}

/** Single-leg heel raises: at least `reps` on the injured side and an LSI of at least `lsi`. */
function heelRaises(reps: ThresholdId | null, lsi: ThresholdId): CriterionDef['evaluate'] {
  return (latest, t, injured) => {
    const found = latest.get('heel_raises');
    if (!found) return NOT_TESTED;
    const { left, right } = found.result;
    const count = injuredSideValue(left, right, injured, false);
    const symmetry = limbSymmetryIndex(left, right, injured, false);
    if (count === null) return NOT_TESTED;
    const met = (reps === null || count >= t[reps]) && symmetry !== null && symmetry >= t[lsi];
    return {
      status: met ? 'met' : 'not_met',
      testedOn: found.date,
      latest:
        symmetry === null
          ? msg('latest.reps', { reps: count })
          : msg('latest.reps_lsi', { reps: count, lsi: symmetry }),
    };
  };
}

/** Every recorded test of the group at an LSI of at least `lsi` (at least one recorded). */
function symmetry(tests: readonly AssessmentTestId[], lsi: ThresholdId): CriterionDef['evaluate'] {
  return (latest, t, injured) => {
    const measured = tests.flatMap((id) => {
      const found = latest.get(id);
      if (!found) return [];
      const index = limbSymmetryIndex(
        found.result.left,
        found.result.right,
        injured,
        ASSESSMENT_TESTS[id].lowerIsBetter,
      );
      return index === null ? [] : [{ id, index, date: found.date, pain: found.result.pain ?? 0 }];
    });
    if (measured.length === 0) return NOT_TESTED;
    const met = measured.every((m) => m.index >= t[lsi]);
    return {
      status: met ? 'met' : 'not_met',
      testedOn: measured.reduce((a, m) => (m.date > a ? m.date : a), measured[0]!.date),
      latest: msg('latest.parts', {
        list: listArg(
          measured.map((m) => sub('latest.lsi_of', { test: testName(m.id), lsi: m.index })),
          'semicolon',
        ),
      }),
    };
  };
}

/** After knee surgery: full extension, flexion close to the other knee, no more than trace effusion [S17]. */
const kneeCriteria: CriterionDef['evaluate'] = (latest, t) => {
  const extension = latest.get('knee_extension_deficit');
  const flexion = latest.get('knee_flexion_percent');
  const effusion = latest.get('knee_effusion');
  const tested = [extension, flexion, effusion].filter((f): f is Latest => f !== undefined);
  if (tested.length === 0) return NOT_TESTED;
  const value = (f: Latest | undefined): number | null => f?.result.value ?? null;
  const checks = [
    value(extension) === null ? null : value(extension)! <= t.knee_extension_deficit_max,
    value(flexion) === null ? null : value(flexion)! >= t.knee_flexion_min,
    value(effusion) === null ? null : value(effusion)! <= t.knee_effusion_max,
  ];
  const status: CriterionStatus = checks.includes(false)
    ? 'not_met'
    : checks.includes(null)
      ? 'not_yet_tested'
      : 'met';
  const parts: MessageArg[] = [];
  if (value(extension) !== null) parts.push(sub('latest.extension', { degrees: value(extension)! }));
  if (value(flexion) !== null) parts.push(sub('latest.flexion', { percent: value(flexion)! }));
  if (value(effusion) !== null)
    parts.push(sub('latest.effusion', { grade: sub(`effusion.${effusionGrade(value(effusion)!)}`) }));
  return {
    status,
    testedOn: latestOf(tested),
    latest: msg('latest.parts', { list: listArg(parts, 'semicolon') }),
  };
};

const EFFUSION_GRADES = ['0', '1', '2', '3', '4'] as const;
function effusionGrade(value: number): (typeof EFFUSION_GRADES)[number] {
  return EFFUSION_GRADES[Math.max(0, Math.min(4, Math.round(value)))]!;
}

/** One number at least (or at most) a threshold. */
function atLeastValue(
  test: AssessmentTestId,
  min: ThresholdId,
  unit: 'percent' | 'pain',
): CriterionDef['evaluate'] {
  return (latest, t) => {
    const found = latest.get(test);
    const value = found?.result.value;
    if (!found || value === null || value === undefined) return NOT_TESTED;
    const lower = ASSESSMENT_TESTS[test].lowerIsBetter;
    const met = lower ? value <= t[min] : value >= t[min];
    return {
      status: met ? 'met' : 'not_met',
      testedOn: found.date,
      latest: msg(
        unit === 'pain' ? 'latest.pain' : 'latest.percent',
        unit === 'pain' ? { pain: value } : { percent: value },
      ),
    };
  };
}

/** Isometric knee flexion without pain [S35]. */
const painFreeIsometric: CriterionDef['evaluate'] = (latest) => {
  const found = latest.get('hamstring_isometric');
  if (!found || found.result.pain === null || found.result.pain === undefined) return NOT_TESTED;
  return {
    status: found.result.pain === 0 ? 'met' : 'not_met',
    testedOn: found.date,
    latest: msg('latest.pain', { pain: found.result.pain }),
  };
};

const BONE_BATTERY = [
  'bone_walk_30',
  'bone_single_leg_stand',
  'bone_single_leg_squat',
  'bone_jog_on_spot',
  'bone_jump_squats',
  'bone_bounding',
  'bone_hopping',
] as const satisfies readonly AssessmentTestId[];
const HOP_TESTS = [
  'single_hop',
  'triple_hop',
  'crossover_hop',
  'timed_hop_6m',
] as const satisfies readonly AssessmentTestId[];
const SPEED_AND_HILLS: readonly FlagRestrictionCode[] = ['no_speed', 'no_hills'];
const SPEED_HILLS_UNEVEN: readonly FlagRestrictionCode[] = ['no_speed', 'no_hills', 'flat_surface'];

const postnatalTest = (test: AssessmentTestId): CriterionDef => ({
  gate: 'running',
  tests: [test],
  thresholds: [],
  sources: ['S15'],
  threshold: () => msg('threshold.no_symptoms'),
  evaluate: withoutSymptoms(test),
});

export const ASSESSED_CRITERIA: Partial<Record<AssessedCriterionCode, CriterionDef>> = {
  walk_30min_pain_free: {
    gate: 'running',
    tests: ['brisk_walk_30'],
    thresholds: ['walk_pain_max'],
    threshold: (t) => msg('threshold.pass_pain', { max: t.walk_pain_max }),
    evaluate: passWithPain('brisk_walk_30', 'walk_pain_max'),
  },
  hops_10: {
    gate: 'running',
    tests: ['single_leg_hops_10'],
    thresholds: ['hop_pain_max'],
    threshold: (t) => msg('threshold.pass_pain', { max: t.hop_pain_max }),
    evaluate: passWithPain('single_leg_hops_10', 'hop_pain_max'),
  },
  morning_stiffness: {
    gate: 'running',
    tests: ['morning_first_steps'],
    thresholds: ['morning_pain_max'],
    threshold: (t) => msg('threshold.pain_at_most', { max: t.morning_pain_max }),
    evaluate: atLeastValue('morning_first_steps', 'morning_pain_max', 'pain'),
  },
  calf_raises_25: {
    gate: 'running',
    tests: ['heel_raises'],
    thresholds: ['heel_raises_run', 'heel_raise_lsi'],
    threshold: (t) => msg('threshold.reps_lsi', { reps: t.heel_raises_run, lsi: t.heel_raise_lsi }),
    evaluate: heelRaises('heel_raises_run', 'heel_raise_lsi'),
  },
  calf_raises_30: {
    gate: 'speed_hills',
    tests: ['heel_raises'],
    thresholds: ['heel_raises_full', 'heel_raise_lsi'],
    restricts: SPEED_AND_HILLS,
    threshold: (t) => msg('threshold.reps_lsi', { reps: t.heel_raises_full, lsi: t.heel_raise_lsi }),
    evaluate: heelRaises('heel_raises_full', 'heel_raise_lsi'),
  },
  heel_raise_symmetry: {
    gate: 'speed_hills',
    tests: ['heel_raises'],
    thresholds: ['heel_raise_lsi'],
    restricts: SPEED_AND_HILLS,
    threshold: (t) => msg('threshold.lsi', { lsi: t.heel_raise_lsi }),
    evaluate: heelRaises(null, 'heel_raise_lsi'),
  },
  bone_loading_tests: {
    gate: 'running',
    tests: BONE_BATTERY,
    thresholds: ['bone_pain_max'],
    threshold: (t) => msg('threshold.battery_pain', { max: t.bone_pain_max }),
    evaluate: battery(BONE_BATTERY, 'bone_pain_max'),
  },
  plyometric_phase: {
    gate: 'continuous',
    tests: ['plyometric_phase'],
    thresholds: ['bone_pain_max'],
    sources: ['S7'],
    threshold: (t) => msg('threshold.pass_pain', { max: t.bone_pain_max }),
    evaluate: passWithPain('plyometric_phase', 'bone_pain_max'),
  },
  pelvic_floor: {
    gate: 'running',
    tests: ['pelvic_floor_assessed'],
    thresholds: [],
    sources: ['S15'],
    threshold: () => msg('threshold.pass'),
    evaluate: passWithPain('pelvic_floor_assessed', null),
  },
  postnatal_walk: postnatalTest('postnatal_walk_30'),
  postnatal_balance: postnatalTest('postnatal_balance'),
  postnatal_squat: postnatalTest('postnatal_squat'),
  postnatal_jog: postnatalTest('postnatal_jog'),
  postnatal_bounds: postnatalTest('postnatal_bounds'),
  postnatal_hops: postnatalTest('postnatal_hops'),
  postnatal_running_man: postnatalTest('postnatal_running_man'),
  postnatal_strength: {
    gate: 'running',
    tests: ['postnatal_strength'],
    thresholds: [],
    sources: ['S15'],
    threshold: () => msg('threshold.pass'),
    evaluate: passWithPain('postnatal_strength', null),
  },
  knee_criteria: {
    gate: 'running',
    tests: ['knee_extension_deficit', 'knee_flexion_percent', 'knee_effusion'],
    thresholds: ['knee_extension_deficit_max', 'knee_flexion_min', 'knee_effusion_max'],
    threshold: (t) =>
      msg('threshold.knee', {
        degrees: t.knee_extension_deficit_max,
        percent: t.knee_flexion_min,
        grade: sub(`effusion.${effusionGrade(t.knee_effusion_max)}`),
      }),
    evaluate: kneeCriteria,
  },
  knee_strength: {
    gate: 'running',
    tests: ['quadriceps_strength', 'hamstring_strength'],
    thresholds: ['knee_strength_lsi_run'],
    threshold: (t) => msg('threshold.lsi', { lsi: t.knee_strength_lsi_run }),
    evaluate: symmetry(['quadriceps_strength', 'hamstring_strength'], 'knee_strength_lsi_run'),
  },
  acl_hop_symmetry: {
    gate: 'speed_hills',
    tests: HOP_TESTS,
    thresholds: ['acl_hop_lsi_sport'],
    restricts: SPEED_HILLS_UNEVEN,
    threshold: (t) => msg('threshold.lsi_each', { lsi: t.acl_hop_lsi_sport }),
    evaluate: symmetry(HOP_TESTS, 'acl_hop_lsi_sport'),
  },
  hamstring_ready: {
    gate: 'running',
    tests: ['hamstring_isometric'],
    thresholds: [],
    sources: ['S35'],
    threshold: () => msg('threshold.pain_free'),
    evaluate: painFreeIsometric,
  },
  hamstring_speed_strength: {
    gate: 'speed_hills',
    tests: ['hamstring_eccentric'],
    thresholds: ['hamstring_lsi_speed'],
    restricts: SPEED_AND_HILLS,
    threshold: (t) => msg('threshold.lsi', { lsi: t.hamstring_lsi_speed }),
    evaluate: symmetry(['hamstring_eccentric'], 'hamstring_lsi_speed'),
  },
  hamstring_sprint: {
    gate: 'speed_hills',
    tests: ['pain_free_sprint'],
    thresholds: ['sprint_percent_speed'],
    restricts: SPEED_AND_HILLS,
    threshold: (t) => msg('threshold.percent_at_least', { percent: t.sprint_percent_speed }),
    evaluate: atLeastValue('pain_free_sprint', 'sprint_percent_speed', 'percent'),
  },
  ankle_paass: {
    gate: 'running',
    tests: ['paass_pain', 'paass_impairments', 'paass_sensorimotor'],
    thresholds: [],
    sources: ['S37'],
    threshold: () => msg('threshold.all_passed'),
    evaluate: battery(['paass_pain', 'paass_impairments', 'paass_sensorimotor'], null),
  },
  ankle_paass_full: {
    gate: 'speed_hills',
    tests: ['paass_pain', 'paass_impairments', 'paass_perception', 'paass_sensorimotor', 'paass_performance'],
    thresholds: [],
    sources: ['S37'],
    restricts: SPEED_HILLS_UNEVEN,
    threshold: () => msg('threshold.all_passed'),
    evaluate: battery(
      ['paass_pain', 'paass_impairments', 'paass_perception', 'paass_sensorimotor', 'paass_performance'],
      null,
    ),
  },
};

/**
 * The test-based criteria of each injury. `required` ones hold their step until met, tested or
 * not: the postnatal load and impact tests and pelvic floor assessment [S15], the bone loading
 * battery [S19, S25], the knee's non-negotiables after ACL reconstruction [S17] and its hop
 * symmetry before speed, hills and uneven ground [S38]. The others inform until a result fails.
 */
const INJURY_CRITERIA: Readonly<Record<InjuryType, readonly (readonly [AssessedCriterionCode, boolean])[]>> =
  {
    bsi_low_risk: [
      ['walk_30min_pain_free', false],
      ['bone_loading_tests', true],
      ['plyometric_phase', false],
    ],
    bsi_high_risk: [
      ['walk_30min_pain_free', false],
      ['bone_loading_tests', true],
      ['plyometric_phase', false],
    ],
    mtss: [
      ['walk_30min_pain_free', false],
      ['bone_loading_tests', false],
      ['hops_10', false],
    ],
    achilles_tendinopathy: [
      ['walk_30min_pain_free', false],
      ['morning_stiffness', false],
      ['hops_10', false],
      ['heel_raise_symmetry', false],
    ],
    plantar_heel_pain: [
      ['walk_30min_pain_free', false],
      ['morning_stiffness', false],
      ['hops_10', false],
      ['heel_raise_symmetry', false],
    ],
    patellofemoral_pain: [
      ['walk_30min_pain_free', false],
      ['hops_10', false],
    ],
    itb_syndrome: [
      ['walk_30min_pain_free', false],
      ['hops_10', false],
    ],
    hamstring_strain: [
      ['walk_30min_pain_free', false],
      ['hamstring_ready', false],
      ['hamstring_speed_strength', false],
      ['hamstring_sprint', false],
    ],
    calf_strain: [
      ['walk_30min_pain_free', false],
      ['calf_raises_25', false],
      ['calf_raises_30', false],
    ],
    ankle_sprain: [
      ['walk_30min_pain_free', false],
      ['ankle_paass', false],
      ['hops_10', false],
      ['ankle_paass_full', false],
    ],
    acl_reconstruction: [
      ['walk_30min_pain_free', false],
      ['knee_criteria', true],
      ['knee_strength', false],
      ['acl_hop_symmetry', true],
    ],
    knee_surgery_other: [
      ['walk_30min_pain_free', false],
      ['knee_criteria', false],
      ['knee_strength', false],
    ],
    postnatal: [
      ['pelvic_floor', true],
      ['postnatal_walk', true],
      ['postnatal_balance', true],
      ['postnatal_squat', true],
      ['postnatal_jog', true],
      ['postnatal_bounds', true],
      ['postnatal_hops', true],
      ['postnatal_running_man', true],
      ['postnatal_strength', false],
    ],
    other_soft_tissue: [
      ['walk_30min_pain_free', false],
      ['hops_10', false],
    ],
  };

/** A criterion of this request with its status over time. */
export interface CriterionTrack {
  code: AssessedCriterionCode;
  def: CriterionDef;
  required: boolean;
  /** Status from each day a result of its tests was recorded, in date order. */
  changes: readonly { day: DayNumber; evaluation: Evaluation }[];
  /** The threshold in force, as a message. */
  threshold: Message;
  sources: readonly SourceId[];
}

/** The latest result of each test among assessments dated up to `upTo` (inclusive). */
function latestResults(assessments: readonly Assessment[], upTo: string): Map<AssessmentTestId, Latest> {
  const out = new Map<AssessmentTestId, Latest>();
  for (const assessment of assessments) {
    if (assessment.date > upTo) continue;
    for (const result of assessment.results) {
      const known = out.get(result.test);
      // Same date: the one recorded later in the list wins (a correction on the day).
      if (!known || assessment.date >= known.date) out.set(result.test, { date: assessment.date, result });
    }
  }
  return out;
}

/** The request's test-based criteria with their status over time. */
export function trackCriteria(request: PlanRequest): CriterionTrack[] {
  const thresholds = resolveThresholds(request.criteriaThresholds);
  const assessments = [...(request.assessments ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const dates = [...new Set(assessments.map((a) => a.date))];
  return INJURY_CRITERIA[request.injury.type].map(([code, required]) => {
    const def = ASSESSED_CRITERIA[code]!;
    const changes = dates
      .filter((date) =>
        assessments.some((a) => a.date === date && a.results.some((r) => def.tests.includes(r.test))),
      )
      .map((date) => ({
        day: toDay(date),
        evaluation: def.evaluate(latestResults(assessments, date), thresholds, request.injury.side),
      }));
    const sources = [
      ...new Set([
        ...def.thresholds.flatMap((id) => CRITERION_THRESHOLDS[id].sources),
        ...(def.sources ?? []),
      ]),
    ];
    return { code, def, required, changes, threshold: def.threshold(thresholds), sources };
  });
}

/** A criterion's evaluation on a day (not yet tested before its first result). */
export function evaluationOn(track: CriterionTrack, day: DayNumber): Evaluation {
  let found: Evaluation = NOT_TESTED;
  for (const change of track.changes) {
    if (change.day > day) break;
    found = change.evaluation;
  }
  return found;
}

/**
 * Whether a criterion holds its step back on a day: a result that fails, or a required criterion
 * not met yet. An untested requirement holds from `today` on only: the days before are history
 * (sessions done then stay as they were), while a failed result holds from the day it was recorded.
 */
export function holdsOn(track: CriterionTrack, day: DayNumber, today: DayNumber): boolean {
  const { status } = evaluationOn(track, day);
  if (status === 'not_met') return true;
  return track.required && status === 'not_yet_tested' && day >= today;
}

/**
 * The criteria holding something back, for locks, explanations and warnings: each failed one with
 * its latest result ("Heel raises (1 Dec 2026: 18 on the injured side, LSI 67%)"), then the tests
 * not yet done in one list.
 */
export function criteriaWithResults(tracks: readonly CriterionTrack[], day: DayNumber): MessageArg {
  const tested: MessageArg[] = [];
  const untestedTests: AssessmentTestId[] = [];
  for (const track of tracks) {
    const evaluation = evaluationOn(track, day);
    if (evaluation.latest === null || evaluation.testedOn === null) {
      for (const test of track.def.tests) if (!untestedTests.includes(test)) untestedTests.push(test);
      continue;
    }
    tested.push(
      sub('criterion_result', {
        criterion: sub(`criterion.${track.code}`),
        result: sub('latest.dated', {
          date: dateArg(toDay(evaluation.testedOn)),
          result: { message: evaluation.latest },
        }),
      }),
    );
  }
  if (untestedTests.length > 0)
    tested.push(sub('latest.missing', { list: listArg(untestedTests.map(testName), 'semicolon') }));
  return listArg(tested, 'semicolon');
}
