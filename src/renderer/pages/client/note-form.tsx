import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { RestrictionEditor, type DraftRestriction } from '../../components/restriction-editor';
import { useSettings } from '../../settings-context';

interface NoteFormProps {
  injuryId: number;
  today: string;
  onSaved(): void;
  onCancel(): void;
}

/** A dated note; words such as "hills" or "max 20 minutes" propose restrictions to confirm. */
export function NoteForm({ injuryId, today, onSaved, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [date, setDate] = useState(today);
  const [author, setAuthor] = useState(settings?.clinician ?? '');
  const [text, setText] = useState('');
  const [restrictions, setRestrictions] = useState<DraftRestriction[]>([]);
  const [debouncedText] = useDebouncedValue(text, 250);
  const suggested = useChannel('notes.suggestRestrictions', { text: debouncedText, date });
  const add = useAction('notes.add');
  const errors = fieldErrors(add.error, t);

  const submit = async () => {
    const note = await add.run({ injuryId, date, author, text, restrictions });
    if (note) onSaved();
  };

  return (
    <Stack gap="sm">
      <Group grow>
        <TextInput
          type="date"
          label={t('notes.date')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={errors.date}
        />
        <TextInput
          label={t('notes.author')}
          value={author}
          onChange={(e) => setAuthor(e.currentTarget.value)}
          error={errors.author}
        />
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
        <Button onClick={() => void submit()} loading={add.busy}>
          {t('notes.save')}
        </Button>
      </Group>
    </Stack>
  );
}
