import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../contract/clients';
import type { ContractError } from '../../contract/result';
import { fieldErrors } from '../api/field-errors';
import { call } from '../api/transport';
import { useChannel } from '../api/use-channel';
import { ClientForm, toFormValues, type ClientFormValues } from '../components/client-form';

type Editing = { client: Client | null } | null;

/** The caseload: search, create, edit and archive clients. */
export function ClientsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query, 150);
  const [includeArchived, setIncludeArchived] = useState(false);
  const {
    data: list,
    error: listError,
    reload,
  } = useChannel('clients.list', {
    query: debouncedQuery,
    includeArchived,
    limit: 200,
  });
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [saveError, setSaveError] = useState<ContractError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const save = async (values: ClientFormValues) => {
    setBusy(true);
    const result = editing?.client
      ? await call('clients.update', { id: editing.client.id, ...values })
      : await call('clients.create', values);
    setBusy(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    setEditing(null);
    setSaveError(null);
    setNotice(t('clients.savedNotice', { name: result.value.name }));
    reload();
  };

  const toggleArchived = async (client: Client) => {
    const result = await call('clients.archive', { id: client.id, archived: !client.archived });
    if (result.ok) {
      setNotice(
        t(client.archived ? 'clients.restoredNotice' : 'clients.archivedNotice', { name: client.name }),
      );
      reload();
    } else {
      setActionError(result.error.message);
    }
  };

  const openEditor = (client: Client | null) => {
    setSaveError(null);
    setEditing({ client });
  };

  const errors = fieldErrors(saveError, t);
  const formError = saveError && !saveError.issues?.length ? saveError.message : null;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('clients.title')}</Title>
        <Button onClick={() => openEditor(null)}>{t('clients.add')}</Button>
      </Group>
      <Group>
        <TextInput
          placeholder={t('clients.searchPlaceholder')}
          aria-label={t('clients.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Switch
          label={t('clients.showArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
        />
      </Group>
      {notice && (
        <Text size="sm" c="teal" role="status">
          {notice}
        </Text>
      )}
      {(listError ?? actionError) && (
        <Text c="red" role="alert">
          {listError?.message ?? actionError}
        </Text>
      )}
      <Paper withBorder radius="md">
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('clients.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.columns.name')}</Table.Th>
              <Table.Th>{t('clients.columns.birthDate')}</Table.Th>
              <Table.Th>{t('clients.columns.group')}</Table.Th>
              <Table.Th>{t('clients.columns.email')}</Table.Th>
              <Table.Th>{t('clients.columns.phone')}</Table.Th>
              <Table.Th w={120}>{t('clients.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list?.items.map((client) => (
              <Table.Tr key={client.id} data-testid="client-row">
                <Table.Td>
                  <Group gap="xs">
                    <Text fw={500}>{client.name}</Text>
                    {client.archived && (
                      <Badge color="gray" variant="light">
                        {t('clients.archived')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{client.birthDate ?? '—'}</Table.Td>
                <Table.Td>{client.group ?? '—'}</Table.Td>
                <Table.Td>{client.email ?? '—'}</Table.Td>
                <Table.Td>{client.phone ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('common.edit')} ${client.name}`}
                        onClick={() => openEditor(client)}
                      >
                        ✎
                      </ActionIcon>
                    </Tooltip>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={client.archived ? 'teal' : 'gray'}
                      onClick={() => void toggleArchived(client)}
                      aria-label={`${client.archived ? t('common.restore') : t('common.archive')} ${client.name}`}
                    >
                      {client.archived ? t('common.restore') : t('common.archive')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {debouncedQuery ? t('clients.noMatch', { query: debouncedQuery }) : t('clients.empty')}
          </Text>
        )}
      </Paper>
      {list && (
        <Text size="sm" c="dimmed">
          {t('clients.count', { count: list.total })}
        </Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.client ? t('clients.form.editTitle') : t('clients.form.createTitle')}
        size="lg"
      >
        {editing && (
          <>
            {formError && (
              <Text c="red" role="alert" mb="sm">
                {formError}
              </Text>
            )}
            <ClientForm
              initial={toFormValues(editing.client)}
              errors={errors}
              busy={busy}
              onSubmit={(values) => void save(values)}
              onCancel={() => setEditing(null)}
            />
          </>
        )}
      </Modal>
    </Stack>
  );
}
