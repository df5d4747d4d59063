import type { ChannelName } from '../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../contract/channels';
import type { Result } from '../../contract/result';
import { queryClient } from './query-client';

type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

/** The Electron preload's bridge: one function per channel. */
type Bridge = Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>;

function electronTransport(bridge: Bridge): Invoke {
  return (channel, input) => bridge[channel](input);
}

/**
 * Browser mode: POST /api/<channel>. The session is an HttpOnly cookie the host set when the
 * printed URL was opened; a same-origin fetch sends it, and no script can read it.
 */
function httpTransport(): Invoke {
  return async (channel, input) => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'ReStride is not answering. Is browser mode still running?' },
      };
    }
  };
}

function pickTransport(): Invoke {
  const bridge = (window as unknown as { restride?: Bridge }).restride;
  if (bridge) return electronTransport(bridge);
  return httpTransport();
}

const invoke = pickTransport();

/** Channels that only read; every other one may change what some screen shows. */
const READS = /\.(list|get|current|roster|suggestRestrictions)$/;

/**
 * The renderer's one way to the backend: a channel, its input, a Result. After a call that may
 * have changed data (a write, a print or export that records a snapshot), every cached read is
 * invalidated, so no screen keeps showing what was true before it (query-client.ts).
 */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const result = (await invoke(channel, input)) as Result<ChannelOutput<C>>;
  if (result.ok && !READS.test(channel)) void queryClient.invalidateQueries();
  return result;
}
