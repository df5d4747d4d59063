import type { StoredProgramme } from '../../contract/programmes';
import type { Programme } from '../../engine/types';
import type { ProgrammeRow } from './programme.table';

/** Row → DTO: the programme JSON parsed at the edge. */
export function toStoredProgramme(row: Omit<ProgrammeRow, 'request'>): StoredProgramme {
  return {
    programmeId: row.id,
    clientId: row.client_id,
    engineVersion: row.engine_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    programme: JSON.parse(row.programme) as Programme,
  };
}
