import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PainLight, Programme } from '../../../engine/types';
import { formatDay } from '../../format';
import { SessionCard, type SessionActions } from './session-card';
import { useEngineText } from './engine-text';

interface WeekViewProps {
  programme: Programme;
  lights: ReadonlyMap<string, PainLight>;
  actions?: SessionActions;
}

/** The programme week by week: phase, focus, totals and every session. */
export function WeekView({ programme, lights, actions }: WeekViewProps) {
  const { t } = useTranslation();
  const say = useEngineText();
  return (
    <Stack gap="xl">
      {programme.weeks.map((week) => (
        <Stack key={week.index} gap="xs" data-testid="programme-week">
          <Group justify="space-between" align="baseline">
            <Group gap="xs" align="baseline">
              <Title order={4}>{t('programme.week', { index: week.index })}</Title>
              <Text size="sm" c="dimmed">
                {formatDay(week.startDate)} – {formatDay(week.endDate)}
              </Text>
              <Badge variant="light">{t(`programme.phases.${week.phase}`)}</Badge>
              {week.cutback && (
                <Badge variant="outline" color="blue">
                  {t('programme.cutback')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('programme.totals', {
                run: week.totals.runMinutes,
                walk: week.totals.walkMinutes,
                cross: week.totals.crossMinutes,
              })}
            </Text>
          </Group>
          {week.focus && (
            <Text size="sm" fs="italic">
              {say(week.focusI18n, week.focus)}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
            {week.sessions.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                light={lights.get(session.id) ?? null}
                actions={actions}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
