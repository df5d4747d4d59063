import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainLight, Session } from '../../../engine/types';
import { downloadBase64, downloadText } from '../../api/download';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { CalendarView } from '../../components/programme/calendar-view';
import { ProgrammeWarnings } from '../../components/programme/programme-warnings';
import { WeekView } from '../../components/programme/week-view';
import { formatDate, formatTimestamp } from '../../format';
import { LogSessionDialog } from './log-session-dialog';

/** The client's programme: generate or regenerate, read it by week or on a calendar, log sessions. */
export function ProgrammeTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const current = useChannel('programmes.current', { clientId });
  const logs = useChannel('sessions.list', { clientId });
  const generate = useAction('programmes.generate');
  const [view, setView] = useState<'weeks' | 'calendar'>('weeks');
  const [logging, setLogging] = useState<Session | null>(null);
  const programme = current.data?.programme ?? null;
  const lights = new Map<string, PainLight>(
    (logs.data ?? []).flatMap((log) => (log.light ? [[log.sessionId, log.light] as const] : [])),
  );

  const print = useAction('print.programme');
  const ics = useAction('exports.ics');
  const fit = useAction('exports.fit');
  const exportIcs = async () => {
    const file = await ics.run({ clientId });
    if (file) downloadText(file.fileName, file.content, 'text/calendar');
  };
  const exportFit = async () => {
    const file = await fit.run({ clientId });
    if (file) downloadBase64(file.fileName, file.zipBase64, 'application/zip');
  };
  const exportError = print.error ?? ics.error ?? fit.error;
  const printPdf = async () => {
    const pdf = await print.run({ clientId });
    if (pdf) downloadBase64(pdf.fileName, pdf.pdfBase64, 'application/pdf');
  };

  const regenerate = async () => {
    if (await generate.run({ clientId })) current.reload();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>{t('programme.title')}</Title>
          {programme && (
            <Badge
              size="lg"
              color={programme.status === 'refer' ? 'grape' : programme.status === 'active' ? 'teal' : 'gray'}
              data-testid="programme-status"
            >
              {t(`programme.statuses.${programme.status}`)}
            </Badge>
          )}
          {programme?.currentStage != null && (
            <Text size="sm">{t('overview.stage', { stage: programme.currentStage })}</Text>
          )}
        </Group>
        <Group gap="sm">
          {programme && (
            <SegmentedControl
              value={view}
              onChange={(value) => setView(value as 'weeks' | 'calendar')}
              data={[
                { value: 'weeks', label: t('programme.weekView') },
                { value: 'calendar', label: t('programme.calendarView') },
              ]}
            />
          )}
          {programme && (
            <Button.Group>
              <Button variant="default" onClick={() => void printPdf()} loading={print.busy}>
                {t('programme.print')}
              </Button>
              <Button variant="default" onClick={() => void exportIcs()} loading={ics.busy}>
                {t('programme.exportIcs')}
              </Button>
              <Button variant="default" onClick={() => void exportFit()} loading={fit.busy}>
                {t('programme.exportFit')}
              </Button>
            </Button.Group>
          )}
          <Button onClick={() => void regenerate()} loading={generate.busy}>
            {programme ? t('programme.regenerate') : t('programme.generate')}
          </Button>
        </Group>
      </Group>
      {exportError && (
        <Alert color="red" title={t('programme.printFailed')}>
          {exportError.message}
        </Alert>
      )}
      {generate.error && (
        <Alert color="orange" title={t('programme.cannotGenerate')} data-testid="generate-error">
          {generate.error.issues?.length
            ? generate.error.issues.map((issue) => issue.message).join(' ')
            : generate.error.message}
        </Alert>
      )}
      {!programme && current.loaded && !generate.error && <Text c="dimmed">{t('programme.none')}</Text>}
      {programme && current.data && (
        <>
          <Text size="xs" c="dimmed">
            {t('programme.generatedAt', {
              date: formatTimestamp(current.data.createdAt),
              version: current.data.engineVersion,
            })}
          </Text>
          <ProgrammeWarnings warnings={programme.warnings} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Paper withBorder p="md" radius="md">
              <Title order={5} mb="xs">
                {t('programme.painGuide')}
              </Title>
              <Text size="sm">
                {t('programme.painLimit', {
                  max: programme.painGuide.duringMax,
                  preferred: programme.painGuide.preferredMax,
                })}
              </Text>
              <Text size="sm" c="dimmed" mt={4}>
                {programme.painGuide.text}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Title order={5} mb="xs">
                {t('programme.checkpoints')}
              </Title>
              <Stack gap="xs">
                {programme.checkpoints.map((checkpoint) => (
                  <div key={checkpoint.id}>
                    <Text size="sm" fw={600}>
                      {checkpoint.id === 'reds_screening'
                        ? t('programme.redsCheckpoint')
                        : t(`clearance.levels.${checkpoint.requiresClearance}`)}
                      {checkpoint.projectedDate
                        ? ` · ${t('programme.projected', { date: formatDate(checkpoint.projectedDate) })}`
                        : ''}
                    </Text>
                    <List size="sm">
                      {checkpoint.criteria.map((criterion) => (
                        <List.Item key={criterion.code}>{criterion.text}</List.Item>
                      ))}
                    </List>
                  </div>
                ))}
              </Stack>
            </Paper>
          </SimpleGrid>
          {view === 'weeks' ? (
            <WeekView programme={programme} lights={lights} onLog={setLogging} />
          ) : (
            <CalendarView programme={programme} lights={lights} onLog={setLogging} />
          )}
        </>
      )}
      <LogSessionDialog
        clientId={clientId}
        session={logging}
        onClose={() => setLogging(null)}
        onLogged={() => {
          current.reload();
          logs.reload();
        }}
      />
    </Stack>
  );
}
