import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditChangesOf, type AuditChange, type AuditEntry, type AuditValue } from '../../../contract/audit';
import type { Client } from '../../../contract/clients';
import { downloadText } from '../../api/download';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { formatDate, formatTimestamp } from '../../format';
import { navigate } from '../../router';

/** The client's data rights: a full export, erasure, and the audit trail of what was done. */
export function RecordTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const audit = useChannel('audit.list', { clientId: client.id, limit: 200 });
  const exportRecord = useAction('clients.exportRecord');
  const erase = useAction('clients.erase');
  const [erasing, setErasing] = useState(false);
  const [confirmName, setConfirmName] = useState('');
  const [erased, setErased] = useState<{ printFilesDeleted: number; handedOutBeyondReach: number } | null>(
    null,
  );
  const errors = fieldErrors(erase.error, t);

  const download = async () => {
    const file = await exportRecord.run({ clientId: client.id });
    if (file) downloadText(file.fileName, file.json, 'application/json');
  };

  const confirmErase = async () => {
    // The outcome stays on screen: files handed out are the clinic's to retrieve or delete.
    const done = await erase.run({ clientId: client.id, confirmName });
    if (done) setErased(done);
  };

  return (
    <Stack gap="md" maw={960}>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={4}>{t('record.exportTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('record.exportText')}
          </Text>
          <Group>
            <Button variant="default" onClick={() => void download()} loading={exportRecord.busy}>
              {t('record.export')}
            </Button>
          </Group>
          {exportRecord.error && <Text c="red">{exportRecord.error.message}</Text>}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={4}>{t('record.eraseTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('record.eraseText')}
          </Text>
          <Group>
            <Button color="red" variant="light" onClick={() => setErasing(true)}>
              {t('record.erase')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('record.auditTitle')}
        </Title>
        <Table data-testid="audit-trail">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('record.when')}</Table.Th>
              <Table.Th>{t('record.who')}</Table.Th>
              <Table.Th>{t('record.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data?.map((entry, index) => {
              const { title, lines } = auditInWords(entry, audit.data!.slice(index + 1), t);
              return (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {formatTimestamp(entry.at)}
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>{entry.actor}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {title}
                    </Text>
                    {lines.map((line, i) => (
                      <Text key={i} size="sm" c="dimmed">
                        {line}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {audit.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('record.noAudit')}
          </Text>
        )}
      </Paper>
      <Modal
        opened={erasing}
        onClose={() => (erased ? navigate({ name: 'clients' }) : setErasing(false))}
        title={t('record.eraseTitle')}
      >
        {erased ? (
          <Stack gap="sm" data-testid="erase-outcome">
            <Alert color="green">{t('record.erasedText', { count: erased.printFilesDeleted })}</Alert>
            {erased.handedOutBeyondReach > 0 && (
              <Alert color="orange">
                {t('record.handedOutText', { count: erased.handedOutBeyondReach })}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button onClick={() => navigate({ name: 'clients' })}>{t('record.erasedDone')}</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Alert color="red">{t('record.eraseWarning', { name: client.name })}</Alert>
            <TextInput
              label={t('record.confirmName')}
              value={confirmName}
              onChange={(event) => setConfirmName(event.currentTarget.value)}
              error={errors.confirmName}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setErasing(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                onClick={() => void confirmErase()}
                loading={erase.busy}
                disabled={confirmName.trim() === ''}
              >
                {t('record.eraseConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored code or value in words, by the field it belongs to. */
function valueInWords(field: string, value: AuditValue, t: TFunction): string {
  if (value === null || value === '') return t('records.audit.none');
  if (typeof value === 'boolean') return value ? t('records.audit.yes') : t('records.audit.no');
  if (typeof value === 'number') return String(value);
  if (ISO_DATE.test(value)) return formatDate(value);
  const list = (prefix: string): string =>
    value
      .split(',')
      .map((code) => t(`${prefix}.${code}`, { defaultValue: code }))
      .join(', ');
  switch (field) {
    case 'type':
      return t(`injuryTypes.${value}`, { defaultValue: value });
    case 'side':
      return t(`sides.${value}`, { defaultValue: value });
    case 'severity':
      return t(`severities.${value}`, { defaultValue: value });
    case 'status':
      return t(`injuries.statuses.${value}`, { defaultValue: value });
    case 'bsiSite':
      return t(`bsiSites.${value}`, { defaultValue: value });
    case 'experience':
      return t(`intake.experiences.${value}`, { defaultValue: value });
    case 'goalKind':
      return t(`goals.${value}`, { defaultValue: value });
    case 'days':
      return list('weekdays');
    case 'crossTraining':
      return list('modalities');
    case 'redsSigns':
      return list('intake.redsSignNames');
    case 'restriction': {
      // code:value:until, as the backend keeps a restriction.
      const [code = '', amount = '', until = ''] = value.split(':');
      const name = t(`restrictions.labels.${code}`, { value: amount, defaultValue: code });
      return until
        ? t('restrictions.until', { name, date: formatDate(until) })
        : `${name}, ${t('records.audit.untilFurtherNotice')}`;
    }
    default:
      return value;
  }
}

function changeInWords(change: AuditChange, t: TFunction): string {
  if (change.field === 'noteText') return t('records.audit.textChanged');
  const field = t(`records.audit.fields.${change.field}`, { defaultValue: change.field });
  const before = valueInWords(change.field, change.before, t);
  const after = valueInWords(change.field, change.after, t);
  if (change.field === 'restriction' && change.before === null)
    return t('records.audit.added', { field, value: after });
  if (change.field === 'restriction' && change.after === null)
    return t('records.audit.removed', { field, value: before });
  return t('records.audit.change', { field, before, after });
}

/** The clearance level an entry recorded ('clearance walk_run'), or null. */
function clearanceLevelOf(entry: AuditEntry): string | null {
  return entry.action === 'clearance.set' ? (entry.subject.split(' ')[1] ?? null) : null;
}

/**
 * An audit entry in words: what was done, and the values before → after, never raw codes or ids.
 * `older` are the entries before it (newest first), which tell a clearance what it replaced.
 */
export function auditInWords(
  entry: AuditEntry,
  older: readonly AuditEntry[],
  t: TFunction,
): { title: string; lines: string[] } {
  const key = entry.action.replace('.', '_');
  const details = entry.details;
  let title = t(`records.audit.actions.${key}`, {
    defaultValue: t(`record.actions.${key}`, { defaultValue: '' }),
  });
  if (title === '') title = t('records.audit.none');
  const lines: string[] = [];
  const level = clearanceLevelOf(entry);
  if (level) {
    const previous = older.map(clearanceLevelOf).find((found) => found !== null);
    const words = (code: string): string => t(`clearance.levels.${code}`, { defaultValue: code });
    lines.push(
      previous
        ? t('records.audit.clearanceChange', { before: words(previous), after: words(level) })
        : t('records.audit.clearance', { level: words(level) }),
    );
  }
  if (entry.action === 'intake.save' && details['first'] === true) {
    return { title: t('records.audit.actions.intake_first'), lines };
  }
  const injuryType = details['injuryType'] ?? details['type'];
  if (typeof injuryType === 'string' && entry.action !== 'injury.create') {
    lines.push(valueInWords('type', injuryType, t));
  }
  if (entry.action.startsWith('note.') || entry.action === 'restriction.end') {
    if (typeof details['date'] === 'string')
      lines.push(t('records.audit.noteOf', { date: formatDate(details['date']) }));
  }
  if (entry.action.startsWith('session.') && typeof details['date'] === 'string') {
    lines.push(t('records.audit.sessionOf', { date: formatDate(details['date']) }));
  }
  if (entry.action === 'client.create' && typeof details['club'] === 'string') {
    lines.push(t('records.audit.first', { value: `${t('records.audit.fields.club')}: ${details['club']}` }));
  }
  if (entry.action === 'client.update' && typeof details['fields'] === 'string' && details['fields'] !== '') {
    const fields = details['fields']
      .split(',')
      .map((field) => t(`records.audit.fields.${field}`, { defaultValue: field }))
      .join(', ');
    lines.push(t('records.audit.detailsChanged', { fields }));
  }
  const changes = auditChangesOf(details);
  if (entry.action === 'injury.create') {
    // A new injury: its type, side and severity, not every empty field.
    const shown = changes.filter((change) => ['type', 'side', 'severity'].includes(change.field));
    lines.push(shown.map((change) => valueInWords(change.field, change.after, t)).join(' · '));
  } else {
    lines.push(...changes.map((change) => changeInWords(change, t)));
  }
  return { title, lines };
}
