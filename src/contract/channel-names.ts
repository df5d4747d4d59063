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
  'injuries.list',
  'injuries.create',
  'injuries.update',
  'notes.add',
  'notes.update',
  'notes.suggestRestrictions',
  'clearances.list',
  'clearances.set',
  'intake.get',
  'intake.save',
  'programmes.current',
  'sessions.log',
  'sessions.list',
  'adjustments.list',
  'adjustments.add',
  'adjustments.remove',
  'assessments.list',
  'assessments.add',
  'assessments.update',
  'assessments.remove',
  'dashboard.get',
  'caseload.get',
  'groups.list',
  'groups.create',
  'groups.rename',
  'groups.delete',
  'groups.addMember',
  'groups.removeMember',
  'groups.roster',
  'settings.get',
  'settings.save',
  'print.programme',
  'print.programmeToFolder',
  'exports.ics',
  'exports.fit',
  'backups.list',
  'backups.create',
  'backups.restore',
  'clients.exportRecord',
  'clients.importRecord',
  'clients.erase',
  'audit.list',
] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(value: string): value is ChannelName {
  return (channelNames as readonly string[]).includes(value);
}
