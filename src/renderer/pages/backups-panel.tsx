import { Alert, Button, Group, List, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedBackup } from '../../contract/backups';
import { formErrorText } from '../api/field-errors';
import { useAction } from '../api/use-action';
import { useChannel } from '../api/use-channel';
import { notifySuccess } from '../components/notify';
import { formatBytes, formatTimestamp } from '../format';

/** Backups of the whole database: make one now, or go back to one (after a check of the file). */
export function BackupsPanel() {
  const { t } = useTranslation();
  const backups = useChannel('backups.list', {});
  const create = useAction('backups.create');
  const restore = useAction('backups.restore');
  const [restoring, setRestoring] = useState<ListedBackup | null>(null);
  const clients = (backup: ListedBackup) =>
    backup.clients === null
      ? t('backupsRestore.clientsUnknown')
      : t('backupsRestore.clients', { count: backup.clients });

  const backUp = async () => {
    if (await create.run({})) notifySuccess(t('backupsRestore.created'));
  };

  const close = () => {
    restore.clearError();
    setRestoring(null);
  };

  const confirmRestore = async () => {
    if (!restoring) return;
    const done = await restore.run({ fileName: restoring.fileName });
    if (done) {
      // Every screen reads again through the query cache (a successful write invalidates it).
      setRestoring(null);
      notifySuccess(
        t('backupsRestore.restoredText', { when: formatTimestamp(restoring.createdAt) }),
        t('backupsRestore.restoredTitle'),
      );
    }
  };

  const listError = formErrorText(create.error ?? backups.error, t);

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
        {listError && <Text c="red">{listError}</Text>}
        <Table data-testid="backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.when')}</Table.Th>
              <Table.Th>{t('backups.reason')}</Table.Th>
              <Table.Th>{t('backups.size')}</Table.Th>
              <Table.Th>{t('backupsRestore.clientsColumn')}</Table.Th>
              <Table.Th>{t('backupsRestore.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data?.map((backup) => (
              <Table.Tr key={backup.fileName}>
                <Table.Td>{formatTimestamp(backup.createdAt)}</Table.Td>
                <Table.Td>{t(`backups.reasons.${backup.reason}`, { defaultValue: backup.reason })}</Table.Td>
                <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
                <Table.Td>{clients(backup)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setRestoring(backup)}>
                    {t('backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Modal
        opened={restoring !== null}
        onClose={close}
        title={t('backups.restoreTitle')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        {restoring && (
          <Stack gap="sm" data-testid="restore-details">
            <Text size="sm">{t('backupsRestore.which')}</Text>
            <List size="sm" spacing={2}>
              <List.Item>
                {t('backupsRestore.takenAt', {
                  when: formatTimestamp(restoring.createdAt),
                  reason: t(`backups.reasons.${restoring.reason}`, { defaultValue: restoring.reason }),
                })}
              </List.Item>
              <List.Item>{t('backupsRestore.size', { size: formatBytes(restoring.bytes) })}</List.Item>
              <List.Item>{clients(restoring)}</List.Item>
            </List>
            <Text size="sm">{t('backups.restoreText')}</Text>
            {restore.error && <Alert color="red">{formErrorText(restore.error, t)}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="orange" onClick={() => void confirmRestore()} loading={restore.busy}>
                {t('backups.restoreConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
