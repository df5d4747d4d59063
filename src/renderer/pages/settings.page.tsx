import {
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../components/notify';
import type { Settings } from '../../contract/settings';
import { fieldErrors } from '../api/field-errors';
import { useAction } from '../api/use-action';
import { useSettings } from '../settings-context';
import { BackupsPanel } from './backups-panel';
import { CriteriaSettings } from './criteria-settings';

type Draft = Pick<Settings, 'clinicName' | 'clinician' | 'contact' | 'logo' | 'units' | 'language' | 'paper'>;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The clinic's branding and the defaults for every programme and print. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, replace } = useSettings();
  if (!settings) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <Stack gap="md" maw={720}>
      <SettingsForm settings={settings} onSaved={replace} />
      <CriteriaSettings settings={settings} onSaved={replace} />
      <BackupsPanel />
    </Stack>
  );
}

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved(settings: Settings): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(settings);
  const save = useAction('settings.save');
  const errors = fieldErrors(save.error, t);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const submit = async () => {
    const result = await save.run({
      clinicName: draft.clinicName ?? '',
      clinician: draft.clinician ?? '',
      contact: draft.contact ?? '',
      logo: draft.logo ?? '',
      units: draft.units,
      language: draft.language,
      paper: draft.paper,
    });
    if (result) {
      onSaved(result);
      notifySuccess(t('settings.saved'));
    }
  };

  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('settings.clinic')}</Title>
          <TextInput
            label={t('settings.clinicName')}
            value={draft.clinicName ?? ''}
            onChange={(e) => set('clinicName', e.currentTarget.value)}
            error={errors.clinicName}
          />
          <TextInput
            label={t('settings.clinician')}
            value={draft.clinician ?? ''}
            onChange={(e) => set('clinician', e.currentTarget.value)}
            error={errors.clinician}
          />
          <Textarea
            label={t('settings.contact')}
            description={t('settings.contactHint')}
            value={draft.contact ?? ''}
            onChange={(e) => set('contact', e.currentTarget.value)}
            error={errors.contact}
            autosize
            minRows={2}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('settings.logo')}
            </Text>
            <Group>
              {draft.logo && (
                <Image src={draft.logo} h={48} w="auto" fit="contain" alt={t('settings.logo')} />
              )}
              <FileButton
                accept="image/png,image/jpeg"
                onChange={(file) => {
                  if (file) void readAsDataUrl(file).then((url) => set('logo', url));
                }}
              >
                {(props) => (
                  <Button variant="default" {...props}>
                    {draft.logo ? t('settings.replaceLogo') : t('settings.chooseLogo')}
                  </Button>
                )}
              </FileButton>
              {draft.logo && (
                <Button variant="subtle" color="gray" onClick={() => set('logo', null)}>
                  {t('settings.removeLogo')}
                </Button>
              )}
            </Group>
            {errors.logo && (
              <Text size="xs" c="red" mt={4}>
                {errors.logo}
              </Text>
            )}
          </div>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={4}>{t('settings.preferences')}</Title>
          <Group justify="space-between">
            <Text size="sm">{t('settings.language')}</Text>
            <SegmentedControl
              aria-label={t('settings.language')}
              value={draft.language}
              onChange={(value) => set('language', value as Draft['language'])}
              data={[
                { value: 'en', label: 'English' },
                { value: 'de', label: 'Deutsch' },
              ]}
            />
          </Group>
          <Group justify="space-between">
            <Text size="sm">{t('settings.units')}</Text>
            <SegmentedControl
              aria-label={t('settings.units')}
              value={draft.units}
              onChange={(value) => set('units', value as Draft['units'])}
              data={[
                { value: 'km', label: t('settings.km') },
                { value: 'mi', label: t('settings.mi') },
              ]}
            />
          </Group>
          <Group justify="space-between">
            <Text size="sm">{t('settings.paper')}</Text>
            <SegmentedControl
              aria-label={t('settings.paper')}
              value={draft.paper}
              onChange={(value) => set('paper', value as Draft['paper'])}
              data={[
                { value: 'a4', label: 'A4' },
                { value: 'letter', label: 'Letter' },
              ]}
            />
          </Group>
        </Stack>
      </Paper>
      {save.error && !save.error.issues?.length && (
        <Text c="red" role="alert">
          {save.error.message}
        </Text>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={save.busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
