import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandedOut } from '../../../contract/programmes';
import type { PlanChangedNotice } from '../../components/programme/programme-warnings';
import { formatTimestamp } from '../../format';

/**
 * What the client holds: the latest print or export, when the record has not changed the plan
 * since (one quiet line). When it has, `usePlanChanged` words it for the programme's one notice.
 */
export function HandedOutNotice({ handedOut }: { handedOut: HandedOut | null }) {
  const { t } = useTranslation();
  if (!handedOut || handedOut.changedSince.length > 0) return null;
  const how = t(`programme.handedOut.purposes.${handedOut.purpose}`);
  return (
    <Text size="sm" c="dimmed" data-testid="handed-out">
      {t('programme.handedOut.current', { how, date: formatTimestamp(handedOut.at) })}
    </Text>
  );
}

/** "The plan has changed since it was printed on …", and what changed; null while the client's copy is current. */
export function usePlanChanged(handedOut: HandedOut | null): PlanChangedNotice | null {
  const { t } = useTranslation();
  if (!handedOut || handedOut.changedSince.length === 0) return null;
  const how = t(`programme.handedOut.purposes.${handedOut.purpose}`);
  const what = handedOut.changedSince.map((input) => t(`programme.handedOut.inputs.${input}`)).join(', ');
  return {
    title: t('programme.handedOut.changedTitle', { how, date: formatTimestamp(handedOut.at) }),
    text: t('programme.handedOut.changedText', { what }),
  };
}
