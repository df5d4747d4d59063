import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../contract/clients';
import { useChannel } from '../../api/use-channel';
import { PainLightBadge } from '../../components/programme/pain-light-badge';
import { formatDate } from '../../format';
import { navigate } from '../../router';

/** The client at a glance: who, what injury, cleared for what, and how the programme is going. */
export function OverviewTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const injuries = useChannel('injuries.list', { clientId: client.id });
  const clearances = useChannel('clearances.list', { clientId: client.id });
  const programme = useChannel('programmes.current', { clientId: client.id });
  // The caseload line is the one source of the latest log and its light (sessions.list is oldest first).
  const line = useChannel('caseload.get', { clientId: client.id });
  const active = injuries.data?.find((injury) => injury.status === 'active') ?? null;
  const clearance = clearances.data?.[0] ?? null;
  const plan = programme.data?.derived?.programme ?? null;
  const lastLogDate = line.data?.lastLogDate ?? null;
  const lastLight = line.data?.lastLight ?? null;
  const morningPainDue = line.data?.flags.includes('morning_pain_due') ?? false;
  const go = (tab: string) => navigate({ name: 'client', clientId: client.id, tab });

  return (
    <Stack gap="md">
      {plan?.status === 'refer' && (
        <Alert color="grape" title={t('overview.referTitle')}>
          {t('overview.referText')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Title order={5} mb="xs">
            {t('overview.client')}
          </Title>
          <Text size="sm">
            {client.birthDate ? t('overview.born', { date: formatDate(client.birthDate) }) : '—'}
          </Text>
          <Text size="sm">{client.email ?? ''}</Text>
          <Text size="sm">{client.phone ?? ''}</Text>
          {client.notes && (
            <Text size="sm" c="dimmed" mt="xs">
              {client.notes}
            </Text>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={5} mb="xs">
            {t('overview.injury')}
          </Title>
          {active ? (
            <>
              <Text size="sm" fw={500}>
                {t(`injuryTypes.${active.type}`)}
                {active.side !== 'na' ? ` (${t(`sides.${active.side}`)})` : ''}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`severities.${active.severity}`)} · {t('overview.notes', { count: active.notes.length })}
              </Text>
            </>
          ) : (
            <Button size="compact-sm" variant="light" onClick={() => go('injuries')}>
              {t('overview.addInjury')}
            </Button>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={5} mb="xs">
            {t('overview.clearance')}
          </Title>
          {clearance ? (
            <>
              <Badge variant="outline">{t(`clearance.levels.${clearance.level}`)}</Badge>
              <Text size="sm" mt={4}>
                {t('overview.clearedBy', { by: clearance.by, date: formatDate(clearance.date) })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('overview.review', { date: formatDate(clearance.reviewDate) })}
              </Text>
              {clearance.overrideSportGate && (
                <Text size="sm" c="orange">
                  {t('clearance.sportGateOverridden')}
                </Text>
              )}
            </>
          ) : (
            <Button size="compact-sm" variant="light" onClick={() => go('clearance')}>
              {t('overview.recordClearance')}
            </Button>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={5} mb="xs">
            {t('overview.programme')}
          </Title>
          {plan ? (
            <>
              <Group gap="xs">
                <Badge>{t(`programme.statuses.${plan.status}`)}</Badge>
                {plan.currentStage !== null && (
                  <Text size="sm">{t('overview.stage', { stage: plan.currentStage })}</Text>
                )}
              </Group>
              {lastLogDate && (
                <Group gap="xs" mt={4} data-testid="overview-last-log">
                  <Text size="sm">{t('overview.lastLog', { date: formatDate(lastLogDate) })}</Text>
                  {lastLight && <PainLightBadge light={lastLight} />}
                </Group>
              )}
              {morningPainDue && (
                <Text size="sm" c="indigo" mt={4} data-testid="overview-morning-pain-due">
                  {t('logForms.morningDue')}
                </Text>
              )}
              <Button size="compact-sm" variant="light" mt="xs" onClick={() => go('programme')}>
                {t('overview.openProgramme')}
              </Button>
            </>
          ) : (
            <Button size="compact-sm" variant="light" onClick={() => go('programme')}>
              {t('overview.createProgramme')}
            </Button>
          )}
        </Paper>
      </SimpleGrid>
      {plan && plan.warnings.length > 0 && (
        <Stack gap="xs">
          {plan.warnings.map((warning) => (
            <Alert
              key={warning.code}
              color={warning.severity === 'critical' ? 'red' : 'orange'}
              variant="light"
            >
              {warning.message}
            </Alert>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
