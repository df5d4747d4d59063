import { ActionIcon, Badge, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NUMERIC_RESTRICTION_CODES, RESTRICTION_CODES, type RestrictionCode } from '../../engine/types';
import { formatDate } from '../format';

export interface DraftRestriction {
  code: RestrictionCode;
  value: number | null;
  until: string | null;
}

export const isNumeric = (code: RestrictionCode): boolean =>
  (NUMERIC_RESTRICTION_CODES as readonly string[]).includes(code);

/** A restriction in words: "No hills until 25 Dec 2026", "Sessions at most 20 min". */
export function RestrictionLabel({ restriction }: { restriction: DraftRestriction }) {
  const { t } = useTranslation();
  const name = t(`restrictions.labels.${restriction.code}`, { value: restriction.value ?? '' });
  return (
    <>{restriction.until ? t('restrictions.until', { name, date: formatDate(restriction.until) }) : name}</>
  );
}

interface RestrictionEditorProps {
  value: DraftRestriction[];
  onChange(next: DraftRestriction[]): void;
  /** Proposed from the note's words; the clinician confirms each one. */
  suggestions: DraftRestriction[];
  errors: Record<string, string>;
}

const sameRestriction = (a: DraftRestriction, b: DraftRestriction): boolean =>
  a.code === b.code && a.value === b.value && a.until === b.until;

/** Confirmed restrictions as removable chips, suggestions to confirm, and a row to add one by hand. */
export function RestrictionEditor({ value, onChange, suggestions, errors }: RestrictionEditorProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState<RestrictionCode | null>(null);
  const [amount, setAmount] = useState<number | ''>('');
  const [until, setUntil] = useState('');
  const open = suggestions.filter((s) => !value.some((v) => sameRestriction(v, s)));

  const add = () => {
    if (!code) return;
    onChange([
      ...value,
      { code, value: isNumeric(code) && amount !== '' ? amount : null, until: until || null },
    ]);
    setCode(null);
    setAmount('');
    setUntil('');
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('restrictions.title')}
      </Text>
      {open.length > 0 && (
        <Group gap="xs" data-testid="restriction-suggestions">
          <Text size="xs" c="dimmed">
            {t('restrictions.suggested')}
          </Text>
          {open.map((suggestion) => (
            <Button
              key={`${suggestion.code}-${suggestion.value}-${suggestion.until}`}
              size="compact-xs"
              variant="outline"
              style={{ borderStyle: 'dashed' }}
              onClick={() => onChange([...value, suggestion])}
            >
              + <RestrictionLabel restriction={suggestion} />
            </Button>
          ))}
        </Group>
      )}
      <Stack gap={4} data-testid="restriction-chips">
        {value.map((restriction, index) => {
          const invalid = Boolean(
            errors[`restrictions.${index}.value`] || errors[`restrictions.${index}.until`],
          );
          const name = t(`restrictions.labels.${restriction.code}`, { value: restriction.value ?? '' });
          return (
            <Group key={index} gap="xs" wrap="nowrap">
              <Badge tt="none" variant="light" color={invalid ? 'red' : 'teal'}>
                <RestrictionLabel restriction={restriction} />
              </Badge>
              {/* The end date can be set, moved or cleared: a restriction is ended, not deleted. */}
              <TextInput
                type="date"
                size="xs"
                aria-label={`${t('records.restrictionUntil')}: ${name}`}
                value={restriction.until ?? ''}
                error={invalid}
                onChange={(event) => {
                  const until = event.currentTarget.value || null;
                  onChange(value.map((r, i) => (i === index ? { ...r, until } : r)));
                }}
              />
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                aria-label={`${t('restrictions.remove')}: ${name}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      {Object.entries(errors)
        .filter(([path]) => path.startsWith('restrictions.'))
        .map(([path, message]) => (
          <Text key={path} size="xs" c="red">
            {message}
          </Text>
        ))}
      <Group gap="xs" align="flex-end">
        <Select
          label={t('restrictions.add')}
          placeholder={t('restrictions.choose')}
          data={RESTRICTION_CODES.map((c) => ({ value: c, label: t(`restrictions.names.${c}`) }))}
          value={code}
          onChange={(next) => setCode(next as RestrictionCode | null)}
          w={240}
          size="xs"
        />
        {code && isNumeric(code) && (
          <NumberInput
            label={t('restrictions.value')}
            value={amount}
            onChange={(next) => setAmount(typeof next === 'number' ? next : '')}
            min={0}
            w={90}
            size="xs"
          />
        )}
        <TextInput
          type="date"
          label={t('restrictions.untilLabel')}
          value={until}
          onChange={(event) => setUntil(event.currentTarget.value)}
          size="xs"
        />
        <Button size="xs" variant="default" onClick={add} disabled={!code}>
          {t('restrictions.addButton')}
        </Button>
      </Group>
    </Stack>
  );
}
