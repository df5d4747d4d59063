import { Button, FileButton, Group, Modal, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../contract/clients';
import type { ContractError } from '../../contract/result';
import { fieldErrors } from '../api/field-errors';
import { call } from '../api/transport';
import { useAction } from '../api/use-action';
import { useChannel } from '../api/use-channel';
import { usePagedClients } from '../api/use-paged-list';
import { ClientTable } from '../components/client-table';
import { useConfirmDiscard } from '../components/use-confirm-discard';
import { navigate } from '../router';
import { ClientForm, toFormValues, type ClientFormValues } from '../components/client-form';

type Editing = { client: Client | null } | null;

/** The caseload: search, create, edit and archive clients. */
export function ClientsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query, 150);
  const [includeArchived, setIncludeArchived] = useState(false);
  const clients = usePagedClients(debouncedQuery, includeArchived);
  // The paged list keeps its own pages (it is not a cached read): it is reloaded after a write.
  const { reload } = clients;
  const groups = useChannel('groups.list', {});
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [saveError, setSaveError] = useState<ContractError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Esc, × and Cancel ask before a half-filled client form is thrown away.
  const discard = useConfirmDiscard(() => setEditing(null));

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
    discard.close();
    setSaveError(null);
    setNotice(t('clients.savedNotice', { name: result.value.name }));
    // A new client is opened at once: the next step is their injury and clearance.
    if (!editing?.client) navigate({ name: 'client', clientId: result.value.id, tab: 'overview' });
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

  const importRecord = useAction('clients.importRecord');
  const importFile = async (file: File) => {
    const imported = await importRecord.run({ json: await file.text() });
    if (imported) navigate({ name: 'client', clientId: imported.id, tab: 'overview' });
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
        <Group gap="xs">
          <FileButton accept="application/json,.json" onChange={(file) => file && void importFile(file)}>
            {(props) => (
              <Button variant="default" loading={importRecord.busy} {...props}>
                {t('clients.import')}
              </Button>
            )}
          </FileButton>
          <Button onClick={() => openEditor(null)}>{t('clients.add')}</Button>
        </Group>
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
      {importRecord.error && (
        <Text c="red" role="alert">
          {t('clients.importFailed', { reason: importRecord.error.message })}
        </Text>
      )}
      {(clients.error ?? actionError) && (
        <Text c="red" role="alert">
          {clients.error?.message ?? actionError}
        </Text>
      )}
      <ClientTable
        clients={clients}
        emptyText={debouncedQuery ? t('clients.noMatch', { query: debouncedQuery }) : t('clients.empty')}
        onOpen={(client) => navigate({ name: 'client', clientId: client.id, tab: 'overview' })}
        onEdit={openEditor}
        onToggleArchived={(client) => void toggleArchived(client)}
      />
      {clients.total !== null && (
        <Text size="sm" c="dimmed">
          {t('clients.count', { count: clients.total })}
        </Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={discard.requestClose}
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
              clubs={(groups.data ?? []).map((group) => group.name)}
              errors={errors}
              busy={busy}
              onSubmit={(values) => void save(values)}
              onCancel={discard.requestClose}
              onDirtyChange={discard.onDirtyChange}
            />
            {discard.prompt}
          </>
        )}
      </Modal>
    </Stack>
  );
}
