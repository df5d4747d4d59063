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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { familyOf } from '../../../engine/log-matching';
import { RED_FLAGS, type RedFlag, type Session } from '../../../engine/types';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { logged } from '../../components/programme/session-card';
import { formatDay } from '../../format';
import { useEngineText } from '../../components/programme/engine-text';

type Outcome = 'done' | 'stopped' | 'missed';
type WarmupPain = 'none' | 'cleared' | 'persisted';

interface LogSessionDialogProps {
  clientId: number;
  session: Session | null;
  onClose(): void;
  /** After the engine has adapted the programme to the log. */
  onLogged(): void;
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

/** What the client reports after a session; the engine answers with its decision and the reason. */
export function LogSessionDialog({ clientId, session, onClose, onLogged }: LogSessionDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={session !== null} onClose={onClose} title={t('log.title')} size="lg">
      {session && (
        <LogForm
          key={session.id}
          clientId={clientId}
          session={session}
          onClose={onClose}
          onLogged={onLogged}
        />
      )}
    </Modal>
  );
}

function LogForm({
  clientId,
  session,
  onClose,
  onLogged,
}: { clientId: number; session: Session } & Omit<LogSessionDialogProps, 'clientId' | 'session'>) {
  const { t } = useTranslation();
  const say = useEngineText();
  const log = useAction('sessions.log');
  const errors = fieldErrors(log.error, t);
  const [outcome, setOutcome] = useState<Outcome>('done');
  const [painDuring, setPainDuring] = useState(0);
  const [painAfter, setPainAfter] = useState(0);
  const [painNextMorning, setPainNextMorning] = useState(0);
  const [painBuiltDuringRun, setBuilt] = useState(false);
  const [warmupPain, setWarmupPain] = useState<WarmupPain>('none');
  const [swelling, setSwelling] = useState(false);
  const [limp, setLimp] = useState(false);
  const [redFlags, setRedFlags] = useState<RedFlag[]>([]);
  const [rpe, setRpe] = useState<number | ''>(session.effort.rpeMax);
  const [actualRunMinutes, setActual] = useState<number | ''>(session.runMinutes);
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState<{
    action: string;
    light: string | null;
    text: string;
    rules: string[];
  } | null>(null);
  const missed = outcome === 'missed';

  const submit = async () => {
    const result = await log.run({
      clientId,
      // A second log of the same session corrects the first; the engine replays from the corrected one.
      replace: logged(session),
      log: {
        sessionId: session.id,
        date: session.date,
        // A log belongs to its day and kind, so it survives any re-plan.
        kind: familyOf(session.kind),
        completed: outcome === 'done',
        actualRunMinutes: missed ? 0 : actualRunMinutes === '' ? null : actualRunMinutes,
        rpe: missed || rpe === '' ? null : rpe,
        painDuring: missed ? null : painDuring,
        painAfter: missed ? null : painAfter,
        painNextMorning: missed ? null : painNextMorning,
        painBuiltDuringRun: !missed && painBuiltDuringRun,
        warmupPainCleared: missed || warmupPain === 'none' ? null : warmupPain === 'cleared',
        swelling: !missed && swelling,
        limp: !missed && limp,
        redFlags: missed ? [] : redFlags,
        note,
      },
    });
    if (result) {
      setDecision({
        action: result.decision?.action ?? 'none',
        light: result.decision?.light ?? null,
        text: result.decision?.explanation.join(' ') ?? '',
        rules: result.decision?.rules ?? [],
      });
      onLogged();
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
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('log.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {formatDay(session.date, true)} · {say(session.titleI18n, session.title)}
      </Text>
      <SegmentedControl
        aria-label={t('log.outcome')}
        value={outcome}
        onChange={(value) => setOutcome(value as Outcome)}
        data={(['done', 'stopped', 'missed'] as const).map((value) => ({
          value,
          label: t(`log.outcomes.${value}`),
        }))}
        fullWidth
      />
      {!missed && (
        <>
          <PainSlider label={t('log.painDuring')} value={painDuring} onChange={setPainDuring} />
          <PainSlider label={t('log.painAfter')} value={painAfter} onChange={setPainAfter} />
          <PainSlider
            label={t('log.painNextMorning')}
            value={painNextMorning}
            onChange={setPainNextMorning}
          />
          <Group grow>
            <NumberInput
              label={t('log.actualRunMinutes')}
              value={actualRunMinutes}
              onChange={(v) => setActual(typeof v === 'number' ? v : '')}
              min={0}
              error={errors['log.actualRunMinutes']}
            />
            <NumberInput
              label={t('log.rpe')}
              value={rpe}
              onChange={(v) => setRpe(typeof v === 'number' ? v : '')}
              min={0}
              max={10}
              error={errors['log.rpe']}
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm">{t('log.warmupPain')}</Text>
            <SegmentedControl
              size="xs"
              aria-label={t('log.warmupPain')}
              value={warmupPain}
              onChange={(value) => setWarmupPain(value as WarmupPain)}
              data={(['none', 'cleared', 'persisted'] as const).map((value) => ({
                value,
                label: t(`log.warmup.${value}`),
              }))}
            />
          </Stack>
          <Group>
            <Checkbox
              label={t('log.painBuilt')}
              checked={painBuiltDuringRun}
              onChange={(e) => setBuilt(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('log.swelling')}
              checked={swelling}
              onChange={(e) => setSwelling(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('log.limp')}
              checked={limp}
              onChange={(e) => setLimp(e.currentTarget.checked)}
            />
          </Group>
          <Checkbox.Group
            label={t('log.redFlags')}
            description={t('log.redFlagsHint')}
            value={redFlags}
            onChange={(value) => setRedFlags(value as RedFlag[])}
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
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      {log.error && (
        <Text c="red" size="sm" role="alert">
          {log.error.issues?.map((issue) => `${issue.path}: ${issue.message}`).join('; ') ||
            log.error.message}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={log.busy}>
          {t('log.save')}
        </Button>
      </Group>
    </Stack>
  );
}
