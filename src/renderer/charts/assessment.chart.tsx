import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_TESTS } from '../../engine';
import { formatDate } from '../format';
import type { MeasureSeries } from './assessment.series';

/** Round ticks from `low` to `high`: a step of 1, 2 or 5 × 10ⁿ, at most six ticks. */
function niceTicks(low: number, high: number): number[] {
  const span = Math.max(high - low, 1);
  const steps = [1, 2, 5].flatMap((m) => [0, 1, 2, 3, 4].map((e) => m * 10 ** e)).sort((a, b) => a - b);
  const step = steps.find((candidate) => span / candidate <= 5) ?? steps[steps.length - 1]!;
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick < high + step; tick += step) ticks.push(tick);
  return ticks;
}

/**
 * The y-axis ticks: the whole scale for pain, grades and scores out of 10; otherwise around the
 * results and the threshold (LSI from below the lowest to at least 100%).
 */
function yTicks(series: MeasureSeries): number[] {
  const def = ASSESSMENT_TESTS[series.test];
  if (series.measure === 'value' && def.max <= 10) return niceTicks(def.min, def.max);
  const values = [
    ...series.points.map((p) => p.value),
    ...(series.threshold === null ? [] : [series.threshold]),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (series.measure === 'lsi') return niceTicks(Math.max(0, Math.min(low - 10, 80)), Math.max(high, 100));
  const lower = Math.max(def.min, low - (high - low) * 0.2 - 1);
  return niceTicks(lower, Math.min(def.max, Math.max(high + (high - low) * 0.2 + 1, lower + 5)));
}

/** One test's measure over time (LSI for tests done per side), against its criterion's threshold. */
export function AssessmentChart({
  series,
  valueLabel,
  format,
}: {
  series: MeasureSeries;
  /** The measure's name in the tooltip ("LSI", "Value"). */
  valueLabel: string;
  /** A value as the grid writes it ("82%", "trace", "12 reps"). */
  format: (value: number) => string;
}) {
  const { t } = useTranslation();
  const data = series.points.map((point) => ({ ...point, label: formatDate(point.date) }));
  const grade = ASSESSMENT_TESTS[series.test].unit === 'grade';
  const ticks = grade ? [0, 1, 2, 3, 4] : yTicks(series);
  return (
    <ResponsiveContainer width="100%" height={200}>
      <LineChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" fontSize={12} />
        <YAxis
          domain={[ticks[0]!, ticks[ticks.length - 1]!]}
          ticks={ticks}
          width={56}
          fontSize={12}
          allowDecimals={!grade}
          tickFormatter={(value: number) => format(value)}
        />
        <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} />
        {series.threshold !== null && (
          <ReferenceLine
            y={series.threshold}
            stroke="#e03131"
            strokeDasharray="6 4"
            label={{
              value: t(series.lowerIsBetter ? 'assessments.chartAtMost' : 'assessments.chartAtLeast', {
                value: format(series.threshold),
              }),
              position: 'insideTopRight',
              fill: '#e03131',
              fontSize: 12,
            }}
          />
        )}
        <Line
          dataKey="value"
          name={valueLabel}
          stroke="#1c7ed6"
          strokeWidth={2}
          dot={{ r: 4 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
