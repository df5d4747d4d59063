import { Alert, Badge, Group, List, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningDisplays, type ShownWarning } from './warnings';
import { engineLocale } from './engine-text';
import classes from './programme.module.css';

/** The record changed the plan since the client's copy was printed or exported. */
export interface PlanChangedNotice {
  title: string;
  text: string;
}

const PLAN_CHANGED_KEY = 'plan-changed';

/**
 * The programme's warnings for the clinician, and whether the client's copy is out of date, as one
 * notice (several banners pushed the plan below the fold): the most serious one is shown, the
 * others one click away. Critical warnings and "the plan has changed since it was printed" always
 * show. Those the client's print carries as well get a badge, in words (not colour alone), so the
 * clinician knows what the client will read.
 */
export function ProgrammeWarnings({
  warnings,
  planChanged = null,
}: {
  warnings: readonly ShownWarning[];
  planChanged?: PlanChangedNotice | null;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const engineShown = warningDisplays(warnings, engineLocale(i18n.language));
  // After the critical warnings (the engine lists the most serious first), before the others.
  const critical = engineShown.filter((warning) => warning.colour === 'red').length;
  const shown = planChanged
    ? [
        ...engineShown.slice(0, critical),
        { key: PLAN_CHANGED_KEY, colour: 'yellow', message: planChanged.text, onClientPrint: false },
        ...engineShown.slice(critical),
      ]
    : engineShown;
  if (shown.length === 0) return null;
  // The first one's colour is the notice's.
  const listed = open
    ? shown
    : shown.filter(
        (warning, index) => index === 0 || warning.colour === 'red' || warning.key === PLAN_CHANGED_KEY,
      );
  const more = shown.length - listed.length;
  return (
    <Alert color={shown[0]!.colour} variant="light" p="sm" data-testid="programme-notice">
      <List size="sm" spacing={6} listStyleType={shown.length > 1 ? 'disc' : 'none'}>
        {listed.map((warning) => (
          <List.Item
            key={warning.key}
            data-testid={warning.key === PLAN_CHANGED_KEY ? 'plan-changed' : 'programme-warning'}
            data-audience={warning.onClientPrint ? 'client' : 'clinician'}
          >
            {warning.key === PLAN_CHANGED_KEY && planChanged && (
              <Text size="sm" fw={700} span>
                {planChanged.title}.{' '}
              </Text>
            )}
            <Text size="sm" span>
              {warning.message}
            </Text>
            {warning.onClientPrint && (
              <Badge variant="default" size="sm" ml={6} data-testid="on-client-print" tt="none">
                {t('programme.onClientPrint')}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
      {(more > 0 || open) && shown.length > 1 && (
        <Group mt={6}>
          <UnstyledButton
            className={classes.whyToggle}
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            data-testid="notice-toggle"
          >
            {open ? t('views.fewerNotices') : t('views.moreNotices', { count: more })}
          </UnstyledButton>
        </Group>
      )}
    </Alert>
  );
}
