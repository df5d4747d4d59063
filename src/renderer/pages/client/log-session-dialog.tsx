import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Slider,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogOutcome, StoredSessionLog } from '../../../contract/sessions';
import { familyOf } from '../../../engine/log-matching';
import { RED_FLAGS, type LogFamily, type RedFlag, type Session } from '../../../engine/types';
import { fieldErrors, formErrorText } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { notifySuccess } from '../../components/notify';
import { logged } from '../../components/programme/session-card';
import { useConfirmDiscard } from '../../components/use-confirm-discard';
import { formatDay } from '../../format';
import { useEngineText } from '../../components/programme/engine-text';
import { localToday } from '../../today';

type WarmupPain = 'none' | 'cleared' | 'persisted';

interface LogSessionDialogProps {
  clientId: number;
  session: Session | null;
  onClose(): void;
  /** After the engine has adapted the programme to the log (every read is refreshed already). */
  onLogged?(): void;
}

/** What the form holds; compared with how it opened to know whether anything was entered. */
interface LogDraft {
  outcome: LogOutcome;
  painDuring: number;
  painAfter: number;
  /** null: not known yet (the default: the next morning has usually not come when logging). */
  painNextMorning: number | null;
  painBuiltDuringRun: boolean;
  warmupPain: WarmupPain;
  swelling: boolean;
  limp: boolean;
  redFlags: RedFlag[];
  rpe: number | '';
  actualRunMinutes: number | '';
  setsDone: number | '';
  minutesDone: number | '';
  note: string;
}

/** Runs and walks log minutes run; strength logs sets; mobility and cross-training log minutes. */
const isRunning = (family: LogFamily): boolean => family === 'run' || family === 'walk';

function plannedSets(session: Session): number {
  return session.exercises.reduce((sum, exercise) => sum + exercise.sets, 0);
}

function initialDraft(session: Session, family: LogFamily, stored: StoredSessionLog | null): LogDraft {
  if (stored) {
    return {
      outcome: stored.outcome,
      painDuring: stored.painDuring ?? 0,
      painAfter: stored.painAfter ?? 0,
      painNextMorning: stored.painNextMorning,
      painBuiltDuringRun: stored.painBuiltDuringRun,
      warmupPain:
        stored.warmupPainCleared === null ? 'none' : stored.warmupPainCleared ? 'cleared' : 'persisted',
      swelling: stored.swelling,
      limp: stored.limp,
      redFlags: stored.redFlags,
      rpe: stored.rpe ?? '',
      actualRunMinutes: stored.actualRunMinutes ?? '',
      setsDone: stored.setsDone ?? '',
      minutesDone: stored.minutesDone ?? '',
      note: stored.note,
    };
  }
  return {
    outcome: 'done',
    painDuring: 0,
    painAfter: 0,
    painNextMorning: null,
    painBuiltDuringRun: false,
    warmupPain: 'none',
    swelling: false,
    limp: false,
    redFlags: [],
    rpe: session.effort.rpeMax,
    actualRunMinutes: isRunning(family) ? session.runMinutes : '',
    setsDone: family === 'strength' ? plannedSets(session) : '',
    minutesDone: isRunning(family) || family === 'strength' ? '' : session.durationMinutes,
    note: '',
  };
}

function PainSlider({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange(value: number): void;
}) {
  return (
    <Stack gap={2}>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={700}>
          {value}/10
        </Text>
      </Group>
      <Slider
        min={0}
        max={10}
        step={1}
        value={value}
        onChange={onChange}
        label={null}
        thumbLabel={label}
        marks={[{ value: 0 }, { value: 5 }, { value: 10 }]}
      />
    </Stack>
  );
}

/** Next-morning pain: "not known yet" until the client has said, then a score like the others. */
function MorningPain({ value, onChange }: { value: number | null; onChange(value: number | null): void }) {
  const { t } = useTranslation();
  const unknown = value === null;
  return (
    <Stack gap={4} data-testid="morning-pain">
      <Checkbox
        label={t('logForms.morningUnknown')}
        description={t('logForms.morningUnknownHint')}
        checked={unknown}
        onChange={(e) => onChange(e.currentTarget.checked ? null : 0)}
      />
      {unknown ? (
        <Group justify="space-between">
          <Text size="sm">{t('log.painNextMorning')}</Text>
          <Text size="sm" fw={700} c="dimmed">
            {t('logForms.unknown')}
          </Text>
        </Group>
      ) : (
        <PainSlider label={t('log.painNextMorning')} value={value} onChange={onChange} />
      )}
    </Stack>
  );
}

