import { ActionIcon, Group, Popover, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { familyOf } from '../../../engine/log-matching';
import type { PainLight, Programme, Session } from '../../../engine/types';
import { formatDate, formatMonth, formatWeekday } from '../../format';
import { localToday } from '../../today';
import { monthGrid, weekdayOf } from './calendar-grid';
import { LockIcon } from './lock-icon';
import classes from './programme.module.css';
import { SessionCard, type SessionActions } from './session-card';
import { useEngineText } from './engine-text';

interface CalendarViewProps {
  programme: Programme;
  lights: ReadonlyMap<string, PainLight>;
  actions?: SessionActions;
}

/** What a chip's colour stands for: the session's family (every running kind is "run"). */
const FAMILIES = ['run', 'walk', 'cross_training', 'strength', 'mobility'] as const;

const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The programme on a month calendar; a day's sessions open as cards. Rows start on the
 * programme's start day, as its weeks do; chips are coloured by kind (with a legend, and the
 * title in words on every chip), locked sessions are dashed with a padlock, today is marked.
 */
export function CalendarView({ programme, lights, actions }: CalendarViewProps) {
  const { t } = useTranslation();
  const say = useEngineText();
  // Open on this month while the programme runs, else on its first month.
  const today = localToday();
  const opening = today >= programme.startDate && today <= programme.endDate ? today : programme.startDate;
  const [openYear, openMonth] = opening.split('-').map(Number) as [number, number];
  const [cursor, setCursor] = useState({ year: openYear, month: openMonth - 1 });
  const firstWeekday = weekdayOf(programme.startDate);
  const byDate = new Map<string, Session[]>();
  for (const week of programme.weeks) {
    for (const session of week.sessions)
      byDate.set(session.date, [...(byDate.get(session.date) ?? []), session]);
  }
  const move = (delta: number) =>
    setCursor(({ year, month }) => {
      const next = new Date(Date.UTC(year, month + delta, 1));
      return { year: next.getUTCFullYear(), month: next.getUTCMonth() };
    });
  const weekdays = Array.from({ length: 7 }, (_, i) => formatWeekday((firstWeekday + i) % 7));

  return (
    <div data-testid="calendar">
      <Group justify="space-between" mb="sm">
        <ActionIcon variant="default" onClick={() => move(-1)} aria-label={t('programme.previousMonth')}>
          ‹
        </ActionIcon>
        <Text fw={600}>{formatMonth(cursor.year, cursor.month)}</Text>
        <ActionIcon variant="default" onClick={() => move(1)} aria-label={t('programme.nextMonth')}>
          ›
        </ActionIcon>
      </Group>
      <div className={classes.calendar}>
        {weekdays.map((name) => (
          <div key={name} className={classes.dayHead} data-testid="calendar-weekday">
            {name}
          </div>
        ))}
        {monthGrid(cursor.year, cursor.month, firstWeekday).map((day) => {
          const iso = isoOf(day);
          const isToday = iso === today;
          return (
            <div
              key={iso}
              className={classes.day}
              data-outside={day.getUTCMonth() !== cursor.month || undefined}
              data-today={isToday || undefined}
              data-date={iso}
              aria-current={isToday ? 'date' : undefined}
            >
              <Group gap={4} justify="space-between" wrap="nowrap">
                <Text size="xs" fw={600} className={classes.dayNumber}>
                  {day.getUTCDate()}
                </Text>
                {isToday && (
                  <Text size="xs" fw={700} className={classes.todayLabel}>
                    {t('views.today')}
                  </Text>
                )}
              </Group>
              {(byDate.get(iso) ?? []).map((session) => (
                <Popover key={session.id} width={360} position="bottom" withArrow shadow="md">
                  <Popover.Target>
                    <UnstyledButton
                      className={classes.chip}
                      data-family={familyOf(session.kind)}
                      data-locked={session.locked || undefined}
                      data-testid="calendar-chip"
                      aria-label={`${formatDate(session.date)}: ${say(session.titleI18n, session.title)}${
                        session.locked ? ` (${t('views.families.locked')})` : ''
                      }`}
                    >
                      {session.locked && <LockIcon size={10} />} {say(session.titleI18n, session.title)}
                    </UnstyledButton>
                  </Popover.Target>
                  <Popover.Dropdown p={0}>
                    <SessionCard session={session} light={lights.get(session.id) ?? null} actions={actions} />
                  </Popover.Dropdown>
                </Popover>
              ))}
            </div>
          );
        })}
      </div>
      <Group gap="md" mt="sm" component="ul" className={classes.legend} aria-label={t('views.legend')}>
        {FAMILIES.map((family) => (
          <li key={family}>
            <span className={classes.swatch} data-family={family} aria-hidden="true" />
            {t(`views.families.${family}`)}
          </li>
        ))}
        <li>
          <span className={classes.swatch} data-locked aria-hidden="true">
            <LockIcon size={9} />
          </span>
          {t('views.families.locked')}
        </li>
      </Group>
    </div>
  );
}
