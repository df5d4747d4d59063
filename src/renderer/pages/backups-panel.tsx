import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../api/use-action';
import { useChannel } from '../api/use-channel';
import { formatTimestamp } from '../format';

const kb = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Backups of the whole database: make one now, or go back to one (after a check of the file). */
export function BackupsPanel() {
  const { t } = useTranslation();
  const backups = useChannel('backups.list', {});
  const create = useAction('backups.create');
  const restore = useAction('backups.restore');
  const [restoring, setRestoring] = useState<string | null>(null);

  const backUp = async () => {
    if (await create.run({})) backups.reload();
  };

  const confirmRestore = async () => {
    if (!restoring) return;
    const done = await restore.run({ fileName: restoring });
    if (done) window.location.reload();
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('backups.title')}</Title>
          <Button variant="default" onClick={() => void backUp()} loading={create.busy}>
            {t('backups.create')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('backups.text')}
        </Text>
        {(create.error ?? backups.error) && <Text c="red">{(create.error ?? backups.error)?.message}</Text>}
        <Table data-testid="backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.when')}</Table.Th>
              <Table.Th>{t('backups.reason')}</Table.Th>
              <Table.Th>{t('backups.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data?.map((backup) => (
              <Table.Tr key={backup.fileName}>
                <Table.Td>{formatTimestamp(backup.createdAt)}</Table.Td>
                <Table.Td>{t(`backups.reasons.${backup.reason}`, { defaultValue: backup.reason })}</Table.Td>
                <Table.Td>{kb(backup.bytes)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setRestoring(backup.fileName)}>
                    {t('backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title={t('backups.restoreTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('backups.restoreText')}</Text>
          {restore.error && <Alert color="red">{restore.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRestoring(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" onClick={() => void confirmRestore()} loading={restore.busy}>
              {t('backups.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
