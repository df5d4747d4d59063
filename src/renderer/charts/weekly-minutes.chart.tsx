import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { WeeklyMinutesPoint } from './weekly-minutes.series';

/** Planned (light) against done (solid) running and walking minutes, week by week. */
export function WeeklyMinutesChart({ data }: { data: WeeklyMinutesPoint[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis width={48} label={{ value: 'min', angle: -90, position: 'insideLeft' }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="plannedRun" name={t('charts.plannedRun')} fill="#96f2d7" isAnimationActive={false} />
        <Bar dataKey="doneRun" name={t('charts.doneRun')} fill="#0ca678" isAnimationActive={false} />
        <Bar dataKey="plannedWalk" name={t('charts.plannedWalk')} fill="#a5d8ff" isAnimationActive={false} />
        <Bar dataKey="doneWalk" name={t('charts.doneWalk')} fill="#1c7ed6" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
