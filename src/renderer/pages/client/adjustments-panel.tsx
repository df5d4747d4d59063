import { Button, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Adjustment } from '../../../contract/adjustments';
import { formatDay, formatTimestamp } from '../../format';

interface AdjustmentsPanelProps {
  adjustments: readonly Adjustment[];
  /** The engine ids of the adjustments it could not apply (not in the plan any more, or unsafe now). */
  notApplied: ReadonlySet<string>;
  onRemove(adjustment: Adjustment): void;
}

/** What the clinician changed in the proposed plan: who, when, why, and a way to take it back. */
export function AdjustmentsPanel({ adjustments, notApplied, onRemove }: AdjustmentsPanelProps) {
  const { t } = useTranslation();
  if (adjustments.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="adjustments-panel">
      <Title order={5} mb="xs">
        {t('adjust.listTitle')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('adjust.session')}</Table.Th>
              <Table.Th>{t('adjust.change')}</Table.Th>
              <Table.Th>{t('adjust.why')}</Table.Th>
              <Table.Th>{t('adjust.whoWhen')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('adjust.remove')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {adjustments.map((adjustment) => {
              const refused = notApplied.has(String(adjustment.id).padStart(8, '0'));
              return (
                <Table.Tr key={adjustment.id}>
                  <Table.Td>
                    {formatDay(adjustment.date)}
                    {adjustment.kind ? ` · ${t(`adjust.kinds.${adjustment.kind}`)}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {describe(adjustment, t)}
                    {refused && (
                      <Text size="xs" c="orange.8">
                        {t('adjust.notApplied')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{adjustment.reason}</Table.Td>
                  <Table.Td>
                    {adjustment.by}
                    <Text size="xs" c="dimmed">
                      {formatTimestamp(adjustment.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => onRemove(adjustment)}>
                      {t('adjust.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function describe(
  adjustment: Adjustment,
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  const { action } = adjustment;
  switch (action.type) {
    case 'move':
      return t('adjust.described.move', { date: formatDay(action.toDate) });
    case 'shorten':
      return t('adjust.described.shorten', { minutes: action.minutes });
    case 'swap_cross_training':
      return action.modality
        ? t('adjust.described.swapTo', { modality: t(`modalities.${action.modality}`) })
        : t('adjust.described.swap');
    default:
      return t(`adjust.described.${action.type}`);
  }
}
