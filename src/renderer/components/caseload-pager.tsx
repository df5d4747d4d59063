import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CaseloadPagerProps {
  /** Index of the page's first row among all matching clients (0-based). */
  position: number;
  /** Rows on this page. */
  shown: number;
  /** Matching clients in all. */
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** A move is under way: clicks wait for it. */
  busy: boolean;
  onFirst(): void;
  onPrevious(): void;
  onNext(): void;
  onLast(): void;
}

/**
 * "51–100 of 10,234" and first, previous, next and last: pages are read by key, so there are no
 * page numbers to jump to. Plain buttons in a labelled navigation landmark: Tab reaches each one,
 * Enter or Space moves.
 */
export function CaseloadPager(props: CaseloadPagerProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'de' ? 'de-DE' : 'en-GB');
  const range =
    props.shown === 0
      ? t('dashboard.pager.none')
      : t('dashboard.pager.range', {
          from: number.format(props.position + 1),
          to: number.format(props.position + props.shown),
          total: number.format(props.total),
        });
  // Unavailable moves stay focusable (aria-disabled, not disabled), so the focus stays on a button
  // pressed on the way to the last page instead of falling back to the page.
  const move = (label: string, enabled: boolean, onClick: () => void, testId: string) => (
    <Button
      variant="default"
      size="xs"
      data-disabled={!enabled || undefined}
      aria-disabled={!enabled}
      onClick={() => {
        if (enabled && !props.busy) onClick();
      }}
      data-testid={testId}
    >
      {label}
    </Button>
  );
  return (
    <Group component="nav" aria-label={t('dashboard.pager.label')} justify="space-between" gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="pager-range">
        {range}
      </Text>
      <Group gap="xs">
        {move(t('dashboard.pager.first'), props.hasPrevious, props.onFirst, 'pager-first')}
        {move(t('dashboard.pager.previous'), props.hasPrevious, props.onPrevious, 'pager-previous')}
        {move(t('dashboard.pager.next'), props.hasNext, props.onNext, 'pager-next')}
        {move(t('dashboard.pager.last'), props.hasNext, props.onLast, 'pager-last')}
      </Group>
    </Group>
  );
}
