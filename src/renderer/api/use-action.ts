import { useCallback, useState } from 'react';
import type { ChannelName } from '../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../contract/channels';
import type { ContractError } from '../../contract/result';
import { call } from './transport';

export interface Action<C extends ChannelName> {
  /** Sends the input; resolves to the value, or null after a failure (then `error` says why). */
  run(input: ChannelInput<C>): Promise<ChannelOutput<C> | null>;
  busy: boolean;
  error: ContractError | null;
  clearError(): void;
}

/**
 * A write through one channel, with the busy flag and the backend's error for the form (the
 * transport invalidates every cached read after a successful write).
 */
export function useAction<C extends ChannelName>(channel: C): Action<C> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const run = useCallback(
    async (input: ChannelInput<C>) => {
      setBusy(true);
      const result = await call(channel, input);
      setBusy(false);
      setError(result.ok ? null : result.error);
      return result.ok ? result.value : null;
    },
    [channel],
  );
  return { run, busy, error, clearError: useCallback(() => setError(null), []) };
}
