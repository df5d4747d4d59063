import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Chip,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intake } from '../../../contract/intake';
import {
  EXPERIENCE_LEVELS,
  GOAL_KINDS,
  MODALITIES,
  REDS_SIGNS,
  WEEKDAYS,
  type Experience,
  type GoalKind,
  type Modality,
  type RedsSign,
  type Weekday,
} from '../../../engine/types';
import { fieldErrors, formErrorText } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { notifySuccess } from '../../components/notify';
import { localToday } from '../../today';

/**
 * Fitness, weekly availability, cross-training, goal and start date, RED-S signs and breastfeeding:
 * what the engine plans around.
 */
export function IntakeTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const intake = useChannel('intake.get', { clientId });
  const client = useChannel('clients.get', { id: clientId });
  const injuries = useChannel('injuries.list', { clientId });
  if (!intake.loaded || !client.loaded || !injuries.loaded)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  const sex = client.data?.sex ?? 'unspecified';
  const postnatal = (injuries.data ?? []).some(
    (injury) => injury.status === 'active' && injury.type === 'postnatal',
  );
  return (
    <IntakeForm
      key={intake.data?.updatedAt ?? 'new'}
      clientId={clientId}
      initial={intake.data}
      // What was recorded stays visible, so it can be corrected.
      showBreastfeeding={postnatal || sex === 'female' || intake.data?.breastfeeding === true}
      showPeriods={sex !== 'male' || intake.data?.redsSigns.includes('missed_periods') === true}
    />
  );
}

interface IntakeFormProps {
  clientId: number;
  initial: Intake | null;
  /** For postnatal injuries and female clients. */
  showBreastfeeding: boolean;
  /** The missed-periods sign, hidden for male clients. */
  showPeriods: boolean;
}

