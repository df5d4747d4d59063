import { Alert, Button, Code, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardRow } from '../../contract/dashboard';
import { call } from '../api/transport';
import { localToday } from '../today';

interface Outcome {
  name: string;
  path: string | null;
  error: string | null;
}

interface PrintAllDialogProps {
  groupName: string;
  members: readonly DashboardRow[];
  opened: boolean;
  onClose(): void;
}

/** One PDF per member into one folder, with progress, then a summary of what was written where. */
export function PrintAllDialog({ groupName, members, opened, onClose }: PrintAllDialogProps) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [folder, setFolder] = useState<string | null>(null);

  const start = async () => {
    setRunning(true);
    setOutcomes([]);
    const batch = `${groupName} ${localToday()}`;
    for (const member of members) {
      const result = await call('print.programmeToFolder', { clientId: member.clientId, batch });
      const outcome: Outcome = result.ok
        ? { name: member.name, path: result.value.path, error: null }
        : { name: member.name, path: null, error: result.error.message };
      if (result.ok) setFolder(result.value.folder);
      setOutcomes((previous) => [...previous, outcome]);
    }
    setRunning(false);
  };

  const done = outcomes.length;
  const written = outcomes.filter((outcome) => outcome.path !== null);
  const failed = outcomes.filter((outcome) => outcome.error !== null);
  const finished = !running && done === members.length && done > 0;

  return (
    <Modal
      opened={opened}
      onClose={running ? () => undefined : onClose}
      title={t('printAll.title', { name: groupName })}
      size="lg"
    >
      <Stack gap="sm">
        {!running && done === 0 && <Text size="sm">{t('printAll.intro', { count: members.length })}</Text>}
        {(running || done > 0) && (
          <>
            <Progress
              value={(done / Math.max(1, members.length)) * 100}
              animated={running}
              aria-label={t('printAll.progress')}
            />
            <Text size="sm" data-testid="print-all-progress">
              {t('printAll.count', { done, total: members.length })}
            </Text>
          </>
        )}
        {finished && (
          <Alert
            color={failed.length > 0 ? 'orange' : 'teal'}
            title={t('printAll.summary', { written: written.length, failed: failed.length })}
            data-testid="print-all-summary"
          >
            {folder && (
              <Text size="sm">
                {t('printAll.folder')} <Code>{folder}</Code>
              </Text>
            )}
            <List size="sm" mt="xs">
              {outcomes.map((outcome) => (
                <List.Item key={outcome.name}>
                  {outcome.path
                    ? `${outcome.name} → ${outcome.path.split(/[\\/]/).pop()}`
                    : `${outcome.name}: ${outcome.error}`}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          {finished ? (
            <Button onClick={onClose}>{t('log.close')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose} disabled={running}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void start()} loading={running} disabled={members.length === 0}>
                {t('printAll.start')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
