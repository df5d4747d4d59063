import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportDirty } from './use-confirm-discard';
import type { Client } from '../../contract/clients';
import { localToday } from '../today';
import { birthDateProblem } from './date-plausibility';

export interface ClientFormValues {
  name: string;
  birthDate: string;
  sex: Client['sex'];
  email: string;
  phone: string;
  group: string;
  notes: string;
}

export function toFormValues(client: Client | null): ClientFormValues {
  return {
    name: client?.name ?? '',
    birthDate: client?.birthDate ?? '',
    sex: client?.sex ?? 'unspecified',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    group: client?.group ?? '',
    notes: client?.notes ?? '',
  };
}

interface ClientFormProps {
  initial: ClientFormValues;
  /** The names of the existing clubs and squads, to pick from. */
  clubs: readonly string[];
  /** Field path → message, straight from the backend's validation. */
  errors: Record<string, string>;
  busy: boolean;
  onSubmit(values: ClientFormValues): void;
  onCancel(): void;
  /** Told whether the form differs from how it opened (the dialog asks before discarding it). */
  onDirtyChange?(dirty: boolean): void;
}

const sexes: Client['sex'][] = ['female', 'male', 'other', 'unspecified'];

/** Create/edit form. Validation lives in the backend; this form only shows its field messages. */
export function ClientForm({
  initial,
  clubs,
  errors,
  busy,
  onSubmit,
  onCancel,
  onDirtyChange,
}: ClientFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  useReportDirty(values, onDirtyChange);
  const set = (field: keyof ClientFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const typedClub = values.group.trim();
  const newClub = typedClub !== '' && !clubs.some((club) => club.toLowerCase() === typedClub.toLowerCase());

  // A typed year such as 0304 is named here, in words, as it is typed (the backend refuses it too,
  // together with any other field's problem).
  const birthProblem = birthDateProblem(values.birthDate, localToday(), t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('clients.form.name')}
          value={values.name}
          onChange={(event) => set('name')(event.currentTarget.value)}
          error={errors.name}
          withAsterisk
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label={t('clients.form.birthDate')}
            value={values.birthDate}
            onChange={(event) => set('birthDate')(event.currentTarget.value)}
            error={birthProblem ?? errors.birthDate}
          />
          <Select
            label={t('clients.form.sex')}
            data={sexes.map((sex) => ({ value: sex, label: t(`clients.form.sexes.${sex}`) }))}
            value={values.sex}
            onChange={(value) => set('sex')(value ?? 'unspecified')}
            allowDeselect={false}
            error={errors.sex}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput
            type="email"
            label={t('clients.form.email')}
            value={values.email}
            onChange={(event) => set('email')(event.currentTarget.value)}
            error={errors.email}
          />
          <TextInput
            label={t('clients.form.phone')}
            value={values.phone}
            onChange={(event) => set('phone')(event.currentTarget.value)}
            error={errors.phone}
          />
        </SimpleGrid>
        {/* One club: an existing club (the client joins its roster) or a new one, created on save. */}
        <Autocomplete
          label={t('records.club')}
          placeholder={t('records.clubPlaceholder')}
          data={[...clubs]}
          value={values.group}
          onChange={set('group')}
          error={errors.group}
          description={newClub ? t('records.clubNew', { name: typedClub }) : undefined}
          clearable
        />
        <Textarea
          label={t('clients.form.notes')}
          value={values.notes}
          onChange={(event) => set('notes')(event.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={3}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
