import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLEARANCE_LEVELS, type ClearanceLevel } from '../../../engine/types';
import { fieldErrors, formErrorText } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { formatDate } from '../../format';
import { notifySuccess } from '../../components/notify';
import { CriterionLine } from '../../components/programme/criterion-status';
import { useSettings } from '../../settings-context';
import { localToday } from '../../today';

/**
 * The treating clinician's clearance: set a new level (the history stays), see who decided what and
 * when. After ACL reconstruction it can also allow speed, hills and uneven ground early.
 */
export function ClearanceTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const history = useChannel('clearances.list', { clientId });
  const programme = useChannel('programmes.current', { clientId });
  // The nearest checkpoint's test-based criteria: what the latest results say about the next step.
  const next = programme.data?.derived?.programme.checkpoints.find((checkpoint) =>
    checkpoint.criteria.some((criterion) => criterion.assessment),
  );
  const injuries = useChannel('injuries.list', { clientId });
  // The programme is for the most recently recorded active injury (the list is newest first).
  const acl = injuries.data?.find((injury) => injury.status === 'active')?.type === 'acl_reconstruction';
  const set = useAction('clearances.set');
  const errors = fieldErrors(set.error, t);
  const current = history.data?.[0] ?? null;
  // A safety gate: no level is chosen for the clinician, each clearance starts empty.
  const [level, setLevel] = useState<ClearanceLevel | null>(null);
  const [levelMissing, setLevelMissing] = useState(false);
  const [date, setDate] = useState(localToday());
  const [by, setBy] = useState(settings?.clinician ?? '');
  const [reviewDate, setReviewDate] = useState('');
  const [conditions, setConditions] = useState('');
  const [overrideTimeGate, setOverride] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [overrideSportGate, setSportOverride] = useState(false);

  /** After a save: an empty form again, so a second click cannot record the same clearance twice. */
  const reset = () => {
    setLevel(null);
    setDate(localToday());
    setReviewDate('');
    setConditions('');
    setOverride(false);
    setOverrideReason('');
    setSportOverride(false);
  };

  const submit = async () => {
    if (level === null) {
      setLevelMissing(true);
      return;
    }
    const result = await set.run({
      clientId,
      level,
      date,
      by,
      reviewDate,
      conditions,
      overrideTimeGate,
      overrideReason,
      overrideSportGate: acl && overrideSportGate,
    });
    if (result) {
      reset();
      notifySuccess(t('clearance.saved'));
    }
  };
  const footerError = formErrorText(set.error, t, [
    'level',
    'date',
    'by',
    'reviewDate',
    'conditions',
    'overrideReason',
    'overrideSportGate',
  ]);

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('clearance.current')}
        </Title>
        {current ? (
          <Group gap="sm">
            <Badge size="lg" variant="filled" data-testid="current-clearance">
              {t(`clearance.levels.${current.level}`)}
            </Badge>
            <Text size="sm">
              {t('overview.clearedBy', { by: current.by, date: formatDate(current.date) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('overview.review', { date: formatDate(current.reviewDate) })}
            </Text>
            {current.overrideSportGate && (
              <Badge variant="light" color="orange" tt="none">
                {t('clearance.sportGateOverridden')}
              </Badge>
            )}
          </Group>
        ) : (
          <Text c="dimmed">{t('clearance.none')}</Text>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('clearance.set')}</Title>
          <Paper
            withBorder
            p="sm"
            radius="sm"
            bg="var(--mantine-color-default-hover)"
            data-testid="next-step-criteria"
          >
            <Text size="sm" fw={600} mb={4}>
              {next
                ? `${t('assessments.nextStep')} · ${t(`clearance.levels.${next.requiresClearance}`)}`
                : t('assessments.nextStep')}
            </Text>
            {next ? (
              <Stack gap={6}>
                {next.criteria
                  .filter((criterion) => criterion.assessment)
                  .map((criterion) => (
                    <CriterionLine key={criterion.code} criterion={criterion} compact />
                  ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('assessments.nextStepNone')}
              </Text>
            )}
          </Paper>
          <Radio.Group
            label={t('clearance.level')}
            withAsterisk
            value={level}
            onChange={(value) => {
              setLevel(value as ClearanceLevel);
              setLevelMissing(false);
            }}
            error={levelMissing ? t('clearanceForm.chooseLevel') : errors.level}
          >
            <Group gap="md" mt={6}>
              {CLEARANCE_LEVELS.map((value) => (
                <Radio key={value} value={value} label={t(`clearance.levels.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={3}>
            <TextInput
              type="date"
              label={t('clearance.date')}
              withAsterisk
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.date}
            />
            <TextInput
              label={t('clearance.by')}
              withAsterisk
              value={by}
              onChange={(e) => setBy(e.currentTarget.value)}
              error={errors.by}
            />
            <TextInput
              type="date"
              label={t('clearance.reviewDate')}
              value={reviewDate}
              onChange={(e) => setReviewDate(e.currentTarget.value)}
              error={errors.reviewDate}
            />
          </SimpleGrid>
          <Textarea
            label={t('clearance.conditions')}
            value={conditions}
            onChange={(e) => setConditions(e.currentTarget.value)}
            error={errors.conditions}
            autosize
            minRows={2}
          />
          <Checkbox
            label={t('clearance.override')}
            description={t('clearance.overrideHint')}
            checked={overrideTimeGate}
            onChange={(e) => setOverride(e.currentTarget.checked)}
          />
          {overrideTimeGate && (
            <Textarea
              label={t('clearance.overrideReason')}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.currentTarget.value)}
              error={errors.overrideReason}
              autosize
              withAsterisk
            />
          )}
          {acl && (
            <Checkbox
              label={t('clearance.overrideSportGate')}
              description={t('clearance.overrideSportGateHint')}
              checked={overrideSportGate}
              onChange={(e) => setSportOverride(e.currentTarget.checked)}
              error={errors.overrideSportGate}
            />
          )}
          {footerError && (
            <Text c="red" size="sm" role="alert">
              {footerError}
            </Text>
          )}
          <Group>
            <Button onClick={() => void submit()} loading={set.busy}>
              {t('clearance.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('clearance.history')}
        </Title>
        <Table data-testid="clearance-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clearance.date')}</Table.Th>
              <Table.Th>{t('clearance.level')}</Table.Th>
              <Table.Th>{t('clearance.by')}</Table.Th>
              <Table.Th>{t('clearance.reviewDate')}</Table.Th>
              <Table.Th>{t('clearance.conditions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data?.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatDate(entry.date)}</Table.Td>
                <Table.Td>
                  {t(`clearance.levels.${entry.level}`)}
                  {entry.overrideTimeGate ? ` · ${t('clearance.overridden')}` : ''}
                  {entry.overrideSportGate ? ` · ${t('clearance.sportGateOverridden')}` : ''}
                </Table.Td>
                <Table.Td>{entry.by}</Table.Td>
                <Table.Td>{formatDate(entry.reviewDate)}</Table.Td>
                <Table.Td>{[entry.conditions, entry.overrideReason].filter(Boolean).join(' · ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
