import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChannel } from '../../api/use-channel';
import { navigate } from '../../router';
import { AssessmentsTab } from './assessments.tab';
import { ClearanceTab } from './clearance.tab';
import { InjuriesTab } from './injuries.tab';
import { IntakeTab } from './intake.tab';
import { OverviewTab } from './overview.tab';
import { ProgrammeTab } from './programme.tab';
import { ProgressTab } from './progress.tab';
import { RecordTab } from './record.tab';

export const clientTabs = [
  'overview',
  'injuries',
  'clearance',
  'assessments',
  'intake',
  'programme',
  'progress',
  'record',
] as const;
type ClientTab = (typeof clientTabs)[number];

/** Everything about one client, a tab per task. */
export function ClientPage({ clientId, tab }: { clientId: number; tab: string }) {
  const { t } = useTranslation();
  const client = useChannel('clients.get', { id: clientId });
  const current: ClientTab = (clientTabs as readonly string[]).includes(tab)
    ? (tab as ClientTab)
    : 'overview';

  // After an erase the record is gone, but the page stays until the clinician has read what the
  // erase did (a re-read then fails with not_found while the last answer is still at hand).
  if (client.error && !client.data) {
    return (
      <Stack>
        <Text c="red" role="alert">
          {client.error.code === 'not_found' ? t('client.notFound') : client.error.message}
        </Text>
        <Anchor onClick={() => navigate({ name: 'dashboard' })}>{t('client.backToCaseload')}</Anchor>
      </Stack>
    );
  }
  if (!client.data) return <Text c="dimmed">{t('common.loading')}</Text>;

  return (
    <Stack gap="md">
      <Group gap="sm" align="baseline">
        <Title order={2}>{client.data.name}</Title>
        {client.data.archived && <Badge color="gray">{t('clients.archived')}</Badge>}
      </Group>
      <Tabs
        value={current}
        onChange={(value) => value && navigate({ name: 'client', clientId, tab: value })}
        keepMounted={false}
      >
        <Tabs.List>
          {clientTabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`client.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab client={client.data} />
        </Tabs.Panel>
        <Tabs.Panel value="injuries" pt="md">
          <InjuriesTab clientId={clientId} />
        </Tabs.Panel>
        <Tabs.Panel value="clearance" pt="md">
          <ClearanceTab clientId={clientId} />
        </Tabs.Panel>
        <Tabs.Panel value="assessments" pt="md">
          <AssessmentsTab clientId={clientId} />
        </Tabs.Panel>
        <Tabs.Panel value="intake" pt="md">
          <IntakeTab clientId={clientId} />
        </Tabs.Panel>
        <Tabs.Panel value="programme" pt="md">
          <ProgrammeTab clientId={clientId} />
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="md">
          <ProgressTab clientId={clientId} />
        </Tabs.Panel>
        <Tabs.Panel value="record" pt="md">
          <RecordTab client={client.data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