/** What the client reports after a session; the engine answers with its decision and the reason. */
export function LogSessionDialog({ clientId, session, onClose, onLogged }: LogSessionDialogProps) {
  const { t } = useTranslation();
  const logs = useChannel('sessions.list', { clientId });
  const discard = useConfirmDiscard(onClose);
  // A session logged before opens with what was logged, so it can be corrected or completed (the
  // next-morning pain added the day after).
  const stored =
    session === null
      ? null
      : (logs.data?.findLast(
          (log) =>
            log.sessionId === session.id ||
            (log.date === session.date && log.kind === familyOf(session.kind)),
        ) ?? null);
  return (
    <Modal
      opened={session !== null}
      onClose={discard.requestClose}
      title={t('log.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('log.close') }}
    >
      {session &&
        (logs.loaded ? (
          <LogForm
            // Not keyed by the stored log: saving one must not reset the form showing the decision.
            key={session.id}
            clientId={clientId}
            session={session}
            stored={stored}
            onCancel={discard.requestClose}
            onClose={discard.close}
            onLogged={onLogged}
            onDirtyChange={discard.onDirtyChange}
            prompt={discard.prompt}
          />
        ) : (
          <Text c="dimmed">{t('common.loading')}</Text>
        ))}
    </Modal>
  );
}

interface LogFormProps {
  clientId: number;
  session: Session;
  stored: StoredSessionLog | null;
  onCancel(): void;
  onClose(): void;
  onLogged?(): void;
  onDirtyChange(dirty: boolean): void;
  /** The question before a half-filled log is thrown away (useConfirmDiscard), shown above the buttons. */
  prompt: ReactNode;
}

function LogForm({
  clientId,
  session,
  stored,
  onCancel,
  onClose,
  onLogged,
  onDirtyChange,
  prompt,
}: LogFormProps) {
  const { t } = useTranslation();
  const say = useEngineText();
  const log = useAction('sessions.log');
  const errors = fieldErrors(log.error, t);
  const family = familyOf(session.kind);
  const running = isRunning(family);
  const initial = useMemo(() => initialDraft(session, family, stored), [session, family, stored]);
  const [draft, setDraft] = useState<LogDraft>(initial);
  const set = <K extends keyof LogDraft>(key: K, value: LogDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const [decision, setDecision] = useState<{
    action: string;
    light: string | null;
    text: string;
    rules: string[];
  } | null>(null);
  const dirty = decision === null && JSON.stringify(draft) !== JSON.stringify(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const notDone = draft.outcome === 'not_done';
  const future = session.date > localToday();

  const submit = async () => {
    const number = (value: number | '') => (value === '' ? null : value);
    const result = await log.run({
      clientId,
      // A second log of the same session corrects the first; the engine replays from the corrected one.
      replace: stored !== null || logged(session),
      log: {
        sessionId: session.id,
        date: session.date,
        // A log belongs to its day and kind, so it survives any re-plan.
        kind: family,
        outcome: draft.outcome,
        completed: draft.outcome === 'done',
        // Strength, mobility and cross-training involve no running.
        actualRunMinutes: notDone || !running ? 0 : number(draft.actualRunMinutes),
        setsDone: family === 'strength' && !notDone ? number(draft.setsDone) : null,
        minutesDone: !running && family !== 'strength' && !notDone ? number(draft.minutesDone) : null,
        rpe: notDone ? null : number(draft.rpe),
        painDuring: notDone ? null : draft.painDuring,
        painAfter: notDone ? null : draft.painAfter,
        painNextMorning: notDone ? null : draft.painNextMorning,
        painBuiltDuringRun: running && !notDone && draft.painBuiltDuringRun,
        warmupPainCleared:
          !running || notDone || draft.warmupPain === 'none' ? null : draft.warmupPain === 'cleared',
        swelling: !notDone && draft.swelling,
        limp: !notDone && draft.limp,
        redFlags: notDone ? [] : draft.redFlags,
        note: draft.note,
      },
    });
    if (result) {
      setDecision({
        action: result.decision?.action ?? 'none',
        light: result.decision?.light ?? null,
        text: result.decision?.explanation.join(' ') ?? '',
        rules: result.decision?.rules ?? [],
      });
      notifySuccess(t('logForms.saved', { date: formatDay(session.date, true) }));
      onLogged?.();
    }
  };

  if (decision) {
    return (
      <Stack gap="sm" data-testid="log-decision">
        <Alert
          color={
            decision.light === 'green'
              ? 'green'
              : decision.light === 'amber'
                ? 'yellow'
                : decision.light === 'orange'
                  ? 'orange'
                  : decision.light === 'red'
                    ? 'red'
                    : 'grape'
          }
          title={t(`log.actions.${decision.action}`, { defaultValue: decision.action })}
        >
          <Text size="sm">{decision.text}</Text>
          {decision.rules.length > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('log.rules', { rules: decision.rules.join(', ') })}
            </Text>
          )}
        </Alert>
        {draft.painNextMorning === null && !notDone && (
          <Text size="sm" c="dimmed">
            {t('logForms.morningReminder')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('log.close')}</Button>
        </Group>
      </Stack>
    );
  }

  if (future) {
    return (
      <Stack gap="sm">
        <Alert color="gray" title={t('logForms.futureTitle')}>
          {t('logForms.futureText', { date: formatDay(session.date, true) })}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('log.close')}</Button>
        </Group>
      </Stack>
    );
  }

  const outcomeLabels: Record<LogOutcome, string> = running
    ? { done: t('log.outcomes.done'), partly: t('log.outcomes.stopped'), not_done: t('log.outcomes.missed') }
    : {
        done: t('logForms.outcomes.done'),
        partly: t('logForms.outcomes.partly'),
        not_done: t('logForms.outcomes.not_done'),
      };
  const footerError = formErrorText(log.error, t, [
    'log.actualRunMinutes',
    'log.rpe',
    'log.setsDone',
    'log.minutesDone',
  ]);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {formatDay(session.date, true)} · {say(session.titleI18n, session.title)}
      </Text>
      {stored && stored.painNextMorning === null && stored.outcome !== 'not_done' && (
        <Alert color="indigo" variant="light">
          {t('logForms.addMorning')}
        </Alert>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="log-outcome-label">
          {t('log.outcome')}
        </Text>
        <SegmentedControl
          aria-labelledby="log-outcome-label"
          value={draft.outcome}
          onChange={(value) => set('outcome', value as LogOutcome)}
          data={(['done', 'partly', 'not_done'] as const).map((value) => ({
            value,
            label: outcomeLabels[value],
          }))}
          fullWidth
        />
      </Stack>
      {!notDone && (
        <>
          <Group grow align="flex-start">
            {running && (
              <NumberInput
                label={t('log.actualRunMinutes')}
                value={draft.actualRunMinutes}
                onChange={(v) => set('actualRunMinutes', typeof v === 'number' ? v : '')}
                min={0}
                error={errors['log.actualRunMinutes']}
              />
            )}
            {family === 'strength' && (
              <NumberInput
                label={t('logForms.setsDone')}
                description={t('logForms.setsPlanned', { count: plannedSets(session) })}
                value={draft.setsDone}
                onChange={(v) => set('setsDone', typeof v === 'number' ? v : '')}
                min={0}
                allowDecimal={false}
                error={errors['log.setsDone']}
              />
            )}
            {!running && family !== 'strength' && (
              <NumberInput
                label={t('logForms.minutesDone')}
                description={t('logForms.minutesPlanned', { count: session.durationMinutes })}
                value={draft.minutesDone}
                onChange={(v) => set('minutesDone', typeof v === 'number' ? v : '')}
                min={0}
                error={errors['log.minutesDone']}
              />
            )}
            <NumberInput
              label={t('log.rpe')}
              value={draft.rpe}
              onChange={(v) => set('rpe', typeof v === 'number' ? v : '')}
              min={0}
              max={10}
              error={errors['log.rpe']}
            />
          </Group>
          <PainSlider
            label={t('log.painDuring')}
            value={draft.painDuring}
            onChange={(v) => set('painDuring', v)}
          />
          <PainSlider
            label={t('log.painAfter')}
            value={draft.painAfter}
            onChange={(v) => set('painAfter', v)}
          />
          <MorningPain value={draft.painNextMorning} onChange={(v) => set('painNextMorning', v)} />
          {running && (
            <Stack gap={4}>
              <Text size="sm" id="log-warmup-label">
                {t('log.warmupPain')}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby="log-warmup-label"
                value={draft.warmupPain}
                onChange={(value) => set('warmupPain', value as WarmupPain)}
                data={(['none', 'cleared', 'persisted'] as const).map((value) => ({
                  value,
                  label: t(`log.warmup.${value}`),
                }))}
              />
            </Stack>
          )}
          <Group>
            {running && (
              <Checkbox
                label={t('log.painBuilt')}
                checked={draft.painBuiltDuringRun}
                onChange={(e) => set('painBuiltDuringRun', e.currentTarget.checked)}
              />
            )}
            <Checkbox
              label={t('log.swelling')}
              checked={draft.swelling}
              onChange={(e) => set('swelling', e.currentTarget.checked)}
            />
            <Checkbox
              label={t('log.limp')}
              checked={draft.limp}
              onChange={(e) => set('limp', e.currentTarget.checked)}
            />
          </Group>
          <Checkbox.Group
            label={t('log.redFlags')}
            description={t('log.redFlagsHint')}
            value={draft.redFlags}
            onChange={(value) => set('redFlags', value as RedFlag[])}
          >
            <Group mt={4} gap="sm">
              {RED_FLAGS.map((flag) => (
                <Checkbox key={flag} value={flag} label={t(`redFlags.${flag}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </>
      )}
      <Textarea
        label={t('log.note')}
        value={draft.note}
        onChange={(e) => set('note', e.currentTarget.value)}
        autosize
        minRows={2}
      />
      {footerError && (
        <Text c="red" size="sm" role="alert">
          {footerError}
        </Text>
      )}
      {prompt}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={log.busy}>
          {t('log.save')}
        </Button>
      </Group>
    </Stack>
  );
}
