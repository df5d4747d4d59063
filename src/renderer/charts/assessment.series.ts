import type { AssessmentTestId, InjuryType, Side, TestResult, ThresholdId, TestUnit } from '../../engine';
import { ASSESSMENT_TESTS, limbSymmetryIndex } from '../../engine';

/** What a test's chart shows: the limb symmetry index for tests done per side, the number otherwise. */
export type Measure = 'lsi' | 'value';

export interface AssessmentPoint {
  date: string;
  value: number;
}

export interface MeasureSeries {
  test: AssessmentTestId;
  measure: Measure;
  /** The unit of `value` (LSI is a percentage). */
  unit: TestUnit;
  lowerIsBetter: boolean;
  points: AssessmentPoint[];
  /** The criterion's threshold in force for this measure, or null when no criterion reads it. */
  threshold: number | null;
}

/**
 * Which threshold the chart of a test is drawn against, and for which injuries a criterion reads
 * it (the engine's criteria, assessments/criteria.ts). Heel raises also have a repetition count,
 * which is not what the LSI chart shows.
 */
export const CHART_THRESHOLDS: Partial<
  Record<AssessmentTestId, { threshold: ThresholdId; injuries: readonly InjuryType[] }>
> = {
  heel_raises: {
    threshold: 'heel_raise_lsi',
    injuries: ['achilles_tendinopathy', 'plantar_heel_pain', 'calf_strain'],
  },
  morning_first_steps: {
    threshold: 'morning_pain_max',
    injuries: ['achilles_tendinopathy', 'plantar_heel_pain'],
  },
  knee_extension_deficit: {
    threshold: 'knee_extension_deficit_max',
    injuries: ['acl_reconstruction', 'knee_surgery_other'],
  },
  knee_flexion_percent: {
    threshold: 'knee_flexion_min',
    injuries: ['acl_reconstruction', 'knee_surgery_other'],
  },
  knee_effusion: { threshold: 'knee_effusion_max', injuries: ['acl_reconstruction', 'knee_surgery_other'] },
  quadriceps_strength: {
    threshold: 'knee_strength_lsi_run',
    injuries: ['acl_reconstruction', 'knee_surgery_other'],
  },
  hamstring_strength: {
    threshold: 'knee_strength_lsi_run',
    injuries: ['acl_reconstruction', 'knee_surgery_other'],
  },
  single_hop: { threshold: 'acl_hop_lsi_sport', injuries: ['acl_reconstruction'] },
  triple_hop: { threshold: 'acl_hop_lsi_sport', injuries: ['acl_reconstruction'] },
  crossover_hop: { threshold: 'acl_hop_lsi_sport', injuries: ['acl_reconstruction'] },
  timed_hop_6m: { threshold: 'acl_hop_lsi_sport', injuries: ['acl_reconstruction'] },
  hamstring_eccentric: { threshold: 'hamstring_lsi_speed', injuries: ['hamstring_strain'] },
  pain_free_sprint: { threshold: 'sprint_percent_speed', injuries: ['hamstring_strain'] },
};

/** The measure a result contributes to its test's chart, or null when it has none (pass/fail, one side). */
export function measureOf(result: TestResult, injured: Side): number | null {
  const def = ASSESSMENT_TESTS[result.test];
  if (def.unit === 'pass_fail') return null;
  if (def.sided) return limbSymmetryIndex(result.left, result.right, injured, def.lowerIsBetter);
  return result.value ?? null;
}

/**
 * Each measured test over time (oldest first; one point per date, the later record winning), with
 * the threshold its criterion uses for this injury. Tests measured more often come first (the ones
 * being followed), in catalogue order otherwise.
 */
export function assessmentSeries(
  assessments: readonly { date: string; results: readonly TestResult[] }[],
  injury: { type: InjuryType; side: Side },
  thresholds: Readonly<Record<ThresholdId, number>>,
): MeasureSeries[] {
  const byTest = new Map<AssessmentTestId, Map<string, number>>();
  // Oldest first, stable for one date: the list comes newest first, so a later record on a day wins.
  const ordered = [...assessments].reverse().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const assessment of ordered) {
    for (const result of assessment.results) {
      const value = measureOf(result, injury.side);
      if (value === null) continue;
      const points = byTest.get(result.test) ?? new Map<string, number>();
      points.set(assessment.date, value);
      byTest.set(result.test, points);
    }
  }
  return (Object.keys(ASSESSMENT_TESTS) as AssessmentTestId[])
    .filter((test) => byTest.has(test))
    .map((test) => {
      const def = ASSESSMENT_TESTS[test];
      const chart = CHART_THRESHOLDS[test];
      const points = [...byTest.get(test)!].map(([date, value]) => ({ date, value }));
      return {
        test,
        measure: def.sided ? 'lsi' : 'value',
        unit: def.sided ? 'percent' : def.unit,
        lowerIsBetter: def.sided ? false : def.lowerIsBetter,
        points,
        threshold: chart && chart.injuries.includes(injury.type) ? thresholds[chart.threshold] : null,
      } satisfies MeasureSeries;
    })
    .sort((a, b) => b.points.length - a.points.length);
}
