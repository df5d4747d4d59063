import type { ChannelName } from '../../src/contract/channel-names';
import type { Result } from '../../src/contract/result';

/**
 * `window.restride` as the preload exposes it: one function per contract channel, each taking
 * the channel's single input object and resolving to its Result envelope (never rejecting for a
 * refused or failed call: errors travel as data). Inputs and values are `unknown` here because
 * the preload stays zod-free; the renderer narrows them with the contract's types.
 */
export type RestrideBridge = {
  readonly [Channel in ChannelName]: (input: unknown) => Promise<Result<unknown>>;
};
