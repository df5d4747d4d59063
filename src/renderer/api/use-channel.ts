import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelName } from '../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../contract/channels';
import type { ContractError } from '../../contract/result';
import { ChannelError } from './query-client';
import { call } from './transport';

export interface ChannelQuery<T> {
  data: T | null;
  error: ContractError | null;
  /** False until the first answer arrives (data may legitimately be null after that). */
  loaded: boolean;
  /** Asks again now (writes already make every read ask again; see useAction). */
  reload(): void;
}

/**
 * Reads a channel through the shared query cache, keyed by channel and input: two screens asking
 * the same thing share one answer, an answer for an older input never replaces a newer one, and
 * the previous answer stays on screen while a changed input is read (no flicker while typing).
 */
export function useChannel<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): ChannelQuery<ChannelOutput<C>> {
  const query = useQuery({
    queryKey: [channel, input],
    queryFn: async () => {
      const result = await call(channel, input);
      if (!result.ok) throw new ChannelError(result.error);
      return result.value;
    },
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const error = query.error instanceof ChannelError ? query.error.contractError : null;
  return {
    data: query.data ?? null,
    error: query.isPlaceholderData ? null : error,
    loaded: !query.isPending,
    reload,
  };
}
