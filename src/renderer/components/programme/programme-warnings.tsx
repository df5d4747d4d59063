import { Alert, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { warningDisplays, type ShownWarning } from './warnings';
import { engineLocale } from './engine-text';

/**
 * The programme's warnings for the clinician. Those the client's print carries as well get a
 * badge, in words (not colour alone), so the clinician knows what the client will read.
 */
export function ProgrammeWarnings({ warnings }: { warnings: readonly ShownWarning[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {warningDisplays(warnings, engineLocale(i18n.language)).map((warning) => (
        <Alert
          key={warning.key}
          color={warning.colour}
          variant="light"
          data-testid="programme-warning"
          data-audience={warning.onClientPrint ? 'client' : 'clinician'}
        >
          <Stack gap={4} align="flex-start">
            {warning.onClientPrint && (
              <Badge variant="default" size="sm" data-testid="on-client-print">
                {t('programme.onClientPrint')}
              </Badge>
            )}
            <Text size="sm">{warning.message}</Text>
          </Stack>
        </Alert>
      ))}
    </>
  );
}
