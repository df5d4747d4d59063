import type { ChannelName } from '../contract/channel-names';
import type { ChannelOutput, ParsedInput } from '../contract/channels';
import type { FieldIssue } from '../contract/result';
import type { BackendContext } from './context';

export type Handler<C extends ChannelName> = (
  context: BackendContext,
  input: ParsedInput<C>,
) => Promise<ChannelOutput<C>>;

/** One handler per channel; `satisfies HandlerMap` makes a missing handler a compile error. */
export type HandlerMap = { [C in ChannelName]: Handler<C> };

/** A check that needs the context (the clock, the database); it sees the raw input. */
export type FieldCheck = (context: BackendContext, rawInput: unknown) => FieldIssue[];

export type FieldCheckMap = Partial<Record<ChannelName, FieldCheck>>;
