import { Alert, Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDiscard {
  /**
   * Closes at once when nothing was entered; otherwise asks first (and, while asking, Esc or the
   * close button again means "keep editing"). Give it to the dialog's onClose and Cancel button.
   */
  requestClose(): void;
  /** Closes without asking (after saving), forgetting what the form reported. */
  close(): void;
  /** For the form: whether it differs from how it opened (see useReportDirty). */
  onDirtyChange(dirty: boolean): void;
  /** True while the question is shown. */
  asking: boolean;
  /** The question, inside the dialog (null while not asking): render it next to the form's buttons. */
  prompt: ReactNode;
}

/**
 * Asks before a half-filled dialog is thrown away (Esc, the close button, Cancel). The form inside
 * reports whether it differs from how it opened through `onDirtyChange`, or the caller says so
 * with `dirty`. The question is part of the dialog itself, not a second dialog on top, so focus
 * and Esc stay with one dialog. Usage:
 *
 *   const discard = useConfirmDiscard(onClose);
 *   <Modal opened={…} onClose={discard.requestClose} title={…}>
 *     <Form onDirtyChange={discard.onDirtyChange} onCancel={discard.requestClose} onSaved={discard.close} />
 *     {discard.prompt}
 *   </Modal>
 */
export function useConfirmDiscard(onClose: () => void, dirty?: boolean): ConfirmDiscard {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [reported, setReported] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const close = useCallback(() => {
    setAsking(false);
    setReported(false);
    onClose();
  }, [onClose]);
  const requestClose = useCallback(() => {
    if (asking) setAsking(false);
    else if (dirty ?? reported) setAsking(true);
    else close();
  }, [asking, dirty, reported, close]);
  const keep = useCallback(() => setAsking(false), []);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);
  const prompt = asking ? (
    <Alert
      color="orange"
      variant="light"
      role="alertdialog"
      aria-labelledby={titleId}
      title={<span id={titleId}>{t('discard.title')}</span>}
      data-testid="confirm-discard"
    >
      <Text size="sm">{t('discard.text')}</Text>
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={keep} ref={keepRef}>
          {t('discard.keep')}
        </Button>
        <Button color="red" onClick={close}>
          {t('discard.discard')}
        </Button>
      </Group>
    </Alert>
  ) : null;
  return { requestClose, close, onDirtyChange: setReported, asking, prompt };
}

/**
 * Whether a form differs from how it opened (compared as JSON with its first render), reported to
 * the dialog that owns it through `onDirtyChange` so that dialog can ask before discarding.
 */
export function useReportDirty(
  current: unknown,
  onDirtyChange: ((dirty: boolean) => void) | undefined,
): boolean {
  const [opened] = useState(() => JSON.stringify(current));
  const dirty = JSON.stringify(current) !== opened;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  return dirty;
}
