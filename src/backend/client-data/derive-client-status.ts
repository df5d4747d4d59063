import type { Kysely } from 'kysely';
import type { PlanRequest, Programme } from '../../engine/types';
import { findCurrentClearance } from '../clearances/clearance.repository';
import { updateClientStatus } from '../client-status/client-status.repository';
import type { ClientStatusChanges } from '../client-status/client-status.table';
import type { Database } from '../db/schema';
import { findActiveInjury } from '../injuries/injury.repository';
import { summariseProgramme, toStatusChanges } from '../programmes/programme-summary';
import { findCurrentProgramme } from '../programmes/programme.repository';

/**
 * Derives a client's caseload row from their stored history, as the writers that keep it would
 * have left it: the most recently recorded active injury, the current clearance, and the current
 * programme summarised with the logs of its request and its warnings. For a client written all at
 * once (an import). A client with no injury, clearance or programme gets no row, like one never
 * edited.
 */
export async function deriveClientStatus(db: Kysely<Database>, clientId: number, now: string): Promise<void> {
  const [anyInjury, injury, clearance, programme] = await Promise.all([
    db.selectFrom('injury').select('id').where('client_id', '=', clientId).limit(1).executeTakeFirst(),
    findActiveInjury(db, clientId),
    findCurrentClearance(db, clientId),
    findCurrentProgramme(db, clientId),
  ]);
  if (!anyInjury && !clearance && !programme) return;
  const changes: ClientStatusChanges = {
    injury_type: injury?.type ?? null,
    injury_side: injury?.side ?? null,
    clearance_level: clearance?.level ?? null,
    review_date: clearance?.review_date ?? null,
  };
  if (programme) {
    const request = JSON.parse(programme.request) as PlanRequest;
    const summary = summariseProgramme(JSON.parse(programme.programme) as Programme, request.logs);
    Object.assign(changes, toStatusChanges(summary));
  }
  await updateClientStatus(db, clientId, changes, now);
}
