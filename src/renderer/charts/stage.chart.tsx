import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { StagePoint } from './stage.series';

/** The walk-run stage over time: steps up on progress, down after a red session. */
export function StageChart({ data }: { data: StagePoint[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
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
