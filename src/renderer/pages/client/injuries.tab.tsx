import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Injury } from '../../../contract/injuries';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { RestrictionLabel } from '../../components/restriction-editor';
import { formatDate } from '../../format';
import { localToday } from '../../today';
import { InjuryForm } from './injury-form';
import { NoteForm } from './note-form';

/** Injuries and their dated notes (append-only), with the restrictions each note sets. */
export function InjuriesTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const injuries = useChannel('injuries.list', { clientId });
  const update = useAction('injuries.update');
  const [adding, setAdding] = useState(false);
  const [noteFor, setNoteFor] = useState<Injury | null>(null);

  const toggleStatus = async (injury: Injury) => {
    if (await update.run({ id: injury.id, status: injury.status === 'active' ? 'resolved' : 'active' }))
      injuries.reload();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>{t('injuries.title')}</Title>
        <Button onClick={() => setAdding(true)}>{t('injuries.add')}</Button>
      </Group>
      {injuries.data?.length === 0 && <Text c="dimmed">{t('injuries.none')}</Text>}
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
              <Button size="xs" variant="light" onClick={() => setNoteFor(injury)}>
                {t('notes.add')}
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
                <Text size="xs" c="dimmed">
                  {formatDate(note.date)} · {note.author}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.text}
                </Text>
                {note.restrictions.length > 0 && (
                  <Group gap={4} mt={4}>
                    {note.restrictions.map((restriction, index) => (
                      <Badge key={index} size="sm" variant="light" color="orange" tt="none">
                        <RestrictionLabel restriction={restriction} />
                      </Badge>
                    ))}
                  </Group>
                )}
              </Paper>
            ))}
          </Stack>
        </Paper>
      ))}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('injuries.add')} size="lg">
        <InjuryForm
          clientId={clientId}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            injuries.reload();
          }}
        />
      </Modal>
      <Modal opened={noteFor !== null} onClose={() => setNoteFor(null)} title={t('notes.add')} size="lg">
        {noteFor && (
          <NoteForm
            injuryId={noteFor.id}
            today={localToday()}
            onCancel={() => setNoteFor(null)}
            onSaved={() => {
              setNoteFor(null);
              injuries.reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
