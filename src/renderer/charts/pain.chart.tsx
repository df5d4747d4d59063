import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatDate, formatShortDate } from '../format';
import { dayNumber, dayTicks, isoOfDay } from './date-axis';
import type { PainPoint } from './pain.series';

/** Pain during sessions and the next morning, against the tissue's limit, on a time axis. */
export function PainChart({ data, limit }: { data: PainPoint[]; limit: number }) {
  const { t } = useTranslation();
  const points = data.map((point) => ({ ...point, day: dayNumber(point.date) }));
  const ticks = dayTicks(points.map((point) => point.day));
  return (
    <ResponsiveContainer width="100%" height={260}>
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
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={40} />
        <Tooltip labelFormatter={(day) => formatDate(isoOfDay(Number(day)))} />
        <Legend />
        <ReferenceLine
          y={limit}
          stroke="#e03131"
          strokeDasharray="6 4"
          label={{
            value: t('charts.limit', { limit }),
            position: 'insideTopRight',
            fill: '#e03131',
            fontSize: 12,
          }}
        />
        <Line
          dataKey="during"
          name={t('charts.painDuring')}
          stroke="#f08c00"
          connectNulls
          isAnimationActive={false}
        />
        <Line
          dataKey="nextMorning"
          name={t('charts.painNextMorning')}
          stroke="#7048e8"
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
