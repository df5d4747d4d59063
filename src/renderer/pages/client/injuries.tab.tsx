import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Injury } from '../../../contract/injuries';
import type { InjuryNote } from '../../../contract/notes';
import { formErrorText } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { RestrictionLabel } from '../../components/restriction-editor';
import { useConfirmDiscard } from '../../components/use-confirm-discard';
import { formatDate } from '../../format';
import { localToday } from '../../today';
import { InjuryForm } from './injury-form';
import { NoteForm } from './note-form';

/** Which form is open: a new or corrected injury, a new or corrected note. */
type Editing =
  | { kind: 'injury'; injury: Injury | null }
  | { kind: 'note'; injury: Injury; note: InjuryNote | null }
  | null;

/**
 * Injuries and their dated notes, with the restrictions each note sets. Injuries and notes can be
 * corrected, restrictions ended today or lifted; the audit trail keeps what they were.
 */
export function InjuriesTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const injuries = useChannel('injuries.list', { clientId });
  const update = useAction('injuries.update');
  const updateNote = useAction('notes.update');
  const [editing, setEditing] = useState<Editing>(null);
  const today = localToday();
  const noteError = formErrorText(updateNote.error, t);

  const toggleStatus = async (injury: Injury) => {
    await update.run({ id: injury.id, status: injury.status === 'active' ? 'resolved' : 'active' });
  };

  /** Saves the note with its restrictions changed (one ended today, or one lifted). */
  const changeRestrictions = async (note: InjuryNote, restrictions: InjuryNote['restrictions']) => {
    await updateNote.run({ id: note.id, date: note.date, text: note.text, restrictions });
  };

  // Esc, × and Cancel ask before a half-filled injury or note is thrown away; saving closes at once.
  const discard = useConfirmDiscard(() => setEditing(null));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>{t('injuries.title')}</Title>
        <Button onClick={() => setEditing({ kind: 'injury', injury: null })}>{t('injuries.add')}</Button>
      </Group>
      {injuries.data?.length === 0 && <Text c="dimmed">{t('injuries.none')}</Text>}
      {noteError && (
        <Text c="red" size="sm" role="alert">
          {noteError}
        </Text>
      )}
      {injuries.data?.map((injury) => (
        <Paper key={injury.id} withBorder p="md" radius="md" data-testid="injury-card">
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap="xs">
                <Title order={4}>{t(`injuryTypes.${injury.type}`)}</Title>
                {injury.side !== 'na' && <Badge variant="light">{t(`sides.${injury.side}`)}</Badge>}
                <Badge variant="outline" color={injury.status === 'active' ? 'teal' : 'gray'}>
                  {t(`injuries.statuses.${injury.status}`)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {t(`severities.${injury.severity}`)}
                {injury.onsetDate ? ` · ${t('injuries.since', { date: formatDate(injury.onsetDate) })}` : ''}
                {injury.surgeryDate
                  ? ` · ${t('injuries.surgery', { date: formatDate(injury.surgeryDate) })}`
                  : ''}
                {injury.deliveryDate
                  ? ` · ${t('injuries.delivery', { date: formatDate(injury.deliveryDate) })}`
                  : ''}
                {injury.bsiSite ? ` · ${t(`bsiSites.${injury.bsiSite}`)}` : ''}
                {injury.previousEpisodes > 0
                  ? ` · ${t('injuries.episodes', { count: injury.previousEpisodes })}`
                  : ''}
              </Text>
            </div>
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() => setEditing({ kind: 'note', injury, note: null })}
              >
                {t('notes.add')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing({ kind: 'injury', injury })}>
                {t('records.editInjury')}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => void toggleStatus(injury)}>
                {injury.status === 'active' ? t('injuries.resolve') : t('injuries.reactivate')}
              </Button>
            </Group>
          </Group>
          <Stack gap="xs" mt="sm">
            {injury.notes.map((note) => (
              <Paper
                key={note.id}
                p="xs"
                radius="sm"
                bg="var(--mantine-color-default-hover)"
                data-testid="injury-note"
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {formatDate(note.date)} · {note.author}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setEditing({ kind: 'note', injury, note })}
                  >
                    {t('records.editNote')}
                  </Button>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.text}
                </Text>
                {note.restrictions.length > 0 && (
                  <Stack gap={4} mt={4}>
                    {note.restrictions.map((restriction, index) => {
                      const inForce = restriction.until === null || restriction.until > today;
                      const name = t(`restrictions.labels.${restriction.code}`, {
                        value: restriction.value ?? '',
                      });
                      return (
                        <Group key={index} gap="xs" data-testid="note-restriction">
                          <Badge size="sm" variant="light" color={inForce ? 'orange' : 'gray'} tt="none">
                            <RestrictionLabel restriction={restriction} />
                          </Badge>
                          {inForce && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              aria-label={t('records.endTodayLabel', { name })}
                              loading={updateNote.busy}
                              onClick={() =>
                                void changeRestrictions(
                                  note,
                                  note.restrictions.map((r, i) => (i === index ? { ...r, until: today } : r)),
                                )
                              }
                            >
                              {t('records.endToday')}
                            </Button>
                          )}
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            aria-label={t('records.removeRestriction', { name })}
                            loading={updateNote.busy}
                            onClick={() =>
                              void changeRestrictions(
                                note,
                                note.restrictions.filter((_, i) => i !== index),
                              )
                            }
                          >
                            {t('restrictions.remove')}
                          </Button>
                        </Group>
                      );
                    })}
                  </Stack>
                )}
              </Paper>
            ))}
          </Stack>
        </Paper>
      ))}
      <Modal
        opened={editing?.kind === 'injury'}
        onClose={discard.requestClose}
        title={
          editing?.kind === 'injury' && editing.injury ? t('records.editInjuryTitle') : t('injuries.add')
        }
        size="lg"
      >
        {editing?.kind === 'injury' && (
          <InjuryForm
            clientId={clientId}
            injury={editing.injury}
            onCancel={discard.requestClose}
            onSaved={discard.close}
            onDirtyChange={discard.onDirtyChange}
          />
        )}
        {discard.prompt}
      </Modal>
      <Modal
        opened={editing?.kind === 'note'}
        onClose={discard.requestClose}
        title={editing?.kind === 'note' && editing.note ? t('records.editNoteTitle') : t('notes.add')}
        size="lg"
      >
        {editing?.kind === 'note' && (
          <NoteForm
            injuryId={editing.injury.id}
            note={editing.note}
            today={today}
            onCancel={discard.requestClose}
            onSaved={discard.close}
            onDirtyChange={discard.onDirtyChange}
          />
        )}
        {discard.prompt}
      </Modal>
    </Stack>
  );
}
