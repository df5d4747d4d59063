import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatDayRange } from '../format';
import type { WeeklyMinutesPoint } from './weekly-minutes.series';

/**
 * Planned (light) against done (solid) running and walking minutes, week by week, with this week
 * marked: bars to its right are the plan still ahead.
 */
export function WeeklyMinutesChart({ data, today }: { data: WeeklyMinutesPoint[]; today: string }) {
  const { t } = useTranslation();
  const current = data.find((point) => point.startDate <= today && today <= point.endDate);
  const byLabel = new Map(data.map((point) => [point.label, point]));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval="preserveStartEnd" />
        <YAxis width={48} label={{ value: 'min', angle: -90, position: 'insideLeft' }} />
        <Tooltip
          labelFormatter={(label) => {
            const point = byLabel.get(String(label));
            return point
              ? `${t('programme.week', { index: point.week })} · ${formatDayRange(point.startDate, point.endDate)}`
              : String(label);
          }}
        />
        <Legend />
        {current && (
          <ReferenceLine
            x={current.label}
            stroke="#1c7ed6"
            strokeDasharray="4 4"
            label={{ value: t('views.thisWeek'), position: 'top', fill: '#1c7ed6', fontSize: 12 }}
          />
        )}
        <Bar dataKey="plannedRun" name={t('charts.plannedRun')} fill="#96f2d7" isAnimationActive={false} />
        <Bar dataKey="doneRun" name={t('charts.doneRun')} fill="#0ca678" isAnimationActive={false} />
        <Bar dataKey="plannedWalk" name={t('charts.plannedWalk')} fill="#a5d8ff" isAnimationActive={false} />
        <Bar dataKey="doneWalk" name={t('charts.doneWalk')} fill="#1c7ed6" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
