import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo, startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainLight, Programme, Week } from '../../../engine/types';
import { formatDayRange } from '../../format';
import { LockIcon } from './lock-icon';
import classes from './programme.module.css';
import { SessionCard, type SessionActions } from './session-card';
import { useEngineText } from './engine-text';

interface WeekViewProps {
  programme: Programme;
  lights: ReadonlyMap<string, PainLight>;
  actions?: SessionActions;
}

/** Weeks drawn at once; the rest follow a few at a time, so the first card shows at once. */
const FIRST_WEEKS = 1;
const WEEKS_PER_STEP = 3;

/**
 * How many weeks are drawn: the first few at once, then the others in steps between frames (a
 * transition, so typing or clicking is never held up). A 26-week plan is well over a hundred cards,
 * which took more than a second to draw in one go; every week still ends up on the page, so
 * find-in-page and print see the whole plan.
 */
function useWeeksDrawn(total: number): number {
  const [drawn, setDrawn] = useState(FIRST_WEEKS);
  useEffect(() => {
    if (drawn >= total) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((n) => n + WEEKS_PER_STEP)), 0);
    return () => clearTimeout(timer);
  }, [drawn, total]);
  return Math.min(drawn, total);
}

/** The programme week by week: phase, focus, totals and every session. */
export function WeekView({ programme, lights, actions }: WeekViewProps) {
  const drawn = useWeeksDrawn(programme.weeks.length);
  return (
    <Stack gap="xl" data-testid="programme-weeks" data-complete={drawn === programme.weeks.length}>
      {programme.weeks.slice(0, drawn).map((week) => (
        <WeekSection key={week.index} week={week} lights={lights} actions={actions} />
      ))}
    </Stack>
  );
}

/** One week; memoised, so drawing the next weeks does not draw the earlier ones again. */
const WeekSection = memo(function WeekSection({
  week,
  lights,
  actions,
}: {
  week: Week;
  lights: ReadonlyMap<string, PainLight>;
  actions?: SessionActions;
}) {
  const { t } = useTranslation();
  const say = useEngineText();
  return (
    <Stack gap="xs" data-testid="programme-week" className={classes.week}>
      <Group justify="space-between" align="baseline">
        <Group gap="xs" align="baseline">
          <Title order={4}>{t('programme.week', { index: week.index })}</Title>
          <Text size="sm" c="dimmed">
            {formatDayRange(week.startDate, week.endDate)}
          </Text>
          <Badge variant="light">{t(`programme.phases.${week.phase}`)}</Badge>
          {week.cutback && (
            <Badge variant="outline" color="blue">
              {t('programme.cutback')}
            </Badge>
          )}
        </Group>
        <WeekTotals week={week} />
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
  );
});

/**
 * The week's minutes. The engine's totals leave locked sessions out, so a week waiting for a
 * clearance would read "Run 0 min · walk 0 min" under a running badge: such a week says it is
 * locked and what it plans once cleared.
 */
function WeekTotals({ week }: { week: Week }) {
  const { t } = useTranslation();
  const locked = week.sessions.filter((session) => session.locked);
  const { runMinutes, walkMinutes, crossMinutes } = week.totals;
  if (locked.length > 0 && runMinutes + walkMinutes + crossMinutes === 0) {
    const run = locked.reduce((sum, session) => sum + session.runMinutes, 0);
    const walk = locked.reduce((sum, session) => sum + session.walkMinutes, 0);
    const level = locked[0]!.requiresClearance;
    return (
      <Group gap={6} wrap="nowrap" data-testid="week-locked">
        <LockIcon size={14} />
        <Text size="sm" c="dimmed">
          {t('views.weekLocked', { level: t(`clearance.levels.${level}`), run, walk })}
        </Text>
      </Group>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {t('programme.totals', { run: runMinutes, walk: walkMinutes, cross: crossMinutes })}
    </Text>
  );
}
