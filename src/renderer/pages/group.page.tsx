import { Anchor, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../api/use-action';
import { useChannel } from '../api/use-channel';
import { allRows } from '../api/use-paged-list';
import { CaseloadTable } from '../components/caseload-table';
import { navigate } from '../router';
import { PrintAllDialog } from './print-all-dialog';

/** A club's or squad's roster: each member's injury, clearance, stage, light and flags. */
export function GroupPage({ groupId }: { groupId: number }) {
  const { t } = useTranslation();
  const roster = useChannel('groups.roster', { groupId });
  const addMember = useAction('groups.addMember');
  const removeMember = useAction('groups.removeMember');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const candidates = useChannel('clients.list', { query: debounced, limit: 20 });
  const [printing, setPrinting] = useState(false);
  const memberIds = new Set(roster.data?.members.map((member) => member.clientId) ?? []);
  // A roster is small: every member's line comes in one answer.
  const members = useMemo(() => allRows(roster.data?.members ?? []), [roster.data]);

  if (roster.error) {
    return (
      <Stack>
        <Text c="red">{roster.error.message}</Text>
        <Anchor onClick={() => navigate({ name: 'groups' })}>{t('groups.back')}</Anchor>
      </Stack>
    );
  }
  if (!roster.data) return <Text c="dimmed">{t('common.loading')}</Text>;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Anchor size="sm" onClick={() => navigate({ name: 'groups' })}>
            {t('groups.back')}
          </Anchor>
          <Title order={2}>{roster.data.group.name}</Title>
          <Badge variant="light">{t(`groups.kinds.${roster.data.group.kind}`)}</Badge>
        </Group>
        <Group gap="xs" align="flex-end">
          <Button
            variant="default"
            onClick={() => setPrinting(true)}
            disabled={roster.data.members.length === 0}
          >
            {t('printAll.button')}
          </Button>
          <Select
            placeholder={t('groups.addMember')}
            aria-label={t('groups.addMember')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={(candidates.data?.items ?? [])
              .filter((client) => !memberIds.has(client.id))
              .map((client) => ({ value: String(client.id), label: client.name }))}
            value={null}
            onChange={(value) => {
              if (value) void addMember.run({ groupId, clientId: Number(value) });
              setSearch('');
            }}
            w={280}
            nothingFoundMessage={t('quickSearch.none')}
          />
        </Group>
      </Group>
      <CaseloadTable
        rows={members}
        onOpen={(row) => navigate({ name: 'client', clientId: row.clientId, tab: 'overview' })}
        emptyText={t('groups.empty')}
        onRemove={(row) => void removeMember.run({ groupId, clientId: row.clientId })}
      />
      <PrintAllDialog
        groupName={roster.data.group.name}
        members={roster.data.members}
        opened={printing}
        onClose={() => setPrinting(false)}
      />
    </Stack>
  );
}
