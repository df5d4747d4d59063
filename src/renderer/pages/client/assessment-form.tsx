import {
  Alert,
  Button,
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAssessment } from '../../../contract/assessments';
import type { Injury } from '../../../contract/injuries';
import type { AssessmentTestId, Battery, PelvicSymptom, TestResult, ThresholdId } from '../../../engine';
import {
  ASSESSMENT_TESTS,
  BATTERIES_FOR,
  PELVIC_SYMPTOMS,
  limbSymmetryIndex,
  testsOf,
} from '../../../engine';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { CHART_THRESHOLDS } from '../../charts/assessment.series';
import { useEngineText } from '../../components/programme/engine-text';
import { formatDate } from '../../format';
import { useSettings } from '../../settings-context';
import { localToday } from '../../today';
import { formatNumber, gradeName, testHow, testName } from './assessment-text';

/** One row of the grid as typed: text until saved, so half-typed numbers stay as they are. */
interface RowDraft {
  left: string;
  right: string;
  value: string;
  passed: '' | 'yes' | 'no';
  pain: string;
  symptoms: PelvicSymptom[];
  note: string;
}

const EMPTY: RowDraft = { left: '', right: '', value: '', passed: '', pain: '', symptoms: [], note: '' };

type RowField = 'left' | 'right' | 'value' | 'passed' | 'pain' | 'symptoms' | 'note';

function filled(row: RowDraft | undefined): row is RowDraft {
  if (!row) return false;
  return (
    row.left.trim() !== '' ||
    row.right.trim() !== '' ||
    row.value.trim() !== '' ||
    row.passed !== '' ||
    row.pain.trim() !== '' ||
    row.symptoms.length > 0 ||
    row.note.trim() !== ''
  );
}

/** A typed number ("2,4" or "2.4"); null when empty, NaN when it is not a number. */
function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function toDraft(result: TestResult, language: string): RowDraft {
  const text = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : formatNumber(language, value).replace(/\s/g, '');
  return {
    left: text(result.left),
    right: text(result.right),
    value: ASSESSMENT_TESTS[result.test].unit === 'grade' ? String(result.value ?? '') : text(result.value),
    passed: result.passed === true ? 'yes' : result.passed === false ? 'no' : '',
    pain: text(result.pain),
    symptoms: [...(result.symptoms ?? [])],
    note: result.note ?? '',
  };
}

/** The result a filled row records, or the fields that are not numbers. */
function toResult(test: AssessmentTestId, row: RowDraft): { result: TestResult } | { bad: RowField[] } {
  const def = ASSESSMENT_TESTS[test];
  const bad: RowField[] = [];
  const number = (field: 'left' | 'right' | 'value' | 'pain') => {
    const value = parseNumber(row[field]);
    if (value !== null && Number.isNaN(value)) bad.push(field);
    return value;
  };
  const result: TestResult = { test };
  if (def.unit === 'pass_fail') result.passed = row.passed === '' ? null : row.passed === 'yes';
  else if (def.sided) {
    result.left = number('left');
    result.right = number('right');
  } else
    result.value = def.unit === 'grade' ? (row.value === '' ? null : Number(row.value)) : number('value');
  if (def.pain) result.pain = number('pain');
  if (def.symptoms) result.symptoms = row.symptoms;
  if (row.note.trim() !== '') result.note = row.note.trim();
  return bad.length > 0 ? { bad } : { result };
}

/** Which columns a battery's grid needs. */
function columnsOf(tests: readonly AssessmentTestId[]) {
  const defs = tests.map((test) => ASSESSMENT_TESTS[test]);
  return {
    sides: defs.some((d) => d.sided),
    value: defs.some((d) => !d.sided && d.unit !== 'pass_fail'),
    passed: defs.some((d) => d.unit === 'pass_fail'),
    pain: defs.some((d) => d.pain),
    symptoms: defs.some((d) => d.symptoms),
  };
}

/**
 * Enter a battery of tests at once: one row per test, Tab through the row in reading order, the
 * LSI computed as the sides are typed. Rows left empty are not recorded. Editing a recorded
 * assessment loads it into the same grid.
 */
