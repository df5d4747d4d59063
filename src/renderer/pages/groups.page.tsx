import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupKind } from '../../contract/groups';
import { fieldErrors } from '../api/field-errors';
import { useAction } from '../api/use-action';
import { useChannel } from '../api/use-channel';
import { useConfirmDiscard } from '../components/use-confirm-discard';
import { navigate } from '../router';

/** Clubs and squads: create them and open a roster. */
export function GroupsPage() {
  const { t } = useTranslation();
  const groups = useChannel('groups.list', {});
  const create = useAction('groups.create');
  const remove = useAction('groups.delete');
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<GroupKind>('club');
  const errors = fieldErrors(create.error, t);

  const closeCreate = useCallback(() => {
    setCreating(false);
    setName('');
  }, []);
  // Esc, × and Cancel ask before a typed club name is thrown away.
  const discard = useConfirmDiscard(closeCreate, name.trim() !== '');

  const submit = async () => {
    const group = await create.run({ name, kind });
    if (group) {
      setCreating(false);
      setName('');
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('groups.title')}</Title>
        <Button
          onClick={() => {
            create.clearError();
            setCreating(true);
          }}
        >
          {t('groups.create')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.name')}</Table.Th>
              <Table.Th>{t('groups.kind')}</Table.Th>
              <Table.Th>{t('groups.members')}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.data?.map((group) => (
              <Table.Tr
                key={group.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate({ name: 'group', groupId: group.id })}
                data-testid="group-row"
              >
                <Table.Td fw={600}>{group.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`groups.kinds.${group.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{group.memberCount}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('groups.delete', { name: group.name })}
                    onClick={(event) => {
                      event.stopPropagation();
                      if (window.confirm(t('groups.confirmDelete', { name: group.name }))) {
                        void remove.run({ id: group.id });
                      }
                    }}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {groups.data?.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('groups.none')}
          </Text>
        )}
      </Paper>
      <Modal opened={creating} onClose={discard.requestClose} title={t('groups.create')}>
        <Stack gap="sm">
          <TextInput
            label={t('groups.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name ?? (create.error?.code === 'conflict' ? create.error.message : undefined)}
            data-autofocus
          />
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as GroupKind)}
            data={[
              { value: 'club', label: t('groups.kinds.club') },
              { value: 'squad', label: t('groups.kinds.squad') },
            ]}
          />
          {discard.prompt}
          <Group justify="flex-end">
            <Button variant="default" onClick={discard.requestClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={create.busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
