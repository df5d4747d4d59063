import { ActionIcon, Badge, Paper, Text, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardRow } from '../../contract/dashboard';
import type { RowSource } from '../api/use-paged-list';
import { formatDate } from '../format';
import classes from './caseload-table.module.css';
import { FlagBadges } from './flag-badges';
import { PainLightBadge } from './programme/pain-light-badge';

interface CaseloadTableProps {
  /** The rows to show: a roster, or one page of the caseload (allRows). */
  rows: RowSource<DashboardRow>;
  onOpen(row: DashboardRow): void;
  emptyText: string;
  /** When given, each row gets a remove button (a group roster). */
  onRemove?(row: DashboardRow): void;
}

const rowHeight = 56;

/**
 * Clients with their injury, clearance, stage, last pain light and flags; virtual, so 10,000 rows
 * stay smooth, and only the rows in view (give or take the overscan) are asked of the source.
 */
export function CaseloadTable({ rows, onOpen, emptyText, onRemove }: CaseloadTableProps) {
  const rowClass = onRemove ? `${classes.row} ${classes.withAction}` : classes.row;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { want } = rows;
  useEffect(() => want(first, last), [want, first, last]);

  return (
    <Paper withBorder radius="md" className={classes.table} role="table" aria-label={t('dashboard.title')}>
      <div className={`${rowClass} ${classes.head}`} role="row">
        <div role="columnheader">{t('dashboard.columns.client')}</div>
        <div role="columnheader">{t('dashboard.columns.injury')}</div>
        <div role="columnheader">{t('dashboard.columns.clearance')}</div>
        <div role="columnheader">{t('dashboard.columns.review')}</div>
        <div role="columnheader">{t('dashboard.columns.stage')}</div>
        <div role="columnheader">{t('dashboard.columns.lastLight')}</div>
        <div role="columnheader">{t('dashboard.columns.flags')}</div>
        {onRemove && <div role="columnheader" />}
      </div>
      {rows.total === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {emptyText}
        </Text>
      )}
      <div ref={scroller} className={classes.scroller} hidden={rows.total === 0}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows.at(item.index);
            const position = {
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: rowHeight,
              transform: `translateY(${item.start}px)`,
            } as const;
            if (!row) {
              return (
                <div key={`loading-${item.index}`} className={rowClass} role="row" style={position}>
                  <Text role="cell" size="sm" c="dimmed">
                    {t('common.loading')}
                  </Text>
                </div>
              );
            }
            return (
              <div
                key={`client-${row.clientId}`}
                className={`${rowClass} ${classes.clickable}`}
                role="row"
                tabIndex={0}
                data-testid="caseload-row"
                onClick={() => onOpen(row)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') onOpen(row);
                }}
                style={position}
              >
                <div role="cell">
                  <Text fw={600} size="sm" truncate>
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {row.groups.join(', ')}
                  </Text>
                </div>
                <div role="cell">
                  <Text size="sm" truncate>
                    {row.injuryType ? t(`injuryTypes.${row.injuryType}`) : '—'}
                    {row.side && row.side !== 'na' ? ` (${t(`sides.${row.side}`)})` : ''}
                  </Text>
                </div>
                <div role="cell">
                  {row.clearanceLevel ? (
                    <Badge variant="outline" size="sm">
                      {t(`clearance.levels.${row.clearanceLevel}`)}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </div>
                <div role="cell">
                  <Text size="sm">{formatDate(row.reviewDate)}</Text>
                </div>
                <div role="cell">
                  <Text size="sm">{row.currentStage ?? '—'}</Text>
                </div>
                <div role="cell">{row.lastLight ? <PainLightBadge light={row.lastLight} /> : '—'}</div>
                <div role="cell">
                  <FlagBadges flags={row.flags} />
                </div>
                {onRemove && (
                  <div role="cell">
                    <Tooltip label={t('groups.remove', { name: row.name })}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('groups.remove', { name: row.name })}
                        onClick={(event) => {
                          event.stopPropagation();
                          onRemove(row);
                        }}
                      >
                        ×
                      </ActionIcon>
                    </Tooltip>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
