/**
 * Every channel of the contract, by name. Zod-free on purpose: the Electron preload imports this
 * list to expose one function per channel without pulling the schemas into the renderer bundle.
 */
export const channelNames = [
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.archive',
] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(value: string): value is ChannelName {
  return (channelNames as readonly string[]).includes(value);
}
