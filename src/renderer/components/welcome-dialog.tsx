import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../api/field-errors';
import { useAction } from '../api/use-action';
import { useSettings } from '../settings-context';

/**
 * On first start (the settings name no clinician) asks for the clinician's name, which the audit
 * trail records as "Who" and programmes print; saved to the settings like the Settings page does.
 */
export function WelcomeDialog() {
  const { t } = useTranslation();
  const { settings, replace } = useSettings();
  const save = useAction('settings.save');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrors(save.error, t);
  const opened = settings !== null && (settings.clinician ?? '').trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    const saved = await save.run({ clinician: name.trim() });
    if (saved) replace(saved);
  };

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('records.welcome.title')}
      centered
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('records.welcome.text')}</Text>
          <TextInput
            label={t('records.welcome.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('records.welcome.required') : errors.clinician}
            withAsterisk
            data-autofocus
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.busy}>
              {t('records.welcome.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
