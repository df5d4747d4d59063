import { Alert, Badge, Group, List, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningDisplays, type ShownWarning } from './warnings';
import { engineLocale } from './engine-text';
import classes from './programme.module.css';

/**
 * The programme's warnings for the clinician, as one notice (several banners pushed the plan
 * below the fold): the most serious one is shown, the others one click away. Those the client's
 * print carries as well get a badge, in words (not colour alone), so the clinician knows what the
 * client will read.
 */
export function ProgrammeWarnings({ warnings }: { warnings: readonly ShownWarning[] }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = warningDisplays(warnings, engineLocale(i18n.language));
  if (shown.length === 0) return null;
  // The engine lists the most serious first: its colour is the notice's. Critical ones always show.
  const listed = open ? shown : shown.filter((warning, index) => index === 0 || warning.colour === 'red');
  const more = shown.length - listed.length;
  return (
    <Alert color={shown[0]!.colour} variant="light" p="sm" data-testid="programme-notice">
      <List size="sm" spacing={6} listStyleType={shown.length > 1 ? 'disc' : 'none'}>
        {listed.map((warning) => (
          <List.Item
            key={warning.key}
            data-testid="programme-warning"
            data-audience={warning.onClientPrint ? 'client' : 'clinician'}
          >
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
