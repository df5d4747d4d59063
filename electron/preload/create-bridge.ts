import { channelNames, type ChannelName } from '../../src/contract/channel-names';
import type { Result } from '../../src/contract/result';
import type { RestrideBridge } from './bridge-types';

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

/**
 * One function per contract channel and nothing else: no generic `invoke(channel)`, no
 * ipcRenderer, no event emitters. Each function forwards exactly one argument.
 */
export function createBridge(invoke: Invoke): RestrideBridge {
  const entries = channelNames.map(
    (channel) => [channel, (input: unknown) => invoke(channel, input)] as const,
  );
  return Object.freeze(Object.fromEntries(entries)) as RestrideBridge;
}
