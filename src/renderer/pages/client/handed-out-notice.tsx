import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandedOut } from '../../../contract/programmes';
import { formatTimestamp } from '../../format';

/**
 * What the client holds: the latest print or export, and whether the record has changed the plan
 * since. The programme follows the record at once; this says when the client's copy is out of date.
 */
export function HandedOutNotice({ handedOut }: { handedOut: HandedOut | null }) {
  const { t } = useTranslation();
  if (!handedOut) return null;
  const when = formatTimestamp(handedOut.at);
  const how = t(`programme.handedOut.purposes.${handedOut.purpose}`);
  if (handedOut.changedSince.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="handed-out">
        {t('programme.handedOut.current', { how, date: when })}
      </Text>
    );
  }
  const what = handedOut.changedSince.map((input) => t(`programme.handedOut.inputs.${input}`)).join(', ');
  return (
    <Alert
      color="yellow"
      title={t('programme.handedOut.changedTitle', { how, date: when })}
      data-testid="plan-changed"
    >
      {t('programme.handedOut.changedText', { what })}
    </Alert>
  );
}
