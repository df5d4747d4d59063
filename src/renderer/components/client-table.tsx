import { ActionIcon, Anchor, Badge, Button, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../contract/clients';
import type { PagedClients } from '../api/use-paged-list';
import { formatDate } from '../format';
import classes from './client-table.module.css';

interface ClientTableProps {
  clients: PagedClients;
  /** Shown instead of rows when there are none. */
  emptyText: string;
  onOpen(client: Client): void;
  onEdit(client: Client): void;
  onToggleArchived(client: Client): void;
}

const rowHeight = 48;

/** The caseload as a virtual list: only the rows in view exist in the page, however long it is. */
export function ClientTable({ clients, emptyText, onOpen, onEdit, onToggleArchived }: ClientTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: clients.total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { want } = clients;
  useEffect(() => want(first, last), [want, first, last]);

  return (
    <Paper withBorder radius="md" className={classes.table} role="table" aria-label={t('clients.title')}>
      <div className={`${classes.row} ${classes.head}`} role="row">
        <div role="columnheader">{t('clients.columns.name')}</div>
        <div role="columnheader">{t('clients.columns.birthDate')}</div>
        <div role="columnheader">{t('clients.columns.group')}</div>
        <div role="columnheader">{t('clients.columns.email')}</div>
        <div role="columnheader">{t('clients.columns.phone')}</div>
        <div role="columnheader">{t('clients.columns.actions')}</div>
      </div>
      {clients.total === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {emptyText}
        </Text>
      )}
      <div ref={scroller} className={classes.scroller} hidden={clients.total === 0}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const client = clients.at(item.index);
            return (
              <div
                key={item.key}
                className={classes.row}
                role="row"
                data-testid={client ? 'client-row' : undefined}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: rowHeight,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {client ? (
                  <>
                    <div role="cell">
                      <Group gap="xs" wrap="nowrap">
                        <Anchor
                          component="button"
                          type="button"
                          fw={500}
                          truncate
                          className={classes.name}
                          title={client.name}
                          onClick={() => onOpen(client)}
                        >
                          {client.name}
                        </Anchor>
                        {client.archived && (
                          <Badge color="gray" variant="light">
                            {t('clients.archived')}
                          </Badge>
                        )}
                      </Group>
                    </div>
                    <div role="cell">{formatDate(client.birthDate)}</div>
                    <div role="cell">
                      <Text truncate size="sm" title={client.group ?? undefined}>
                        {client.group ?? '—'}
                      </Text>
                    </div>
                    <div role="cell">
                      <Text truncate size="sm" title={client.email ?? undefined}>
                        {client.email ?? '—'}
                      </Text>
                    </div>
                    <div role="cell">{client.phone ?? '—'}</div>
                    <div role="cell">
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('common.edit')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t('common.edit')} ${client.name}`}
                            onClick={() => onEdit(client)}
                          >
                            ✎
                          </ActionIcon>
                        </Tooltip>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color={client.archived ? 'teal' : 'gray'}
                          onClick={() => onToggleArchived(client)}
                          aria-label={`${client.archived ? t('common.restore') : t('common.archive')} ${client.name}`}
                        >
                          {client.archived ? t('common.restore') : t('common.archive')}
                        </Button>
                      </Group>
                    </div>
                  </>
                ) : (
                  <div role="cell" className={classes.placeholder}>
                    {t('common.loading')}
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
