import { Group, Paper, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardCounts, DashboardFilter } from '../../contract/dashboard';
import { useCaseloadPages } from '../api/use-caseload-pages';
import { allRows } from '../api/use-paged-list';
import { CaseloadPager } from '../components/caseload-pager';
import { CaseloadTable } from '../components/caseload-table';
import { navigate } from '../router';
import classes from './dashboard.module.css';

const tiles: { filter: DashboardFilter; count: keyof DashboardCounts; colour: string }[] = [
  { filter: 'all', count: 'active', colour: 'teal' },
  { filter: 'refer', count: 'refer', colour: 'grape' },
  { filter: 'red_7d', count: 'red7d', colour: 'red' },
  { filter: 'review_due', count: 'reviewDue', colour: 'orange' },
  { filter: 'awaiting_clearance', count: 'awaitingClearance', colour: 'gray' },
  { filter: 'no_log_10d', count: 'noLog10d', colour: 'yellow' },
  { filter: 'ready_to_advance', count: 'readyToAdvance', colour: 'teal' },
  { filter: 'no_log_since_flare', count: 'noLogSinceFlare', colour: 'orange' },
  { filter: 'stalled', count: 'stalled', colour: 'blue' },
  { filter: 'criteria_met', count: 'criteriaMet', colour: 'teal' },
  { filter: 'retest_due', count: 'retestDue', colour: 'cyan' },
  { filter: 'morning_pain_due', count: 'morningPainDue', colour: 'indigo' },
];

/** Clients a page shows. */
const PAGE_SIZE = 50;

/** The caseload at a glance: who needs attention today, one click to the client. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<DashboardFilter>('all');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  // One page at a time, read by key; a new filter or search starts over at its first page.
  const caseload = useCaseloadPages(filter, debounced, PAGE_SIZE);
  const { answer } = caseload;
  const counts = answer?.counts;
  const rows = useMemo(() => allRows(answer?.rows ?? []), [answer]);

  return (
    <Stack gap="md">
      <Title order={2}>{t('dashboard.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 6, xl: 11 }} spacing="sm">
        {tiles.map((tile) => (
          <UnstyledButton
            key={tile.filter}
            onClick={() => setFilter(tile.filter)}
            aria-pressed={filter === tile.filter}
            data-testid={`tile-${tile.filter}`}
          >
            <Paper
              withBorder
              p="sm"
              radius="md"
              className={classes.tile}
              data-active={filter === tile.filter || undefined}
            >
              <Text size="xl" fw={700} c={tile.colour}>
                {counts ? counts[tile.count] : '·'}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`dashboard.tiles.${tile.filter}`)}
              </Text>
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Group>
        <TextInput
          placeholder={t('dashboard.search')}
          aria-label={t('dashboard.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
      </Group>
      {caseload.error && (
        <Text c="red" role="alert">
          {caseload.error.message}
        </Text>
      )}
      {answer && (
        <CaseloadPager
          position={caseload.position}
          shown={answer.rows.length}
          total={answer.total}
          hasPrevious={answer.page.hasPrevious}
          hasNext={answer.page.hasNext}
          busy={caseload.loading}
          onFirst={caseload.first}
          onPrevious={caseload.previous}
          onNext={caseload.next}
          onLast={caseload.last}
        />
      )}
      <CaseloadTable
        rows={rows}
        onOpen={(row) => navigate({ name: 'client', clientId: row.clientId, tab: 'overview' })}
        emptyText={t('dashboard.empty')}
      />
    </Stack>
  );
}
