import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { familyOf } from '../../../engine/log-matching';
import {
  MODALITIES,
  RUNNING_KINDS,
  type AdjustmentAction,
  type Session,
  type Week,
} from '../../../engine/types';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { useChannel } from '../../api/use-channel';
import { formatDay, formatDayRange } from '../../format';
import { useEngineText } from '../../components/programme/engine-text';
import { useConfirmDiscard, useReportDirty } from '../../components/use-confirm-discard';

type ActionType = AdjustmentAction['type'];

interface AdjustSessionDialogProps {
  clientId: number;
  /** The session to adjust and the programme week it is in; null when closed. */
  target: { session: Session; week: Week } | null;
  /** Closes the dialog (also after the adjustment was stored: the write re-reads the plan). */
  onClose(): void;
}

/**
 * A clinician's change to the proposed plan: move, shorten, skip, swap for cross-training, or hold
 * the week. The engine checks it against the clearance, the restrictions and the rest days and
 * refuses what they do not allow, saying why; nothing is stored then.
 */
export function AdjustSessionDialog({ clientId, target, onClose }: AdjustSessionDialogProps) {
  const { t } = useTranslation();
  // Esc, × and Cancel ask before a half-written adjustment (its reason, say) is thrown away.
  const discard = useConfirmDiscard(onClose);
  return (
    <Modal opened={target !== null} onClose={discard.requestClose} title={t('adjust.title')} size="lg">
      {target && (
        <AdjustForm
          key={target.session.id}
          clientId={clientId}
          {...target}
          onCancel={discard.requestClose}
          onSaved={discard.close}
          onDirtyChange={discard.onDirtyChange}
        />
      )}
      {discard.prompt}
    </Modal>
  );
}

function daysOf(week: Week): string[] {
  const days: string[] = [];
  const [y, m, d] = week.startDate.split('-').map(Number) as [number, number, number];
  for (let i = 0; i < 7; i++) days.push(new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
  return days.filter((day) => day <= week.endDate);
}

function AdjustForm({
  clientId,
  session,
  week,
  onCancel,
  onSaved,
  onDirtyChange,
}: {
  clientId: number;
  session: Session;
  week: Week;
  onCancel(): void;
  onSaved(): void;
  onDirtyChange(dirty: boolean): void;
}) {
  const { t } = useTranslation();
  const say = useEngineText();
  const settings = useChannel('settings.get', {});
  const add = useAction('adjustments.add');
  const errors = fieldErrors(add.error, t);
  const running = (RUNNING_KINDS as readonly string[]).includes(session.kind);
  const [type, setType] = useState<ActionType>('move');
  const [toDate, setToDate] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | ''>(Math.max(1, Math.floor(session.durationMinutes / 2)));
  const [modality, setModality] = useState<string | null>(null);
  const [by, setBy] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const adjustedBy = by ?? settings.data?.clinician ?? '';
  useReportDirty([type, toDate, minutes, modality, by, reason], onDirtyChange);

  const action = (): AdjustmentAction => {
    switch (type) {
      case 'move':
        return { type, toDate: toDate ?? '' };
      case 'shorten':
        return { type, minutes: minutes === '' ? 0 : minutes };
      case 'swap_cross_training':
        return modality ? { type, modality: modality as (typeof MODALITIES)[number] } : { type };
      default:
        return { type };
    }
  };

  const submit = async () => {
    const hold = type === 'hold_week';
    const result = await add.run({
      clientId,
      date: session.date,
      ...(hold ? {} : { kind: familyOf(session.kind) }),
      action: action(),
      by: adjustedBy,
      reason,
    });
    if (result) onSaved();
  };

  const choices: ActionType[] = [
    'move',
    'shorten',
    'skip',
    ...(running ? (['swap_cross_training'] as const) : []),
    'hold_week',
  ];
  return (
    <Stack gap="sm">
      <Text size="sm">
        {formatDay(session.date)} · {say(session.titleI18n, session.title)}
      </Text>
      <Radio.Group label={t('adjust.what')} value={type} onChange={(value) => setType(value as ActionType)}>
        <Stack gap={6} mt={4}>
          {choices.map((choice) => (
            <Radio key={choice} value={choice} label={t(`adjust.actions.${choice}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {type === 'move' && (
        <Select
          label={t('adjust.toDate')}
          data={daysOf(week)
            .filter((day) => day !== session.date)
            .map((day) => ({ value: day, label: formatDay(day) }))}
          value={toDate}
          onChange={setToDate}
          error={errors['action.toDate']}
          required
        />
      )}
      {type === 'shorten' && (
        <NumberInput
          label={t('adjust.minutes', { planned: session.durationMinutes })}
          min={1}
          max={Math.max(1, session.durationMinutes - 1)}
          value={minutes}
          onChange={(value) => setMinutes(typeof value === 'number' ? value : '')}
          error={errors['action.minutes']}
          required
        />
      )}
      {type === 'swap_cross_training' && (
        <Select
          label={t('adjust.modality')}
          placeholder={t('adjust.anyModality')}
          data={MODALITIES.map((value) => ({ value, label: t(`modalities.${value}`) }))}
          value={modality}
          onChange={setModality}
          clearable
        />
      )}
      {type === 'hold_week' && (
        <Text size="sm" c="dimmed">
          {t('adjust.holdText', { range: formatDayRange(week.startDate, week.endDate) })}
        </Text>
      )}
      <TextInput
        label={t('adjust.by')}
        value={adjustedBy}
        onChange={(event) => setBy(event.currentTarget.value)}
        error={errors.by}
        required
      />
      <Textarea
        label={t('adjust.reason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errors.reason}
        autosize
        minRows={2}
        required
      />
      {add.error && add.error.code !== 'invalid_input' && (
        <Alert color="orange" title={t('adjust.refused')} data-testid="adjust-refused">
          {add.error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={add.busy}>
          {t('adjust.save')}
        </Button>
      </Group>
    </Stack>
  );
}
