import { Badge, Button, Group, List, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainLight, Session } from '../../../engine/types';
import { formatDay } from '../../format';
import { LockIcon } from './lock-icon';
import { PainLightBadge } from './pain-light-badge';
import classes from './programme.module.css';
import { SessionBar } from './session-bar';
import { useEngineText } from './engine-text';

/** What a clinician can do with a session from the programme views. */
export interface SessionActions {
  /** The local date the plan was derived for: only sessions from today on can be adjusted. */
  today: string;
  onLog?(session: Session): void;
  onAdjust?(session: Session): void;
  onUndoAdjustment?(session: Session): void;
}

interface SessionCardProps {
  session: Session;
  /** The light of the client's log of this session, when there is one. */
  light: PainLight | null;
  actions?: SessionActions;
}

/** A session the client has reported on (a second report corrects the first). */
export const logged = (session: Session): boolean =>
  session.status === 'done' || session.status === 'stopped';

const statusColours = {
  planned: 'gray',
  done: 'green',
  missed: 'orange',
  stopped: 'red',
  not_logged: 'gray',
} as const;

/** Not logged is neutral, not a problem: the plain default badge (readable in light and dark). */
const statusVariant = (status: Session['status']): 'light' | 'default' =>
  status === 'not_logged' ? 'default' : 'light';

/** One session as the clinician reviews it: what, how long, how hard, why — or why it is locked. */
export function SessionCard({ session, light, actions }: SessionCardProps) {
  const { t } = useTranslation();
  const say = useEngineText();
  const hasBar = session.kind !== 'strength' && session.kind !== 'mobility';
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      className={classes.card}
      data-locked={session.locked || undefined}
      data-kind={session.kind}
      data-testid="session-card"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text size="xs" c="dimmed">
              {formatDay(session.date)}
            </Text>
            <Text fw={600}>{say(session.titleI18n, session.title)}</Text>
          </div>
          <Group gap={4}>
            {session.locked && (
              <Badge
                color="gray"
                variant="outline"
                leftSection={<LockIcon />}
                title={t('views.lockedUntil', {
                  level: t(`clearance.levels.${session.requiresClearance}`),
                })}
                data-testid="lock-badge"
              >
                {t(`clearance.levels.${session.requiresClearance}`)}
              </Badge>
            )}
            {session.status !== 'planned' && (
              <Badge
                color={statusColours[session.status]}
                variant={statusVariant(session.status)}
                data-status={session.status}
              >
                {t(`programme.status.${session.status}`)}
              </Badge>
            )}
            {light && <PainLightBadge light={light} />}
            {session.adjusted && (
              <Badge
                color="indigo"
                variant="light"
                title={session.adjusted.reason}
                data-testid="adjusted-badge"
              >
                {t('programme.adjustedBy', { by: session.adjusted.by })}
              </Badge>
            )}
          </Group>
        </Group>
        <Group gap="md">
          <Text size="sm">{t('programme.minutes', { count: session.durationMinutes })}</Text>
          {session.runMinutes > 0 && (
            <Text size="sm" c="dimmed">
              {t('programme.runWalk', { run: session.runMinutes, walk: session.walkMinutes })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('programme.effort', {
              rpe:
                session.effort.rpeMin === session.effort.rpeMax
                  ? session.effort.rpeMin
                  : `${session.effort.rpeMin}–${session.effort.rpeMax}`,
              talk: say(session.effort.talkTestI18n, session.effort.talkTest),
            })}
          </Text>
        </Group>
        {hasBar && <SessionBar blocks={session.blocks} />}
        {session.exercises.length > 0 && (
          <List size="sm" spacing={2}>
            {session.exercises.map((exercise) => (
              <List.Item key={exercise.name}>
                <Text span size="sm" fw={500}>
                  {say(exercise.nameI18n, exercise.name)}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  {exercise.sets} × {exercise.reps ?? `${exercise.seconds ?? 0} s`} —{' '}
                  {say(exercise.notesI18n, exercise.notes)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {session.locked && session.lockedReason && (
          <Text size="sm" c="dimmed" data-testid="locked-reason">
            {say(session.lockedReasonI18n, session.lockedReason)}
          </Text>
        )}
        <WhyList session={session} />
        <SessionButtons session={session} actions={actions} />
      </Stack>
    </Paper>
  );
}

/**
 * Why the session is as it is, in words. The rule ids (R4, E14) mean something to those who know
 * the clinical reference, so they are on hover, not in the text. The entries render only when
 * opened: most cards are never asked.
 */
function WhyList({ session }: { session: Session }) {
  const { t } = useTranslation();
  const say = useEngineText();
  const [open, setOpen] = useState(false);
  if (session.explain.length === 0) return null;
  return (
    <div>
      <UnstyledButton
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        className={classes.whyToggle}
        data-testid="why-toggle"
      >
        {open ? t('programme.hideWhy') : t('programme.why')}
      </UnstyledButton>
      {open && (
        <List size="xs" spacing={2} mt={4} data-testid="why-list">
          {session.explain.map((entry, index) => (
            <List.Item key={index}>
              <Text span size="xs" title={t('views.ruleId', { rule: entry.rule })} data-rule={entry.rule}>
                {say(entry.i18n, entry.text)}
              </Text>
              {entry.audience === 'clinician' && (
                <Text span size="xs" fs="italic">
                  {' '}
                  ({t('programme.notOnClientPrint')})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/** Log, adjust or undo an adjustment: each where it makes sense for the session. */
function SessionButtons({ session, actions }: { session: Session; actions: SessionActions | undefined }) {
  const { t } = useTranslation();
  if (!actions) return null;
  const { onLog, onAdjust, onUndoAdjustment, today } = actions;
  // A session is logged on its day or later, never ahead of time.
  const canLog = onLog && !session.locked && session.date <= today;
  // A session not yet done, today or later; a held week shows on its sessions but is undone the same way.
  const canAdjust = onAdjust && !logged(session) && session.date >= today;
  const canUndo = onUndoAdjustment && session.adjusted && !logged(session);
  if (!canLog && !canAdjust && !canUndo) return null;
  return (
    <Group justify="flex-end" gap="xs">
      {canUndo && (
        <Button size="compact-sm" variant="subtle" onClick={() => onUndoAdjustment(session)}>
          {t('programme.undoAdjustment')}
        </Button>
      )}
      {canAdjust && (
        <Button size="compact-sm" variant="default" onClick={() => onAdjust(session)}>
          {t('programme.adjust')}
        </Button>
      )}
      {canLog && (
        <Button size="compact-sm" variant="light" onClick={() => onLog(session)}>
          {logged(session) ? t('programme.relog') : t('programme.log')}
        </Button>
      )}
    </Group>
  );
}