export function AssessmentForm({
  clientId,
  injury,
  thresholds,
  editing,
  onSaved,
  onCancel,
}: {
  clientId: number;
  injury: Pick<Injury, 'type' | 'side'>;
  thresholds: Readonly<Record<ThresholdId, number>>;
  editing: StoredAssessment | null;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const say = useEngineText();
  const { settings } = useSettings();
  const today = localToday();
  const offered = BATTERIES_FOR[injury.type];
  const [batteries, setBatteries] = useState<Battery[]>(() =>
    editing
      ? offered.filter((battery) => editing.results.some((r) => ASSESSMENT_TESTS[r.test].battery === battery))
      : [...offered],
  );
  const [date, setDate] = useState(editing?.date ?? today);
  const [by, setBy] = useState(editing?.by ?? settings?.clinician ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const [rows, setRows] = useState<Partial<Record<AssessmentTestId, RowDraft>>>(() =>
    Object.fromEntries(editing?.results.map((r) => [r.test, toDraft(r, i18n.language)]) ?? []),
  );
  const [notNumbers, setNotNumbers] = useState<Partial<Record<AssessmentTestId, RowField[]>>>({});
  const [sent, setSent] = useState<AssessmentTestId[]>([]);
  const [nothing, setNothing] = useState(false);
  const [saved, setSaved] = useState(false);
  const add = useAction('assessments.add');
  const update = useAction('assessments.update');
  const action = editing ? update : add;
  const errors = fieldErrors(action.error, t);

  // The contract names a result by its place in the list sent; the grid shows it on the test's row.
  const rowErrors: Partial<Record<AssessmentTestId, Partial<Record<RowField, string>>>> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const result = /(?:^|\.)results\.(\d+)\.(\w+)$/.exec(path);
    const test = result ? sent[Number(result[1])] : undefined;
    if (result && test) {
      const field = (result[2] === 'test' ? 'note' : result[2]) as RowField;
      (rowErrors[test] ??= {})[field] ??= message;
    } else if (!/(?:^|\.)(date|by|note)$/.test(path)) general.push(message);
  }
  if (action.error && !action.error.issues?.length) general.push(action.error.message);

  const setRow = (test: AssessmentTestId, patch: Partial<RowDraft>) => {
    setSaved(false);
    setRows((current) => ({ ...current, [test]: { ...(current[test] ?? EMPTY), ...patch } }));
  };

  const visibleTests = offered.filter((b) => batteries.includes(b)).flatMap((b) => testsOf(b));

  const submit = async () => {
    setSaved(false);
    setNothing(false);
    const results: TestResult[] = [];
    const bad: Partial<Record<AssessmentTestId, RowField[]>> = {};
    for (const test of visibleTests) {
      const row = rows[test];
      if (!filled(row)) continue;
      const built = toResult(test, row);
      if ('bad' in built) bad[test] = built.bad;
      else results.push(built.result);
    }
    setNotNumbers(bad);
    if (Object.keys(bad).length > 0) return;
    if (results.length === 0) {
      setNothing(true);
      return;
    }
    setSent(results.map((r) => r.test));
    const assessment = { date, by, results, ...(note.trim() ? { note: note.trim() } : {}) };
    const done = editing
      ? await update.run({ id: editing.id, assessment })
      : await add.run({ clientId, assessment });
    if (done) {
      setSaved(true);
      if (!editing) {
        setRows({});
        setNote('');
      }
      onSaved();
    }
  };

  const errorOf = (test: AssessmentTestId, field: RowField): string | undefined =>
    notNumbers[test]?.includes(field) ? t('assessments.notANumber') : rowErrors[test]?.[field];

  return (
    <Paper withBorder p="md" radius="md" data-testid="assessment-form">
      <Stack gap="sm">
        <Title order={4}>
          {editing ? t('assessments.editTitle', { date: formatDate(editing.date) }) : t('assessments.record')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('assessments.date')}
            value={date}
            max={today}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors['assessment.date']}
            required
          />
          <TextInput
            label={t('assessments.by')}
            value={by}
            onChange={(e) => setBy(e.currentTarget.value)}
            error={errors['assessment.by']}
            required
          />
          <Text size="sm" c="dimmed" mt={{ sm: 28 }}>
            {t('assessments.injuredSide', { side: t(`sides.${injury.side}`) })}
          </Text>
        </SimpleGrid>
        <Chip.Group multiple value={batteries} onChange={(value) => setBatteries(value as Battery[])}>
          <Group gap="xs" role="group" aria-label={t('assessments.batteriesLabel')}>
            <Text size="sm" fw={500}>
              {t('assessments.batteriesLabel')}
            </Text>
            {offered.map((battery) => (
              <Chip key={battery} value={battery} size="sm">
                {t(`assessments.batteries.${battery}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Text size="xs" c="dimmed">
          {t('assessments.hint')}
        </Text>
        {offered
          .filter((battery) => batteries.includes(battery))
          .map((battery) => (
            <BatteryGrid
              key={battery}
              battery={battery}
              injury={injury}
              thresholds={thresholds}
              rows={rows}
              setRow={setRow}
              errorOf={errorOf}
              say={say}
            />
          ))}
        <Textarea
          label={t('assessments.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors['assessment.note']}
          autosize
          minRows={1}
        />
        {nothing && (
          <Text c="red" size="sm" role="alert">
            {t('assessments.nothingToSave')}
          </Text>
        )}
        {general.length > 0 && (
          <Alert color="red" title={t('assessments.notSaved')}>
            {general.map((message) => (
              <Text key={message} size="sm">
                {message}
              </Text>
            ))}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void submit()} loading={action.busy}>
            {editing ? t('assessments.saveChanges') : t('assessments.save')}
          </Button>
          {editing && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          {saved && (
            <Text size="sm" c="teal" role="status">
              {t('assessments.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function BatteryGrid({
  battery,
  injury,
  thresholds,
  rows,
  setRow,
  errorOf,
  say,
}: {
  battery: Battery;
  injury: Pick<Injury, 'type' | 'side'>;
  thresholds: Readonly<Record<ThresholdId, number>>;
  rows: Partial<Record<AssessmentTestId, RowDraft>>;
  setRow(test: AssessmentTestId, patch: Partial<RowDraft>): void;
  errorOf(test: AssessmentTestId, field: RowField): string | undefined;
  say: ReturnType<typeof useEngineText>;
}) {
  const { t, i18n } = useTranslation();
  const tests = testsOf(battery);
  const columns = columnsOf(tests);
  const title = t(`assessments.batteries.${battery}`);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table
        verticalSpacing={4}
        horizontalSpacing="xs"
        data-testid="battery-grid"
        data-battery={battery}
        aria-label={title}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{title}</Table.Th>
            {columns.sides && (
              <>
                <Table.Th>{t('assessments.columns.left')}</Table.Th>
                <Table.Th>{t('assessments.columns.right')}</Table.Th>
                <Table.Th title={t('assessments.lsiHint')}>{t('assessments.columns.lsi')}</Table.Th>
              </>
            )}
            {columns.value && <Table.Th>{t('assessments.columns.value')}</Table.Th>}
            {columns.passed && <Table.Th>{t('assessments.columns.passed')}</Table.Th>}
            {columns.pain && <Table.Th>{t('assessments.columns.pain')}</Table.Th>}
            {columns.symptoms && <Table.Th>{t('assessments.columns.symptoms')}</Table.Th>}
            <Table.Th>{t('assessments.columns.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tests.map((test) => {
            const def = ASSESSMENT_TESTS[test];
            const row = rows[test] ?? EMPTY;
            const name = testName(say, test);
            const label = (column: string) => `${name}: ${column}`;
            const lsi = def.sided
              ? limbSymmetryIndex(
                  numberOrNull(row.left),
                  numberOrNull(row.right),
                  injury.side,
                  def.lowerIsBetter,
                )
              : null;
            const chart = CHART_THRESHOLDS[test];
            const threshold =
              chart && chart.injuries.includes(injury.type) ? thresholds[chart.threshold] : null;
            return (
              <Table.Tr key={test} data-testid="test-row" data-test={test}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                    {def.unit !== 'pass_fail' && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t(`assessments.units.${def.unit}`)})
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {testHow(say, test)}
                  </Text>
                </Table.Td>
                {columns.sides &&
                  (def.sided ? (
                    <>
                      <Table.Td>
                        <NumberCell
                          label={label(t('assessments.columns.left'))}
                          value={row.left}
                          onChange={(left) => setRow(test, { left })}
                          error={errorOf(test, 'left')}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberCell
                          label={label(t('assessments.columns.right'))}
                          value={row.right}
                          onChange={(right) => setRow(test, { right })}
                          error={errorOf(test, 'right')}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text
                          size="sm"
                          fw={600}
                          c={
                            lsi === null || threshold === null ? undefined : lsi >= threshold ? 'teal' : 'red'
                          }
                          data-testid="lsi"
                        >
                          {lsi === null ? '—' : `${formatNumber(i18n.language, lsi)}%`}
                        </Text>
                      </Table.Td>
                    </>
                  ) : (
                    <>
                      <Table.Td />
                      <Table.Td />
                      <Table.Td />
                    </>
                  ))}
                {columns.value && (
                  <Table.Td>
                    {!def.sided && def.unit === 'grade' ? (
                      <NativeSelect
                        size="xs"
                        aria-label={label(t('assessments.columns.value'))}
                        value={row.value}
                        onChange={(e) => setRow(test, { value: e.currentTarget.value })}
                        error={errorOf(test, 'value')}
                        data={[
                          { value: '', label: '—' },
                          ...Array.from({ length: def.max - def.min + 1 }, (_, i) => ({
                            value: String(def.min + i),
                            label: gradeName(i18n.language, test, def.min + i),
                          })),
                        ]}
                      />
                    ) : !def.sided && def.unit !== 'pass_fail' ? (
                      <NumberCell
                        label={label(t('assessments.columns.value'))}
                        value={row.value}
                        onChange={(value) => setRow(test, { value })}
                        error={errorOf(test, 'value')}
                      />
                    ) : null}
                  </Table.Td>
                )}
                {columns.passed && (
                  <Table.Td>
                    {def.unit === 'pass_fail' && (
                      <NativeSelect
                        size="xs"
                        w={130}
                        aria-label={label(t('assessments.columns.passed'))}
                        value={row.passed}
                        onChange={(e) =>
                          setRow(test, { passed: e.currentTarget.value as RowDraft['passed'] })
                        }
                        error={errorOf(test, 'passed')}
                        data={[
                          { value: '', label: '—' },
                          { value: 'yes', label: t('assessments.passed') },
                          { value: 'no', label: t('assessments.notPassed') },
                        ]}
                      />
                    )}
                  </Table.Td>
                )}
                {columns.pain && (
                  <Table.Td>
                    {def.pain && (
                      <NumberCell
                        label={label(t('assessments.columns.pain'))}
                        value={row.pain}
                        onChange={(pain) => setRow(test, { pain })}
                        error={errorOf(test, 'pain')}
                        width={64}
                      />
                    )}
                  </Table.Td>
                )}
                {columns.symptoms && (
                  <Table.Td>
                    {def.symptoms && (
                      <Stack gap={2}>
                        <Group gap={8} wrap="nowrap">
                          {PELVIC_SYMPTOMS.map((symptom) => (
                            <Checkbox
                              key={symptom}
                              size="xs"
                              label={t(`assessments.symptoms.${symptom}`)}
                              aria-label={label(t(`assessments.symptoms.${symptom}`))}
                              checked={row.symptoms.includes(symptom)}
                              onChange={(e) => {
                                const on = e.currentTarget.checked;
                                setRow(test, {
                                  symptoms: PELVIC_SYMPTOMS.filter((s) =>
                                    s === symptom ? on : row.symptoms.includes(s),
                                  ),
                                });
                              }}
                            />
                          ))}
                        </Group>
                        {errorOf(test, 'symptoms') && (
                          <Text size="xs" c="red">
                            {errorOf(test, 'symptoms')}
                          </Text>
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <TextInput
                    size="xs"
                    miw={120}
                    aria-label={label(t('assessments.columns.note'))}
                    value={row.note}
                    onChange={(e) => setRow(test, { note: e.currentTarget.value })}
                    error={errorOf(test, 'note')}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function numberOrNull(text: string): number | null {
  const value = parseNumber(text);
  return value === null || Number.isNaN(value) ? null : value;
}

function NumberCell({
  label,
  value,
  onChange,
  error,
  width = 84,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  width?: number;
}) {
  return (
    <TextInput
      size="xs"
      w={width}
      inputMode="decimal"
      autoComplete="off"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}
