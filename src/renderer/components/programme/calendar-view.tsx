import { ActionIcon, Group, Popover, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainLight, Programme, Session } from '../../../engine/types';
import { formatMonth } from '../../format';
import { localToday } from '../../today';
import { monthGrid } from './calendar-grid';
import classes from './programme.module.css';
import { SessionCard, type SessionActions } from './session-card';
import { useEngineText } from './engine-text';

interface CalendarViewProps {
  programme: Programme;
  lights: ReadonlyMap<string, PainLight>;
  actions?: SessionActions;
}

const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

/** The programme on a month calendar; a day's sessions open as cards. */
export function CalendarView({ programme, lights, actions }: CalendarViewProps) {
  const { t } = useTranslation();
  const say = useEngineText();
  // Open on this month while the programme runs, else on its first month.
  const today = localToday();
  const opening = today >= programme.startDate && today <= programme.endDate ? today : programme.startDate;
  const [openYear, openMonth] = opening.split('-').map(Number) as [number, number];
  const [cursor, setCursor] = useState({ year: openYear, month: openMonth - 1 });
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
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
      weekday: 'short',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 0, d))),
  );

  return (
    <div>
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
          <div key={name} className={classes.dayHead}>
            {name}
          </div>
        ))}
        {monthGrid(cursor.year, cursor.month).map((day) => {
          const iso = isoOf(day);
          return (
            <div
              key={iso}
              className={classes.day}
              data-outside={day.getUTCMonth() !== cursor.month || undefined}
            >
              <Text size="xs" fw={600}>
                {day.getUTCDate()}
              </Text>
              {(byDate.get(iso) ?? []).map((session) => (
                <Popover key={session.id} width={360} position="bottom" withArrow shadow="md">
                  <Popover.Target>
                    <UnstyledButton className={classes.chip} data-locked={session.locked || undefined}>
                      {session.locked ? '🔒 ' : ''}
                      {say(session.titleI18n, session.title)}
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
    </div>
  );
}
