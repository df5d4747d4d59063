import { groupKinds, type Group } from '../../contract/groups';
import { asOneOf } from '../mapping';
import type { GroupWithCount } from './group.repository';

/** Row → DTO at the edge. */
export function toGroup(row: GroupWithCount): Group {
  return {
    id: row.id,
    name: row.name,
    kind: asOneOf(groupKinds, row.kind, 'club'),
    memberCount: row.member_count,
    createdAt: row.created_at,
  };
}
