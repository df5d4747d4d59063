import type { Kysely } from 'kysely';
import { localDate } from '../clock';
import { findCurrentClearance } from '../clearances/clearance.repository';
import type { Database } from '../db/schema';
import { findActiveInjury } from '../injuries/injury.repository';
import {
  deriveProgrammeIfPlannable,
  type DerivedProgramme,
  type NotPlannable,
} from '../programmes/derive-programme';
import { logLights, summariseProgramme, toStatusChanges } from '../programmes/programme-summary';
import { listSessionLogs, setSessionLight } from '../sessions/session-log.repository';
import { retestWeeksOf } from '../settings/settings.mapping';
import { findSettings } from '../settings/settings.repository';
import { updateClientStatus } from './client-status.repository';
import { criteriaStatus, toCriteriaChanges } from './criteria-status';
import { morningPainDueDate } from './morning-pain';
import type { ClientStatusChanges } from './client-status.table';

/** The programme columns of a client whose records make no plan (yet, or any more). */
const NO_PROGRAMME: ClientStatusChanges = {
  programme_status: null,
  programme_start_date: null,
  current_stage: null,
  ready_to_advance: 0,
  no_log_since_flare: 0,
  stalled: 0,
  criteria_met: 0,
  retest_due_date: null,
};

/**
 * Brings a client's caseload row and each log's pain light up to date with their records: the most
 * recently recorded active injury, the current clearance, and the programme derived from
 * everything (summarised with its logs). Every write that changes a plan input calls it in its
 * transaction, so the dashboard never disagrees with what the Programme tab derives. A client with
 * no injury, clearance or logs gets no row, like one never edited. Answers the derived programme,
 * or why the records make no plan (so a write can refuse what does not fit, in the same transaction).
 */
export async function refreshClientStatus(
  db: Kysely<Database>,
  clientId: number,
  at: Date,
): Promise<DerivedProgramme | NotPlannable> {
  const today = localDate(at);
  const now = at.toISOString();
  const [anyInjury, injury, clearance, logRows, derived] = await Promise.all([
    db.selectFrom('injury').select('id').where('client_id', '=', clientId).limit(1).executeTakeFirst(),
    findActiveInjury(db, clientId),
    findCurrentClearance(db, clientId),
    listSessionLogs(db, clientId),
    deriveProgrammeIfPlannable(db, clientId, today),
  ]);
  if (!anyInjury && !clearance && logRows.length === 0) return derived;
  const changes: ClientStatusChanges = {
    injury_type: injury?.type ?? null,
    injury_side: injury?.side ?? null,
    clearance_level: clearance?.level ?? null,
    review_date: clearance?.review_date ?? null,
    morning_pain_due_date: morningPainDueDate(logRows, today),
  };
  if ('notPlannable' in derived) {
    // The logs keep the lights the last plan gave them; the caseload still shows the latest.
    const last = logRows.at(-1);
    const lastRed = logRows.findLast((row) => row.light === 'red' || row.light === 'refer');
    Object.assign(changes, NO_PROGRAMME, {
      last_log_date: last?.date ?? null,
      last_light: last?.light ?? null,
      last_red_date: lastRed?.date ?? null,
    });
    await updateClientStatus(db, clientId, changes, now);
    return derived;
  }
  // The request's logs are these rows, in this order (assemblePlanRequest).
  const lights = logLights(derived.programme, derived.request.logs);
  for (const [index, row] of logRows.entries()) {
    const light = lights[index] ?? null;
    if (light !== row.light) await setSessionLight(db, row.id, light);
  }
  Object.assign(changes, toStatusChanges(summariseProgramme(derived.programme, derived.request.logs)));
  const retestWeeks = retestWeeksOf(await findSettings(db));
  Object.assign(
    changes,
    toCriteriaChanges(criteriaStatus(derived.programme, derived.request.clearance.level, retestWeeks)),
  );
  await updateClientStatus(db, clientId, changes, now);
  return derived;
}
