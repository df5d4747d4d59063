import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api/use-channel';
import { PainChart } from '../../charts/pain.chart';
import { painSeries } from '../../charts/pain.series';
import { StageChart } from '../../charts/stage.chart';
import { stageSeries } from '../../charts/stage.series';
import { WeeklyMinutesChart } from '../../charts/weekly-minutes.chart';
import { weeklyMinutesSeries } from '../../charts/weekly-minutes.series';

/** How the return is going: volume planned against done, pain against the limit, stage over time. */
export function ProgressTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const current = useChannel('programmes.current', { clientId });
  const logs = useChannel('sessions.list', { clientId });
  const derived = current.data?.derived;
  const programme = derived?.programme;
  if (!derived || !programme)
    return (
      <Text c="dimmed">
        {current.loaded ? (current.data?.notPlannable ?? t('programme.none')) : t('common.loading')}
      </Text>
    );
  const logList = logs.data ?? [];
  const stages = stageSeries(programme, derived.today);

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" data-testid="chart-weekly">
        <Title order={5} mb="sm">
          {t('charts.weeklyTitle')}
        </Title>
        <WeeklyMinutesChart data={weeklyMinutesSeries(programme, logList)} today={derived.today} />
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" data-testid="chart-pain">
          <Title order={5} mb="sm">
            {t('charts.painTitle')}
          </Title>
          {logList.length > 0 ? (
            <PainChart data={painSeries(logList)} limit={programme.painGuide.duringMax} />
          ) : (
            <Text c="dimmed">{t('charts.noLogs')}</Text>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md" data-testid="chart-stage">
          <Title order={5} mb="sm">
            {t('charts.stageTitle')}
          </Title>
          {stages.length > 0 ? <StageChart data={stages} /> : <Text c="dimmed">{t('charts.noStages')}</Text>}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
