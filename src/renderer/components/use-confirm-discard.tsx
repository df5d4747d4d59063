import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDiscard {
  /** Closes at once when nothing was entered; otherwise asks first. Give it to the dialog's onClose. */
  requestClose(): void;
  /** True while the question is shown: pass `closeOnEscape={!asking}` to the dialog, so Esc answers it. */
  asking: boolean;
  /** The question; render it next to the dialog (not inside it). */
  prompt: ReactNode;
}

/**
 * Asks before a half-filled dialog is thrown away (Esc, the close button, Cancel). `dirty`: the
 * form differs from how it opened. Usage:
 *
 *   const discard = useConfirmDiscard(dirty, onClose);
 *   <Modal onClose={discard.requestClose} closeOnEscape={!discard.asking}>…</Modal>
 *   {discard.prompt}
 */
export function useConfirmDiscard(dirty: boolean, close: () => void): ConfirmDiscard {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const requestClose = useCallback(() => {
    if (dirty) setAsking(true);
    else close();
  }, [dirty, close]);
  const keep = useCallback(() => setAsking(false), []);
  const discard = useCallback(() => {
    setAsking(false);
    close();
  }, [close]);
  const prompt = (
    <Modal
      opened={asking}
      onClose={keep}
      title={t('discard.title')}
      centered
      size="sm"
      zIndex={400}
      closeButtonProps={{ 'aria-label': t('discard.keep') }}
    >
      <Text size="sm">{t('discard.text')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={keep} data-autofocus>
          {t('discard.keep')}
        </Button>
        <Button color="red" onClick={discard}>
          {t('discard.discard')}
        </Button>
      </Group>
    </Modal>
  );
  return { requestClose, asking, prompt };
}
