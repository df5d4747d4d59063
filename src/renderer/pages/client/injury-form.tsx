import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HIGH_RISK_BSI_SITES,
  INJURY_TYPES,
  LOW_RISK_BSI_SITES,
  SEVERITIES,
  SIDES,
  type BsiSite,
  type InjuryType,
  type Severity,
  type Side,
} from '../../../engine/types';
import type { Injury } from '../../../contract/injuries';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useReportDirty } from '../../components/use-confirm-discard';

interface InjuryFormProps {
  clientId: number;
  /** The injury to correct, or null for a new one. */
  injury: Injury | null;
  onSaved(): void;
  onCancel(): void;
  /** Told whether the form differs from how it opened (the dialog asks before discarding it). */
  onDirtyChange?(dirty: boolean): void;
}

/**
 * A new injury, or a correction of one (a wrong side, a date); surgery and delivery dates appear when the type needs them (time gates), the site
 * for a bone stress injury (grouped by risk class; the backend refuses a site of the other class).
 */
export function InjuryForm({ clientId, injury, onSaved, onCancel, onDirtyChange }: InjuryFormProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<InjuryType | null>(injury?.type ?? null);
  const [side, setSide] = useState<Side>(injury?.side ?? 'na');
  const [severity, setSeverity] = useState<Severity>(injury?.severity ?? 'moderate');
  const [onsetDate, setOnsetDate] = useState(injury?.onsetDate ?? '');
  const [weeksWithoutRunning, setWeeks] = useState<number | ''>(injury?.weeksWithoutRunning ?? 0);
  const [surgeryDate, setSurgeryDate] = useState(injury?.surgeryDate ?? '');
  const [deliveryDate, setDeliveryDate] = useState(injury?.deliveryDate ?? '');
  const [previousEpisodes, setEpisodes] = useState<number | ''>(injury?.previousEpisodes ?? 0);
  const [bsiSite, setBsiSite] = useState<BsiSite | null>(injury?.bsiSite ?? null);
  const [imagingConfirmedHealing, setImaging] = useState(injury?.imagingConfirmedHealing ?? false);
  useReportDirty(
    [
      type,
      side,
      severity,
      onsetDate,
      weeksWithoutRunning,
      surgeryDate,
      deliveryDate,
      previousEpisodes,
      bsiSite,
      imagingConfirmedHealing,
    ],
    onDirtyChange,
  );
  const create = useAction('injuries.create');
  const update = useAction('injuries.update');
  const errors = fieldErrors(injury ? update.error : create.error, t);
  const surgical = type === 'acl_reconstruction' || type === 'knee_surgery_other';
  const boneStress = type === 'bsi_high_risk' || type === 'bsi_low_risk';
  const siteOptions = [
    { group: t('injuries.highRiskSites'), sites: HIGH_RISK_BSI_SITES },
    { group: t('injuries.lowRiskSites'), sites: LOW_RISK_BSI_SITES },
  ].map(({ group, sites }) => ({
    group,
    items: sites.map((value) => ({ value, label: t(`bsiSites.${value}`) })),
  }));

  const submit = async () => {
    const fields = {
      // The backend names a missing type in its own words; send what the form has.
      type: (type ?? '') as InjuryType,
      side,
      severity,
      onsetDate,
      weeksWithoutRunning: weeksWithoutRunning === '' ? 0 : weeksWithoutRunning,
      surgeryDate: surgical ? surgeryDate : '',
      deliveryDate: type === 'postnatal' ? deliveryDate : '',
      // An empty field is sent as it is, so the backend names it.
      previousEpisodes: previousEpisodes === '' ? Number.NaN : previousEpisodes,
      recurrent: previousEpisodes !== '' && previousEpisodes > 0,
      bsiSite: boneStress ? bsiSite : null,
      imagingConfirmedHealing: type === 'bsi_high_risk' && imagingConfirmedHealing,
    };
    const saved = injury
      ? await update.run({ id: injury.id, ...fields, onsetDate: onsetDate || null })
      : await create.run({ clientId, ...fields });
    if (saved) onSaved();
  };

  return (
    <Stack gap="sm">
      <Select
        data-autofocus
        // Focused when the dialog opens: the list opens on a click or a key, not on its own.
        openOnFocus={false}
        label={t('injuries.type')}
        data={INJURY_TYPES.map((value) => ({ value, label: t(`injuryTypes.${value}`) }))}
        value={type}
        onChange={(value) => setType(value as InjuryType | null)}
        error={errors.type}
        searchable
        withAsterisk
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('injuries.side')}
          data={SIDES.map((value) => ({ value, label: t(`sideOptions.${value}`) }))}
          value={side}
          onChange={(value) => setSide((value ?? 'na') as Side)}
          allowDeselect={false}
        />
        <Select
          label={t('injuries.severity')}
          data={SEVERITIES.map((value) => ({ value, label: t(`severities.${value}`) }))}
          value={severity}
          onChange={(value) => setSeverity((value ?? 'moderate') as Severity)}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('injuries.onset')}
          value={onsetDate}
          onChange={(e) => setOnsetDate(e.currentTarget.value)}
          error={errors.onsetDate}
        />
        <NumberInput
          label={t('injuries.weeksWithoutRunning')}
          value={weeksWithoutRunning}
          onChange={(value) => setWeeks(typeof value === 'number' ? value : '')}
          min={0}
          error={errors.weeksWithoutRunning}
        />
        {surgical && (
          <TextInput
            type="date"
            label={t('injuries.surgeryDate')}
            value={surgeryDate}
            onChange={(e) => setSurgeryDate(e.currentTarget.value)}
            error={errors.surgeryDate}
            withAsterisk
          />
        )}
        {type === 'postnatal' && (
          <TextInput
            type="date"
            label={t('injuries.deliveryDate')}
            value={deliveryDate}
            onChange={(e) => setDeliveryDate(e.currentTarget.value)}
            error={errors.deliveryDate}
            withAsterisk
          />
        )}
        {boneStress && (
          <Select
            label={t('injuries.bsiSite')}
            placeholder={t('injuries.bsiSitePlaceholder')}
            data={siteOptions}
            value={bsiSite}
            onChange={(value) => setBsiSite(value as BsiSite | null)}
            error={errors.bsiSite}
            searchable
            clearable
          />
        )}
        <NumberInput
          label={t('injuries.previousEpisodes')}
          description={t('injuries.previousEpisodesHint')}
          value={previousEpisodes}
          onChange={(value) => setEpisodes(typeof value === 'number' ? value : '')}
          min={0}
          max={20}
          allowDecimal={false}
          error={errors.previousEpisodes}
        />
      </SimpleGrid>
      <Group>
        {type === 'bsi_high_risk' && (
          <Checkbox
            label={t('injuries.imagingConfirmedHealing')}
            checked={imagingConfirmedHealing}
            onChange={(e) => setImaging(e.currentTarget.checked)}
          />
        )}
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={create.busy || update.busy}>
          {t('injuries.save')}
        </Button>
      </Group>
    </Stack>
  );
}
