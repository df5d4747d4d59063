import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../contract/clients';
import { downloadText } from '../../api/download';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { formatTimestamp } from '../../format';
import { navigate } from '../../router';

/** The client's data rights: a full export, erasure, and the audit trail of what was done. */
export function RecordTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const audit = useChannel('audit.list', { clientId: client.id, limit: 200 });
  const exportRecord = useAction('clients.exportRecord');
  const erase = useAction('clients.erase');
  const [erasing, setErasing] = useState(false);
  const [confirmName, setConfirmName] = useState('');
  const [erased, setErased] = useState<{ printFilesDeleted: number; handedOutBeyondReach: number } | null>(
    null,
  );
  const errors = fieldErrors(erase.error, t);

  const download = async () => {
    const file = await exportRecord.run({ clientId: client.id });
    if (file) {
      downloadText(file.fileName, file.json, 'application/json');
      audit.reload();
    }
  };

  const confirmErase = async () => {
    // The outcome stays on screen: files handed out are the clinic's to retrieve or delete.
    const done = await erase.run({ clientId: client.id, confirmName });
    if (done) setErased(done);
  };

  return (
    <Stack gap="md" maw={960}>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={4}>{t('record.exportTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('record.exportText')}
          </Text>
          <Group>
            <Button variant="default" onClick={() => void download()} loading={exportRecord.busy}>
              {t('record.export')}
            </Button>
          </Group>
          {exportRecord.error && <Text c="red">{exportRecord.error.message}</Text>}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={4}>{t('record.eraseTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('record.eraseText')}
          </Text>
          <Group>
            <Button color="red" variant="light" onClick={() => setErasing(true)}>
              {t('record.erase')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('record.auditTitle')}
        </Title>
        <Table data-testid="audit-trail">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('record.when')}</Table.Th>
              <Table.Th>{t('record.who')}</Table.Th>
              <Table.Th>{t('record.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data?.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatTimestamp(entry.at)}</Table.Td>
                <Table.Td>{entry.actor}</Table.Td>
                <Table.Td>
                  {t(`record.actions.${entry.action.replace('.', '_')}`, { defaultValue: entry.action })}
                  {entry.subject ? ` · ${entry.subject}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {audit.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('record.noAudit')}
          </Text>
        )}
      </Paper>
      <Modal
        opened={erasing}
        onClose={() => (erased ? navigate({ name: 'clients' }) : setErasing(false))}
        title={t('record.eraseTitle')}
      >
        {erased ? (
          <Stack gap="sm" data-testid="erase-outcome">
            <Alert color="green">{t('record.erasedText', { count: erased.printFilesDeleted })}</Alert>
            {erased.handedOutBeyondReach > 0 && (
              <Alert color="orange">
                {t('record.handedOutText', { count: erased.handedOutBeyondReach })}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button onClick={() => navigate({ name: 'clients' })}>{t('record.erasedDone')}</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Alert color="red">{t('record.eraseWarning', { name: client.name })}</Alert>
            <TextInput
              label={t('record.confirmName')}
              value={confirmName}
              onChange={(event) => setConfirmName(event.currentTarget.value)}
              error={errors.confirmName}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setErasing(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                onClick={() => void confirmErase()}
                loading={erase.busy}
                disabled={confirmName.trim() === ''}
              >
                {t('record.eraseConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
