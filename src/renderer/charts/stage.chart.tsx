import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatDate, formatShortDate } from '../format';
import { dayNumber, dayTicks, isoOfDay } from './date-axis';
import type { StagePoint } from './stage.series';

/** The walk-run stage over time, up to today: steps up on progress, down after a red session. */
export function StageChart({ data }: { data: StagePoint[] }) {
  const { t } = useTranslation();
  const points = data.map((point) => ({ ...point, day: dayNumber(point.date) }));
  const ticks = dayTicks(points.map((point) => point.day));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="day"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={ticks}
          tickFormatter={(day: number) => formatShortDate(isoOfDay(day))}
          padding={{ left: 12, right: 12 }}
        />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip labelFormatter={(day) => formatDate(isoOfDay(Number(day)))} />
        <Line
          type="stepAfter"
          dataKey="stage"
          name={t('charts.stage')}
          stroke="#0ca678"
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
