import { z } from 'zod';
import { dashboardRowSchema } from './dashboard';
import { idOf, oneOf, singleLineText } from './fields';

export const groupKinds = ['club', 'squad'] as const;
export type GroupKind = (typeof groupKinds)[number];

const groupId = idOf('A group id');
const groupName = singleLineText('Group name', 80);

export const groupSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(groupKinds),
  memberCount: z.number().int(),
  createdAt: z.string(),
});

export type Group = z.infer<typeof groupSchema>;

export const groupsChannels = {
  /** Every group by name, with how many members it has. */
  'groups.list': { input: z.object({}), output: z.array(groupSchema) },
  /** Names are unique regardless of case: a second "Harriers" is a `conflict`. */
  'groups.create': {
    input: z.object({ name: groupName, kind: oneOf(groupKinds, 'Kind').default('club') }),
    output: groupSchema,
  },
  'groups.rename': { input: z.object({ id: groupId, name: groupName }), output: groupSchema },
  /** Deletes the group and its memberships; the clients stay. */
  'groups.delete': { input: z.object({ id: groupId }), output: z.object({ id: z.number().int() }) },
  'groups.addMember': { input: z.object({ groupId, clientId: idOf('A client id') }), output: groupSchema },
  'groups.removeMember': { input: z.object({ groupId, clientId: idOf('A client id') }), output: groupSchema },
  /** The group's members (archived ones too) with each member's dashboard line, by name. */
  'groups.roster': {
    input: z.object({ groupId }),
    output: z.object({ group: groupSchema, members: z.array(dashboardRowSchema) }),
  },
} as const;
