import type { ChannelName } from '../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../contract/channels';
import type { Result } from '../../contract/result';

type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

/** The Electron preload's bridge: one function per channel. */
type Bridge = Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>;

function electronTransport(bridge: Bridge): Invoke {
  return (channel, input) => bridge[channel](input);
}

/** Browser mode: POST /api/<channel> with the token the host embedded in the page. */
function httpTransport(token: string): Invoke {
  return async (channel, input) => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-restride-token': token },
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
  const token = document.querySelector<HTMLMetaElement>('meta[name="restride-token"]')?.content ?? '';
  return httpTransport(token);
}

const invoke = pickTransport();

/** The renderer's one way to the backend: a channel, its input, a Result. */
export function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  return invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;
}
