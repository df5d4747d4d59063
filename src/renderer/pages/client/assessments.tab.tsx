import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAssessment } from '../../../contract/assessments';
import type { CriteriaThresholds, ThresholdId } from '../../../engine';
import { resolveThresholds } from '../../../engine';
import type { CheckpointCriterion, Programme } from '../../../engine/types';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { AssessmentChart } from '../../charts/assessment.chart';
import { assessmentSeries } from '../../charts/assessment.series';
import { CriterionLine } from '../../components/programme/criterion-status';
import { useEngineText } from '../../components/programme/engine-text';
import { formatDate } from '../../format';
import { useSettings } from '../../settings-context';
import { AssessmentForm } from './assessment-form';
import { formatNumber, formatValue, resultSummary, testName } from './assessment-text';

/** The test-based criteria of the plan's next steps, once each (the nearest step first). */
export function assessedCriteria(programme: Programme | null): CheckpointCriterion[] {
  const seen = new Set<string>();
  const out: CheckpointCriterion[] = [];
  for (const checkpoint of programme?.checkpoints ?? [])
    for (const criterion of checkpoint.criteria)
      if (criterion.assessment && !seen.has(criterion.code)) {
        seen.add(criterion.code);
        out.push(criterion);
      }
  return out;
}

/** The clinic's thresholds (settings), the defaults where it chose none. */
export function useThresholds(): Readonly<Record<ThresholdId, number>> {
  const { settings } = useSettings();
  return resolveThresholds(settings?.criteriaThresholds as CriteriaThresholds | undefined);
}

/**
 * Objective tests and outcome scores: record a battery in a grid, see each measure over time
 * against its threshold, and where the plan's test-based criteria stand.
 */
export function AssessmentsTab({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const say = useEngineText();
  const list = useChannel('assessments.list', { clientId });
  const injuries = useChannel('injuries.list', { clientId });
  const current = useChannel('programmes.current', { clientId });
  const thresholds = useThresholds();
  const [editing, setEditing] = useState<StoredAssessment | null>(null);
  const [removing, setRemoving] = useState<StoredAssessment | null>(null);
  const [formKey, setFormKey] = useState(0);
  const remove = useAction('assessments.remove');
  // The programme is for the most recently recorded active injury (the list is newest first).
  const injury = injuries.data?.find((candidate) => candidate.status === 'active') ?? null;
  const programme = current.data?.derived?.programme ?? null;
  // The channel's output leaves results unchecked (z.unknown); they were checked against the test
  // catalogue when they were written.
  const assessments = (list.data ?? []) as StoredAssessment[];
  const criteria = assessedCriteria(programme);

  const changed = () => {
    list.reload();
    current.reload();
  };

  if (!injuries.loaded) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (!injury) return <Text c="dimmed">{t('assessments.noInjury')}</Text>;

  const series = assessmentSeries(assessments, injury, thresholds);

  return (
    <Stack gap="md">
      <AssessmentForm
        key={editing ? `edit-${editing.id}` : `new-${formKey}`}
        clientId={clientId}
        injury={injury}
        thresholds={thresholds}
        editing={editing}
        onSaved={() => {
          changed();
          if (editing) {
            setEditing(null);
            setFormKey((k) => k + 1);
          }
        }}
        onCancel={() => setEditing(null)}
      />
      {list.error && (
        <Alert color="red" title={t('assessments.loadFailed')}>
          {list.error.message}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder p="md" radius="md" data-testid="assessment-charts" h="100%">
            <Title order={4} mb="xs">
              {t('assessments.charts')}
            </Title>
            {series.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('assessments.chartsEmpty')}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {series.map((measure) => {
                  const name = testName(say, measure.test);
                  const format = (value: number) =>
                    measure.measure === 'lsi'
                      ? `${formatNumber(i18n.language, value)}%`
                      : formatValue(t, i18n.language, measure.test, value);
                  return (
                    <div key={measure.test} data-testid="assessment-chart" data-test={measure.test}>
                      <Text size="sm" fw={600} mb={4}>
                        {measure.measure === 'lsi' ? t('assessments.chartLsi', { test: name }) : name}
                      </Text>
                      <AssessmentChart
                        series={measure}
                        valueLabel={measure.measure === 'lsi' ? t('assessments.columns.lsi') : name}
                        format={format}
                      />
                    </div>
                  );
                })}
              </SimpleGrid>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md" radius="md" data-testid="criteria-panel" h="100%">
            <Title order={4} mb="xs">
              {t('assessments.criteria')}
            </Title>
            {criteria.length > 0 ? (
              <Stack gap="sm">
                {criteria.map((criterion) => (
                  <CriterionLine key={criterion.code} criterion={criterion} compact={false} />
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {current.loaded
                  ? (current.data?.notPlannable ?? t('assessments.criteriaNone'))
                  : t('common.loading')}
              </Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md" radius="md" data-testid="assessment-history">
        <Title order={4} mb="xs">
          {t('assessments.history')}
        </Title>
        {assessments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('assessments.historyEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assessments.date')}</Table.Th>
                  <Table.Th>{t('assessments.by')}</Table.Th>
                  <Table.Th>{t('assessments.results')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('assessments.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assessments.map((assessment) => (
                  <Table.Tr key={assessment.id} data-testid="assessment-row">
                    <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      {formatDate(assessment.date)}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>{assessment.by}</Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        {assessment.results.map((result) => (
                          <Text key={result.test} size="xs">
                            <Text span size="xs" fw={600}>
                              {testName(say, result.test)}:
                            </Text>{' '}
                            {resultSummary(t, i18n.language, result, injury.side)}
                          </Text>
                        ))}
                        {assessment.note && (
                          <Text size="xs" c="dimmed">
                            {assessment.note}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setEditing(assessment)}
                          aria-label={t('assessments.editOf', { date: formatDate(assessment.date) })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="default"
                          color="red"
                          onClick={() => setRemoving(assessment)}
                          aria-label={t('assessments.deleteOf', { date: formatDate(assessment.date) })}
                        >
                          {t('assessments.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('assessments.deleteTitle')}
        centered
      >
        {removing && (
          <Stack gap="sm">
            <Text size="sm">
              {t('assessments.deleteText', { date: formatDate(removing.date), by: removing.by })}
            </Text>
            {remove.error && (
              <Text size="sm" c="red" role="alert">
                {remove.error.message}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.busy}
                onClick={() =>
                  void remove.run({ id: removing.id }).then((done) => {
                    if (!done) return;
                    if (editing?.id === removing.id) setEditing(null);
                    setRemoving(null);
                    changed();
                  })
                }
              >
                {t('assessments.deleteConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