function IntakeForm({ clientId, initial, showBreastfeeding, showPeriods }: IntakeFormProps) {
  const { t } = useTranslation();
  const save = useAction('intake.save');
  const errors = fieldErrors(save.error, t);
  const [experience, setExperience] = useState<Experience>(initial?.experience ?? 'regular');
  const [painFreeWalkMinutes, setWalk] = useState<number | ''>(initial?.painFreeWalkMinutes ?? 30);
  const [longestRecentRunMinutes, setLongest] = useState<number | ''>(initial?.longestRecentRunMinutes ?? 0);
  const [preInjuryWeeklyRunMinutes, setWeekly] = useState<number | ''>(
    initial?.preInjuryWeeklyRunMinutes ?? 120,
  );
  const [days, setDays] = useState<Weekday[]>(initial?.days ?? ['mon', 'wed', 'fri']);
  const [maxSessionMinutes, setMax] = useState<number | ''>(initial?.maxSessionMinutes ?? 60);
  const [crossTraining, setCross] = useState<Modality[]>(initial?.crossTraining ?? []);
  const [preferredTime, setTime] = useState(initial?.preferredTime ?? '');
  const [goalKind, setGoal] = useState<GoalKind>(initial?.goalKind ?? 'run_30min');
  const [goalDate, setGoalDate] = useState(initial?.goalDate ?? '');
  const [startDate, setStart] = useState(initial?.startDate ?? localToday());
  const [redsSigns, setRedsSigns] = useState<RedsSign[]>(initial?.redsSigns ?? []);
  const [breastfeeding, setBreastfeeding] = useState(initial?.breastfeeding ?? false);
  const signs = REDS_SIGNS.filter((sign) => showPeriods || sign !== 'missed_periods');
  // Before the first save the values are suggestions, and the form says so.
  const unsaved = initial === null;
  const num = (value: number | '') => (value === '' ? Number.NaN : value);

  const submit = async () => {
    const result = await save.run({
      clientId,
      experience,
      painFreeWalkMinutes: num(painFreeWalkMinutes),
      longestRecentRunMinutes: num(longestRecentRunMinutes),
      preInjuryWeeklyRunMinutes: num(preInjuryWeeklyRunMinutes),
      days: WEEKDAYS.filter((day) => days.includes(day)),
      maxSessionMinutes: num(maxSessionMinutes),
      crossTraining,
      preferredTime,
      goalKind,
      goalDate,
      startDate,
      redsSigns: REDS_SIGNS.filter((sign) => redsSigns.includes(sign) && signs.includes(sign)),
      breastfeeding: showBreastfeeding && breastfeeding,
    });
    // The saved intake comes back through the query cache and the form reopens with it.
    if (result) notifySuccess(t('intake.saved'));
  };
  const footerError = formErrorText(save.error, t, [
    'painFreeWalkMinutes',
    'longestRecentRunMinutes',
    'preInjuryWeeklyRunMinutes',
    'days',
    'maxSessionMinutes',
    'preferredTime',
    'goalDate',
    'startDate',
    'redsSigns',
    'breastfeeding',
  ]);

  return (
    <Stack gap="md" maw={860}>
      {unsaved && (
        <Alert
          color="yellow"
          variant="light"
          title={t('intakeForm.unsavedTitle')}
          data-testid="intake-unsaved"
        >
          {t('intakeForm.unsavedText')}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('intake.fitness')}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select
              label={t('intake.experience')}
              data={EXPERIENCE_LEVELS.map((value) => ({ value, label: t(`intake.experiences.${value}`) }))}
              value={experience}
              onChange={(value) => setExperience((value ?? 'regular') as Experience)}
              allowDeselect={false}
            />
            <NumberInput
              label={t('intake.painFreeWalk')}
              value={painFreeWalkMinutes}
              onChange={(v) => setWalk(typeof v === 'number' ? v : '')}
              error={errors.painFreeWalkMinutes}
              min={0}
            />
            <NumberInput
              label={t('intake.longestRecentRun')}
              value={longestRecentRunMinutes}
              onChange={(v) => setLongest(typeof v === 'number' ? v : '')}
              error={errors.longestRecentRunMinutes}
              min={0}
            />
            <NumberInput
              label={t('intake.preInjuryWeekly')}
              value={preInjuryWeeklyRunMinutes}
              onChange={(v) => setWeekly(typeof v === 'number' ? v : '')}
              error={errors.preInjuryWeeklyRunMinutes}
              min={0}
            />
          </SimpleGrid>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('intake.availability')}</Title>
          <Text size="sm" fw={500}>
            {t('intake.days')}
          </Text>
          <Chip.Group multiple value={days} onChange={(value) => setDays(value as Weekday[])}>
            <Group gap="xs">
              {WEEKDAYS.map((day) => (
                <Chip key={day} value={day}>
                  {t(`weekdays.${day}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {errors.days && (
            <Text size="xs" c="red">
              {errors.days}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <NumberInput
              label={t('intake.maxSession')}
              value={maxSessionMinutes}
              onChange={(v) => setMax(typeof v === 'number' ? v : '')}
              error={errors.maxSessionMinutes}
              min={10}
              max={240}
            />
            <TextInput
              type="time"
              label={t('intake.preferredTime')}
              value={preferredTime}
              onChange={(e) => setTime(e.currentTarget.value)}
              error={errors.preferredTime}
            />
          </SimpleGrid>
          <Text size="sm" fw={500}>
            {t('intake.crossTraining')}
          </Text>
          <Chip.Group multiple value={crossTraining} onChange={(value) => setCross(value as Modality[])}>
            <Group gap="xs">
              {MODALITIES.map((modality) => (
                <Chip key={modality} value={modality}>
                  {t(`modalities.${modality}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('intake.goalAndStart')}</Title>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label={t('intake.goal')}
              data={GOAL_KINDS.map((value) => ({ value, label: t(`goals.${value}`) }))}
              value={goalKind}
              onChange={(value) => setGoal((value ?? 'run_30min') as GoalKind)}
              allowDeselect={false}
            />
            <TextInput
              type="date"
              label={t('intake.goalDate')}
              value={goalDate}
              onChange={(e) => setGoalDate(e.currentTarget.value)}
              error={errors.goalDate}
            />
            <TextInput
              type="date"
              label={t('intake.startDate')}
              value={startDate}
              onChange={(e) => setStart(e.currentTarget.value)}
              error={errors.startDate}
            />
          </SimpleGrid>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('intake.health')}</Title>
          <Checkbox.Group
            label={t('intake.redsSigns')}
            description={showBreastfeeding ? t('intake.redsSignsHint') : undefined}
            value={redsSigns}
            onChange={(value) => setRedsSigns(value as RedsSign[])}
            error={errors.redsSigns}
          >
            <Stack gap="xs" mt="xs">
              {signs.map((sign) => (
                <Checkbox key={sign} value={sign} label={t(`intake.redsSignNames.${sign}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          {showBreastfeeding && (
            <Checkbox
              label={t('intake.breastfeeding')}
              checked={breastfeeding}
              onChange={(e) => setBreastfeeding(e.currentTarget.checked)}
              error={errors.breastfeeding}
            />
          )}
        </Stack>
      </Paper>
      {footerError && (
        <Text c="red" size="sm" role="alert">
          {footerError}
        </Text>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={save.busy}>
          {t('intake.save')}
        </Button>
        {unsaved && (
          <Badge color="yellow" variant="light" tt="none">
            {t('intakeForm.unsavedBadge')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
