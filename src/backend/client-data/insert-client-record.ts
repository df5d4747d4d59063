import type { Kysely } from 'kysely';
import type { ClientRecord } from '../../contract/client-data';
import { episodesOf } from '../../contract/injuries';
import { insertAdjustment } from '../adjustments/plan-adjustment.repository';
import { toResultsColumn } from '../assessments/assessment.mapping';
import { insertAssessment } from '../assessments/assessment.repository';
import { insertClearance } from '../clearances/clearance.repository';
import { toClientColumns } from '../clients/client.mapping';
import { insertClient } from '../clients/client.repository';
import type { ClientRow } from '../clients/client.table';
import type { Database } from '../db/schema';
import { addMember, findGroupByName, insertGroup } from '../groups/group.repository';
import { insertInjury, insertNote } from '../injuries/injury.repository';
import { saveIntake } from '../intake/intake.repository';
import { toFlag } from '../mapping';
import { toSessionLogRow } from '../sessions/session-log.mapping';
import { insertSessionLog } from '../sessions/session-log.repository';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import { logFamilyOf } from '../sessions/session-log.mapping';

/**
 * Writes a parsed record's inputs as a new client: every row inserted fresh (new ids, relations
 * rebuilt from the nesting), in the record's order, with its timestamps; group names join an
 * existing group regardless of case or create a club. Nothing derived is taken from the file: the
 * programmes of older files and each log's pain light are left out; the caseload row and the
 * lights are derived from what was inserted. Call inside a transaction.
 */
export async function insertClientRecord(
  db: Kysely<Database>,
  record: ClientRecord,
  at: Date,
): Promise<ClientRow> {
  const now = at.toISOString();
  const { archived, createdAt, updatedAt, ...fields } = record.client;
  const client = await insertClient(db, {
    ...toClientColumns(fields),
    archived: toFlag(archived),
    created_at: createdAt,
    updated_at: updatedAt,
  });
  const clientId = client.id;

  for (const { notes, ...injury } of record.injuries) {
    // Version 1 files have no episode count: a recurrent injury counts one earlier episode.
    const episodes = episodesOf(injury.previousEpisodes, injury.recurrent)!;
    const row = await insertInjury(db, {
      client_id: clientId,
      type: injury.type,
      side: injury.side,
      onset_date: injury.onsetDate,
      weeks_without_running: injury.weeksWithoutRunning,
      severity: injury.severity,
      surgery_date: injury.surgeryDate,
      delivery_date: injury.deliveryDate,
      recurrent: toFlag(episodes.recurrent),
      previous_episodes: episodes.previousEpisodes,
      bsi_site: injury.bsiSite,
      imaging_confirmed_healing: toFlag(injury.imagingConfirmedHealing),
      status: injury.status,
      created_at: injury.createdAt,
      updated_at: injury.updatedAt,
    });
    for (const note of notes) {
      await insertNote(db, {
        injury_id: row.id,
        date: note.date,
        author: note.author,
        text: note.text,
        restrictions: JSON.stringify(
          note.restrictions.map(({ code, value, until }) => ({ code, value, until })),
        ),
        created_at: note.createdAt,
      });
    }
  }

  for (const clearance of record.clearances) {
    await insertClearance(db, {
      client_id: clientId,
      level: clearance.level,
      date: clearance.date,
      cleared_by: clearance.by,
      review_date: clearance.reviewDate,
      conditions: clearance.conditions,
      override_time_gate: toFlag(clearance.overrideTimeGate),
      override_reason: clearance.overrideTimeGate ? clearance.overrideReason : null,
      override_sport_gate: toFlag(clearance.overrideSportGate),
      created_at: clearance.createdAt,
    });
  }

  if (record.intake) {
    const intake = record.intake;
    await saveIntake(db, {
      client_id: clientId,
      experience: intake.experience,
      pain_free_walk_minutes: intake.painFreeWalkMinutes,
      longest_recent_run_minutes: intake.longestRecentRunMinutes,
      pre_injury_weekly_run_minutes: intake.preInjuryWeeklyRunMinutes,
      available_days: JSON.stringify(intake.days),
      max_session_minutes: intake.maxSessionMinutes,
      cross_training: JSON.stringify(intake.crossTraining),
      preferred_time: intake.preferredTime,
      goal_kind: intake.goalKind,
      goal_date: intake.goalDate,
      start_date: intake.startDate,
      reds_signs: JSON.stringify(intake.redsSigns),
      breastfeeding: toFlag(intake.breastfeeding),
      created_at: intake.createdAt,
      updated_at: intake.updatedAt,
    });
  }

  // The clinician's adjustments, in the order they were made: inputs the engine applies again.
  for (const adjustment of record.adjustments) {
    await insertAdjustment(db, {
      client_id: clientId,
      date: adjustment.date,
      kind: adjustment.action.type === 'hold_week' ? null : adjustment.kind,
      action: JSON.stringify(adjustment.action),
      reason: adjustment.reason,
      adjusted_by: adjustment.by,
      created_at: adjustment.createdAt,
    });
  }

  // Recorded tests, in the file's (date) order: inputs the engine reads again.
  for (const assessment of record.assessments) {
    await insertAssessment(db, {
      client_id: clientId,
      date: assessment.date,
      tested_by: assessment.by,
      note: assessment.note ?? '',
      results: toResultsColumn(assessment.results),
      created_at: assessment.createdAt,
      updated_at: assessment.updatedAt,
    });
  }

  // Each log's light (null here) is the engine's verdict: derived again, never read. Two logs of
  // one kind on one day take the next slot.
  const slots = new Map<string, number>();
  for (const log of record.sessionLogs) {
    const kind = logFamilyOf(log);
    const key = `${log.date}|${kind}`;
    const slot = (slots.get(key) ?? 0) + 1;
    slots.set(key, slot);
    await insertSessionLog(db, {
      ...toSessionLogRow(clientId, { ...log, kind }, log.createdAt),
      slot,
      updated_at: log.updatedAt,
    });
  }

  await joinGroups(db, clientId, record.groups, now);
  await refreshClientStatus(db, clientId, at);
  return client;
}

/** Each name once (regardless of case): an existing group of that name, or a new club. */
async function joinGroups(
  db: Kysely<Database>,
  clientId: number,
  names: readonly string[],
  now: string,
): Promise<void> {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const group =
      (await findGroupByName(db, name, null)) ??
      (await insertGroup(db, { name, kind: 'club', created_at: now, updated_at: now }));
    await addMember(db, group.id, clientId, now);
  }
}
