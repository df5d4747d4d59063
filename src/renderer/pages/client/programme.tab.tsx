import {
  Accordion,
  Alert,
  Badge,
  Button,
  Group,
  List,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainLight, Programme, Session, Week } from '../../../engine/types';
import { downloadBase64, downloadText } from '../../api/download';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { CalendarView } from '../../components/programme/calendar-view';
import { ProgrammeWarnings } from '../../components/programme/programme-warnings';
import type { SessionActions } from '../../components/programme/session-card';
import { WeekView } from '../../components/programme/week-view';
import { formatDate } from '../../format';
import { AdjustSessionDialog } from './adjust-session-dialog';
import { AdjustmentsPanel } from './adjustments-panel';
import { HandedOutNotice, usePlanChanged } from './handed-out-notice';
import { LogSessionDialog } from './log-session-dialog';
import { useEngineText } from '../../components/programme/engine-text';
import { CriterionLine } from '../../components/programme/criterion-status';
import classes from '../../components/programme/programme.module.css';

/** The engine's light for each session a log attached to (the latest decision about it). */
function sessionLights(programme: Programme | null): Map<string, PainLight> {
  const lights = new Map<string, PainLight>();
  for (const entry of programme?.history ?? []) {
    if (entry.light !== null && entry.logIndex !== undefined) lights.set(entry.sessionId, entry.light);
  }
  return lights;
}

/** The adjustments the engine could not apply, by the id it knows them by. */
function notAppliedIds(programme: Programme): Set<string> {
  const warning = programme.warnings.find((candidate) => candidate.code === 'adjustment_not_applied');
  return new Set(warning?.adjustmentIds ?? []);
}

/**
 * The client's programme, derived from their records whenever it is shown (no generate step):
 * read it by week or on a calendar, log sessions, print and export it.
 */
export function ProgrammeTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const current = useChannel('programmes.current', { clientId });
  const [view, setView] = useState<'weeks' | 'calendar'>('weeks');
  const [logging, setLogging] = useState<Session | null>(null);
  const [adjusting, setAdjusting] = useState<{ session: Session; week: Week } | null>(null);
  const undo = useAction('adjustments.remove');
  const adjustments = useChannel('adjustments.list', { clientId });
  const derived = current.data?.derived ?? null;
  const programme = derived?.programme ?? null;
  const planChanged = usePlanChanged(derived?.handedOut ?? null);
  const lights = sessionLights(programme);
  const actions: SessionActions | undefined = derived
    ? {
        today: derived.today,
        onLog: setLogging,
        onAdjust: (session) => {
          const week = derived.programme.weeks.find((w) => w.sessions.includes(session));
          if (week) setAdjusting({ session, week });
        },
        onUndoAdjustment: (session) => {
          // The engine names an adjustment by its stored id.
          const id = Number(session.adjusted?.id);
          if (Number.isInteger(id)) void undo.run({ id });
        },
      }
    : undefined;

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
    // The print is now what the client holds: the write re-reads the programme and its notice.
    if (pdf) downloadBase64(pdf.fileName, pdf.pdfBase64, 'application/pdf');
  };

  return (
    <Stack gap="sm">
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
          {derived && (
            <Text size="xs" c="dimmed">
              {t('programme.derivedFor', { date: formatDate(derived.today), version: derived.engineVersion })}
            </Text>
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
        </Group>
      </Group>
      {undo.error && (
        <Alert color="red" title={t('programme.undoAdjustment')}>
          {undo.error.message}
        </Alert>
      )}
      {exportError && (
        <Alert color="red" title={t('programme.printFailed')}>
          {exportError.message}
        </Alert>
      )}
      {current.data?.notPlannable && (
        <Alert color="orange" title={t('programme.cannotGenerate')} data-testid="not-plannable">
          {current.data.notPlannable}
        </Alert>
      )}
      {programme && derived && (
        <>
          <HandedOutNotice handedOut={derived.handedOut} />
          <ProgrammeWarnings warnings={programme.warnings} planChanged={planChanged} />
          <AdjustmentsPanel
            adjustments={adjustments.data ?? []}
            notApplied={notAppliedIds(programme)}
            onRemove={(adjustment) => void undo.run({ id: adjustment.id })}
          />
          <ProgrammeGuides programme={programme} />
          {view === 'weeks' ? (
            <WeekView programme={programme} lights={lights} actions={actions} />
          ) : (
            <CalendarView programme={programme} lights={lights} actions={actions} />
          )}
        </>
      )}
      <LogSessionDialog
        clientId={clientId}
        session={logging}
        onClose={() => setLogging(null)}
        onLogged={() => undefined}
      />
      <AdjustSessionDialog clientId={clientId} target={adjusting} onClose={() => setAdjusting(null)} />
    </Stack>
  );
}

/**
 * The pain guide and the checkpoints, folded into one line that still says the limit and the next
 * checkpoint: the plan itself comes first on the screen.
 */
function ProgrammeGuides({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const say = useEngineText();
  const next = programme.checkpoints[0];
  const checkpointName = (checkpoint: Programme['checkpoints'][number]): string =>
    checkpoint.id === 'reds_screening'
      ? t('programme.redsCheckpoint')
      : t(`clearance.levels.${checkpoint.requiresClearance}`);
  return (
    <Accordion
      variant="contained"
      radius="md"
      keepMounted
      keepMountedMode="display-none"
      chevronPosition="left"
    >
      <Accordion.Item value="guides">
        <Accordion.Control data-testid="guides-toggle">
          <Text size="sm" fw={600} span>
            {t('programme.painGuide')}
          </Text>
          <Text size="sm" span>
            {' · '}
            {t('views.painLimitShort', { max: programme.painGuide.duringMax })}
          </Text>
          <Text size="sm" fw={600} span>
            {' · '}
            {t('programme.checkpoints')}
          </Text>
          <Text size="sm" span>
            {' · '}
            {next
              ? t('views.nextCheckpoint', {
                  name: checkpointName(next),
                  when: next.projectedDate
                    ? t('programme.projected', { date: formatDate(next.projectedDate) })
                    : '',
                  count: programme.checkpoints.length,
                })
              : t('views.noCheckpoints')}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <div>
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
                {say(programme.painGuide.i18n, programme.painGuide.text)}
              </Text>
            </div>
            <div>
              <Title order={5} mb="xs">
                {t('programme.checkpoints')}
              </Title>
              <Stack gap="xs">
                {programme.checkpoints.map((checkpoint) => (
                  <div key={checkpoint.id} data-testid="checkpoint" data-checkpoint={checkpoint.id}>
                    <Text size="sm" fw={600}>
                      {checkpointName(checkpoint)}
                      {checkpoint.projectedDate
                        ? ` · ${t('programme.projected', { date: formatDate(checkpoint.projectedDate) })}`
                        : ''}
                    </Text>
                    <List
                      size="sm"
                      data-testid="checkpoint-criteria"
                      classNames={{ itemWrapper: classes.criterionItem, itemLabel: classes.criterionItem }}
                    >
                      {checkpoint.criteria.map((criterion) => (
                        <List.Item key={criterion.code}>
                          <CriterionLine criterion={criterion} compact />
                        </List.Item>
                      ))}
                    </List>
                  </div>
                ))}
              </Stack>
            </div>
          </SimpleGrid>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
