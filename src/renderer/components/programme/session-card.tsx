import { Badge, Button, Group, List, Paper, Spoiler, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PainLight, Session } from '../../../engine/types';
import { formatDay } from '../../format';
import { PainLightBadge } from './pain-light-badge';
import classes from './programme.module.css';
import { SessionBar } from './session-bar';

interface SessionCardProps {
  session: Session;
  /** The light of the client's log of this session, when there is one. */
  light: PainLight | null;
  onLog?(session: Session): void;
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
export function SessionCard({ session, light, onLog }: SessionCardProps) {
  const { t } = useTranslation();
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
            <Text fw={600}>{session.title}</Text>
          </div>
          <Group gap={4}>
            {session.locked && (
              <Badge color="gray" variant="outline">
                🔒 {t(`clearance.levels.${session.requiresClearance}`)}
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
              talk: session.effort.talkTest,
            })}
          </Text>
        </Group>
        {hasBar && <SessionBar blocks={session.blocks} />}
        {session.exercises.length > 0 && (
          <List size="sm" spacing={2}>
            {session.exercises.map((exercise) => (
              <List.Item key={exercise.name}>
                <Text span size="sm" fw={500}>
                  {exercise.name}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  {exercise.sets} × {exercise.reps ?? `${exercise.seconds ?? 0} s`} — {exercise.notes}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {session.locked && session.lockedReason && (
          <Text size="sm" c="dimmed" data-testid="locked-reason">
            {session.lockedReason}
          </Text>
        )}
        <Spoiler maxHeight={0} showLabel={t('programme.why')} hideLabel={t('programme.hideWhy')}>
          <Stack gap={2}>
            {session.explain.map((entry, index) => (
              <Text key={index} size="xs">
                <Text span size="xs" fw={700}>
                  {entry.rule}
                </Text>{' '}
                {entry.text}
                {entry.audience === 'clinician' && (
                  <Text span size="xs" fs="italic">
                    {' '}
                    ({t('programme.notOnClientPrint')})
                  </Text>
                )}
              </Text>
            ))}
          </Stack>
        </Spoiler>
        {onLog && !session.locked && (
          <Group justify="flex-end">
            <Button size="compact-sm" variant="light" onClick={() => onLog(session)}>
              {logged(session) ? t('programme.relog') : t('programme.log')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
