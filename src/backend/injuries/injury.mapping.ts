import { BSI_SITES, INJURY_TYPES, SEVERITIES, SIDES } from '../../engine/types';
import type { Injury, InjuryStatus } from '../../contract/injuries';
import type { InjuryNote, Restriction } from '../../contract/notes';
import type { InjuryNoteRow } from './injury-note.table';
import type { InjuryRow } from './injury.table';
import { asOneOf, asOneOfOrNull } from '../mapping';

/** Row → DTO at the edge: rows are not domain objects. */
export function toInjuryNote(row: InjuryNoteRow): InjuryNote {
  return {
    id: row.id,
    injuryId: row.injury_id,
    date: row.date,
    author: row.author,
    text: row.text,
    restrictions: JSON.parse(row.restrictions) as Restriction[],
    createdAt: row.created_at,
  };
}

export function toInjury(row: InjuryRow, notes: InjuryNote[]): Injury {
  return {
    id: row.id,
    clientId: row.client_id,
    type: asOneOf(INJURY_TYPES, row.type, 'other_soft_tissue'),
    side: asOneOf(SIDES, row.side, 'na'),
    onsetDate: row.onset_date,
    weeksWithoutRunning: row.weeks_without_running,
    severity: asOneOf(SEVERITIES, row.severity, 'moderate'),
    surgeryDate: row.surgery_date,
    deliveryDate: row.delivery_date,
    recurrent: row.recurrent === 1 || row.previous_episodes > 0,
    previousEpisodes: row.previous_episodes,
    bsiSite: asOneOfOrNull(BSI_SITES, row.bsi_site),
    imagingConfirmedHealing: row.imaging_confirmed_healing === 1,
    status: row.status === 'resolved' ? 'resolved' : ('active' satisfies InjuryStatus),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    notes,
  };
}
