import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InjuryNote } from '../../../contract/notes';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { useReportDirty } from '../../components/use-confirm-discard';
import { RestrictionEditor, type DraftRestriction } from '../../components/restriction-editor';
import { useSettings } from '../../settings-context';

interface NoteFormProps {
  injuryId: number;
  /** The note to correct (its restrictions to end or lift), or null for a new one. */
  note: InjuryNote | null;
  today: string;
  onSaved(): void;
  onCancel(): void;
  /** Told whether the form differs from how it opened (the dialog asks before discarding it). */
  onDirtyChange?(dirty: boolean): void;
}

/**
 * A dated note, new or corrected; words such as "hills" or "max 20 minutes" propose restrictions
 * to confirm. A correction keeps the note's author; the audit trail keeps who changed what.
 */
export function NoteForm({ injuryId, note, today, onSaved, onCancel, onDirtyChange }: NoteFormProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [date, setDate] = useState(note?.date ?? today);
  const [author, setAuthor] = useState(settings?.clinician ?? '');
  const [text, setText] = useState(note?.text ?? '');
  const [restrictions, setRestrictions] = useState<DraftRestriction[]>(
    note?.restrictions.map(({ code, value, until }) => ({ code, value, until })) ?? [],
  );
  useReportDirty([date, author, text, restrictions], onDirtyChange);
  const [debouncedText] = useDebouncedValue(text, 250);
  const suggested = useChannel('notes.suggestRestrictions', { text: debouncedText, date });
  const add = useAction('notes.add');
  const update = useAction('notes.update');
  const errors = fieldErrors(note ? update.error : add.error, t);

  const submit = async () => {
    const saved = note
      ? await update.run({ id: note.id, date, text, restrictions })
      : await add.run({ injuryId, date, author, text, restrictions });
    if (saved) onSaved();
  };

  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('notes.date')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={errors.date}
        />
        {note ? (
          <Text size="sm" c="dimmed" pt="lg">
            {t('records.authorKept', { author: note.author })}
          </Text>
        ) : (
          <TextInput
            label={t('notes.author')}
            value={author}
            onChange={(e) => setAuthor(e.currentTarget.value)}
            error={errors.author}
          />
        )}
      </Group>
      <Textarea
        label={t('notes.text')}
        placeholder={t('notes.placeholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={errors.text}
        autosize
        minRows={3}
      />
      <RestrictionEditor
        value={restrictions}
        onChange={setRestrictions}
        suggestions={(suggested.data ?? []).map(({ code, value, until }) => ({ code, value, until }))}
        errors={errors}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={add.busy || update.busy}>
          {t('notes.save')}
        </Button>
      </Group>
    </Stack>
  );
}
