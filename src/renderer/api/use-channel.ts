import { useCallback, useEffect, useState } from 'react';
import type { ChannelName } from '../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../contract/channels';
import type { ContractError } from '../../contract/result';
import { call } from './transport';

export interface ChannelQuery<T> {
  data: T | null;
  error: ContractError | null;
  /** False until the first answer arrives (data may legitimately be null after that). */
  loaded: boolean;
  /** Asks again (after a change elsewhere). */
  reload(): void;
}

/**
 * Reads a channel and re-reads it whenever the input changes. Answers that arrive after a newer
 * request was made are dropped, so fast typing in a search box never shows stale results.
 */
export function useChannel<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): ChannelQuery<ChannelOutput<C>> {
  const [state, setState] = useState<{
    data: ChannelOutput<C> | null;
    error: ContractError | null;
    loaded: boolean;
  }>({
    data: null,
    error: null,
    loaded: false,
  });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    void call(channel, JSON.parse(key) as ChannelInput<C>).then((result) => {
      if (!current) return;
      setState((previous) =>
        result.ok
          ? { data: result.value, error: null, loaded: true }
          : { data: previous.data, error: result.error, loaded: true },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
