import { describe, expect, it } from 'vitest';
import type { Assessment, AssessmentTestId } from '../../../src/engine';
import { resolveThresholds } from '../../../src/engine';
import { ASSESSED_CRITERIA } from '../../../src/engine/assessments/criteria';
import { CHART_THRESHOLDS, assessmentSeries } from '../../../src/renderer/charts/assessment.series';

const defaults = resolveThresholds(undefined);

// Newest first, as assessments.list answers.
const recorded: Assessment[] = [
  {
    date: '2026-12-20',
    by: 'J. Physio',
    results: [
      { test: 'single_hop', left: 150, right: 138, pain: 0 },
      { test: 'timed_hop_6m', left: 2, right: 2.5, pain: 0 },
      { test: 'knee_effusion', value: 1 },
      { test: 'brisk_walk_30', passed: true, pain: 0 },
    ],
  },
  {
    date: '2026-12-01',
    by: 'J. Physio',
    results: [
      { test: 'single_hop', left: 150, right: 123, pain: 0 },
      { test: 'triple_hop', left: 450, right: null },
      { test: 'knee_effusion', value: 2 },
    ],
  },
];

describe('assessmentSeries', () => {
  it('charts LSI for tests done per side and the value otherwise, oldest first, with the threshold', () => {
    const series = assessmentSeries(recorded, { type: 'acl_reconstruction', side: 'right' }, defaults);
    expect(series.map((s) => s.test)).toEqual(['knee_effusion', 'single_hop', 'timed_hop_6m']);
    const hop = series.find((s) => s.test === 'single_hop')!;
    expect(hop).toMatchObject({ measure: 'lsi', unit: 'percent', threshold: 90 });
    expect(hop.points).toEqual([
      { date: '2026-12-01', value: 82 },
      { date: '2026-12-20', value: 92 },
    ]);
    // A timed hop: lower is better, so the ratio is turned round (2 s against 2.5 s is 80%).
    expect(series.find((s) => s.test === 'timed_hop_6m')!.points).toEqual([
      { date: '2026-12-20', value: 80 },
    ]);
    const effusion = series.find((s) => s.test === 'knee_effusion')!;
    expect(effusion).toMatchObject({ measure: 'value', unit: 'grade', lowerIsBetter: true, threshold: 1 });
    expect(effusion.points.map((p) => p.value)).toEqual([2, 1]);
  });

  it('leaves out pass/fail tests and results with one side only', () => {
    const series = assessmentSeries(recorded, { type: 'acl_reconstruction', side: 'right' }, defaults);
    expect(series.some((s) => s.test === 'brisk_walk_30' || s.test === 'triple_hop')).toBe(false);
  });

  it("draws no threshold where the injury's criteria do not read the test, and the clinic's value where they do", () => {
    const pfp = assessmentSeries(recorded, { type: 'patellofemoral_pain', side: 'right' }, defaults);
    expect(pfp.find((s) => s.test === 'single_hop')!.threshold).toBeNull();
    const clinic = resolveThresholds({ acl_hop_lsi_sport: 85 });
    const acl = assessmentSeries(recorded, { type: 'acl_reconstruction', side: 'right' }, clinic);
    expect(acl.find((s) => s.test === 'single_hop')!.threshold).toBe(85);
  });

  it('a later record on the same date wins', () => {
    const sameDay: Assessment[] = [
      { date: '2026-12-01', by: 'A', results: [{ test: 'visa_a', value: 70 }] },
      { date: '2026-12-01', by: 'A', results: [{ test: 'visa_a', value: 60 }] },
    ];
    const [visa] = assessmentSeries(sameDay, { type: 'achilles_tendinopathy', side: 'left' }, defaults);
    expect(visa!.points).toEqual([{ date: '2026-12-01', value: 70 }]);
  });

  it.each(Object.entries(CHART_THRESHOLDS))(
    "%s: the chart's threshold is one a criterion reading the test uses",
    (test, chart) => {
      const readers = Object.values(ASSESSED_CRITERIA).filter(
        (criterion) =>
          criterion!.tests.includes(test as AssessmentTestId) &&
          criterion!.thresholds.includes(chart!.threshold),
      );
      expect(readers.length).toBeGreaterThan(0);
    },
  );
});
