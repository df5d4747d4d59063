import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardFlag } from '../../contract/dashboard';

const colours: Record<DashboardFlag, string> = {
  refer: 'grape',
  red_7d: 'red',
  review_due: 'orange',
  awaiting_clearance: 'gray',
  no_log_10d: 'yellow',
  ready_to_advance: 'teal',
  no_log_since_flare: 'orange',
  stalled: 'blue',
  criteria_met: 'teal',
  retest_due: 'cyan',
  morning_pain_due: 'indigo',
};

/** A client's caseload flags as small labelled badges. */
export function FlagBadges({ flags }: { flags: readonly DashboardFlag[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {flags.map((flag) => (
        <Badge key={flag} size="sm" variant="light" color={colours[flag]} data-flag={flag}>
          {t(`flags.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
