import {
  Button,
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
  WEEKDAYS,
  type Experience,
  type GoalKind,
  type Modality,
  type Weekday,
} from '../../../engine/types';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { localToday } from '../../today';

/** Fitness, weekly availability, cross-training, goal and start date: what the engine plans around. */
export function IntakeTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const intake = useChannel('intake.get', { clientId });
  if (!intake.loaded) return <Text c="dimmed">{t('common.loading')}</Text>;
  return <IntakeForm key={intake.data?.updatedAt ?? 'new'} clientId={clientId} initial={intake.data} />;
}

function IntakeForm({ clientId, initial }: { clientId: number; initial: Intake | null }) {
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
  const [saved, setSaved] = useState(false);
  const num = (value: number | '') => (value === '' ? Number.NaN : value);

  const submit = async () => {
    setSaved(false);
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
    });
    if (result) setSaved(true);
  };

  return (
    <Stack gap="md" maw={860}>
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
      {save.error && !save.error.issues?.length && <Text c="red">{save.error.message}</Text>}
      <Group>
        <Button onClick={() => void submit()} loading={save.busy}>
          {t('intake.save')}
        </Button>
        {saved && (
          <Text size="sm" c="teal" role="status">
            {t('intake.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
