import { ActionIcon, Badge, Paper, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
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

/**
 * Clients with their injury, clearance, stage, last pain light and flags, as a plain table that
 * is part of the page: the page scrolls, not a box inside it (a box cut the last rows off). What
 * it shows is bounded — a caseload page (50 rows) or a roster — so every row is drawn, and the
 * columns take the width their content needs (German words are longer) instead of fixed tracks
 * that truncated injuries while the flags had room.
 */
export function CaseloadTable({ rows, onOpen, emptyText, onRemove }: CaseloadTableProps) {
  const { t } = useTranslation();
  const total = rows.total ?? 0;
  const { want } = rows;
  useEffect(() => {
    if (total > 0) want(0, total - 1);
  }, [want, total]);
  const columns = onRemove ? 8 : 7;

  return (
    <Paper withBorder radius="md" className={classes.frame}>
      <table className={classes.table} aria-label={t('dashboard.title')}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.columns.client')}</th>
            <th scope="col">{t('dashboard.columns.injury')}</th>
            <th scope="col">{t('dashboard.columns.clearance')}</th>
            <th scope="col">{t('dashboard.columns.review')}</th>
            <th scope="col">{t('dashboard.columns.stage')}</th>
            <th scope="col">{t('dashboard.columns.lastLight')}</th>
            <th scope="col">{t('dashboard.columns.flags')}</th>
            {onRemove && (
              <th scope="col">
                <VisuallyHidden>{t('views.actions')}</VisuallyHidden>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {total === 0 && (
            <tr>
              <td colSpan={columns}>
                <Text c="dimmed" ta="center" py="lg">
                  {emptyText}
                </Text>
              </td>
            </tr>
          )}
          {Array.from({ length: total }, (_, index) => {
            const row = rows.at(index);
            if (!row) {
              return (
                <tr key={`loading-${index}`}>
                  <td colSpan={columns}>
                    <Text size="sm" c="dimmed">
                      {t('common.loading')}
                    </Text>
                  </td>
                </tr>
              );
            }
            const injury = row.injuryType
              ? `${t(`injuryTypes.${row.injuryType}`)}${
                  row.side && row.side !== 'na' ? ` (${t(`sides.${row.side}`)})` : ''
                }`
              : '—';
            const groups = row.groups.join(', ');
            return (
              <tr
                key={`client-${row.clientId}`}
                className={classes.clickable}
                tabIndex={0}
                data-testid="caseload-row"
                onClick={() => onOpen(row)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(row);
                }}
              >
                <td className={classes.client}>
                  <Text fw={600} size="sm" className={classes.name}>
                    {row.name}
                  </Text>
                  {groups && (
                    <Text size="xs" c="dimmed" truncate title={groups} className={classes.groups}>
                      {groups}
                    </Text>
                  )}
                </td>
                <td className={classes.injury}>{injury}</td>
                <td className={classes.nowrap}>
                  {row.clearanceLevel ? (
                    <Badge variant="outline" size="sm">
                      {t(`clearance.levels.${row.clearanceLevel}`)}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </td>
                <td className={classes.nowrap}>{formatDate(row.reviewDate)}</td>
                <td className={classes.nowrap}>{row.currentStage ?? '—'}</td>
                <td className={classes.nowrap}>
                  {row.lastLight ? <PainLightBadge light={row.lastLight} /> : '—'}
                </td>
                <td className={classes.flags}>
                  <FlagBadges flags={row.flags} />
                </td>
                {onRemove && (
                  <td>
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
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Paper>
  );
}
