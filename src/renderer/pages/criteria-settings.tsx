import { Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../components/notify';
import type { Settings, ThresholdOption } from '../../contract/settings';
import { RETEST_WEEKS } from '../../contract/settings';
import type { ThresholdId } from '../../engine';
import { fieldErrors } from '../api/field-errors';
import { useAction } from '../api/use-action';

type ThresholdUnit = 'pain' | 'reps' | 'percent' | 'degrees' | 'grade';

/** How each threshold is written (its unit), so "90" reads "90%" and "0" pain reads "0/10". */
const UNITS: Record<ThresholdId, ThresholdUnit> = {
  walk_pain_max: 'pain',
  hop_pain_max: 'pain',
  morning_pain_max: 'pain',
  heel_raises_run: 'reps',
  heel_raises_full: 'reps',
  heel_raise_lsi: 'percent',
  bone_pain_max: 'pain',
  knee_extension_deficit_max: 'degrees',
  knee_flexion_min: 'percent',
  knee_effusion_max: 'grade',
  knee_strength_lsi_run: 'percent',
  acl_hop_lsi_sport: 'percent',
  hamstring_lsi_speed: 'percent',
  sprint_percent_speed: 'percent',
};

/**
 * The clinic's criterion thresholds where published sources disagree: each with the value in
 * force, its cited default and the published alternatives, and the re-test interval the caseload
 * uses to flag a client whose failed test is getting old.
 */
export function CriteriaSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved(next: Settings): void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, number | ''>>(() =>
    Object.fromEntries((settings.thresholdOptions ?? []).map((option) => [option.id, option.value])),
  );
  const [retestWeeks, setRetestWeeks] = useState<number | ''>(settings.retestWeeks ?? RETEST_WEEKS.default);
  const save = useAction('settings.save');
  const errors = fieldErrors(save.error, t);

  const written = (option: ThresholdOption, value: number): string => {
    const unit = UNITS[option.id];
    return unit === 'grade'
      ? t(`settings.criteria.grades.${value}`, { defaultValue: String(value) })
      : t(`settings.criteria.units.${unit}`, { value });
  };

  const submit = async () => {
    // Only the clinic's own choices are stored: the rest follows the cited default.
    const chosen: Partial<Record<ThresholdId, number>> = {};
    for (const option of settings.thresholdOptions) {
      const value = values[option.id];
      if (value !== '' && value !== undefined && value !== option.default) chosen[option.id] = value;
    }
    const result = await save.run({
      criteriaThresholds: chosen,
      ...(retestWeeks === '' ? {} : { retestWeeks }),
    });
    if (result) {
      onSaved(result);
      notifySuccess(t('settings.criteria.saved'));
    }
  };

  // A backend older than the thresholds sends none: nothing to set here.
  if (!settings.thresholdOptions) return null;

  return (
    <Paper withBorder p="md" radius="md" data-testid="criteria-settings">
      <Stack gap="sm">
        <Title order={4}>{t('settings.criteria.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('settings.criteria.hint')}
        </Text>
        {settings.thresholdOptions.map((option) => {
          const alternatives = option.alternatives
            .map((a) =>
              t('settings.criteria.source', {
                value: written(option, a.value),
                sources: a.sources.join(', '),
              }),
            )
            .join('; ');
          const description = [
            t('settings.criteria.default', {
              value: written(option, option.default),
              sources: option.sources.join(', '),
            }),
            alternatives ? t('settings.criteria.alternatives', { list: alternatives }) : null,
          ]
            .filter(Boolean)
            .join(' · ');
          const common = {
            label: t(`settings.criteria.thresholds.${option.id}`),
            description,
            error: errors[`criteriaThresholds.${option.id}`],
          };
          return UNITS[option.id] === 'grade' ? (
            <NativeSelect
              key={option.id}
              {...common}
              value={String(values[option.id] ?? option.value)}
              onChange={(e) => {
                setValues((current) => ({ ...current, [option.id]: Number(e.currentTarget.value) }));
              }}
              data={Array.from({ length: option.max - option.min + 1 }, (_, i) => ({
                value: String(option.min + i),
                label: written(option, option.min + i),
              }))}
            />
          ) : (
            <NumberInput
              key={option.id}
              {...common}
              value={values[option.id] ?? option.value}
              onChange={(value) => {
                setValues((current) => ({ ...current, [option.id]: typeof value === 'number' ? value : '' }));
              }}
              min={option.min}
              max={option.max}
              allowDecimal={false}
              clampBehavior="blur"
              suffix={UNITS[option.id] === 'percent' ? '%' : undefined}
              rightSection={
                <Text size="xs" c="dimmed" pr={4}>
                  {t('settings.criteria.range', { min: option.min, max: option.max })}
                </Text>
              }
              rightSectionWidth={80}
            />
          );
        })}
        <NumberInput
          label={t('settings.criteria.retestWeeks')}
          description={t('settings.criteria.retestHint', { weeks: RETEST_WEEKS.default })}
          value={retestWeeks}
          onChange={(value) => {
            setRetestWeeks(typeof value === 'number' ? value : '');
          }}
          min={RETEST_WEEKS.min}
          max={RETEST_WEEKS.max}
          allowDecimal={false}
          clampBehavior="blur"
          error={errors.retestWeeks}
        />
        {save.error && !save.error.issues?.length && (
          <Text c="red" role="alert">
            {save.error.message}
          </Text>
        )}
        <Group>
          <Button onClick={() => void submit()} loading={save.busy}>
            {t('settings.criteria.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
