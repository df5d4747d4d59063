import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import { clientsChannels } from './clients';

interface ChannelSchemas {
  input: z.ZodType;
  output: z.ZodType;
}

/** The one API: every channel's input and output schema, keyed by `'area.verb'`. */
export const channels = {
  ...clientsChannels,
} as const satisfies Record<ChannelName, ChannelSchemas>;

export type Channels = typeof channels;
/** What a caller sends (before defaults are applied). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives (after parsing, defaults applied). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
