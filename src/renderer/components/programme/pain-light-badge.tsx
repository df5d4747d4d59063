import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PainLight } from '../../../engine/types';

const colours: Record<PainLight, string> = {
  green: 'green',
  amber: 'yellow',
  orange: 'orange',
  red: 'red',
  refer: 'grape',
};

/** The traffic light of a logged session, in words as well as colour. */
export function PainLightBadge({ light }: { light: PainLight }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[light]} variant="filled" data-light={light}>
      {t(`lights.${light}`)}
    </Badge>
  );
}
