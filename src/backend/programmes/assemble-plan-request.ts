import type { Kysely } from 'kysely';
import type { Restriction } from '../../contract/notes';
import type { FieldIssue } from '../../contract/result';
import { REQUEST_SCHEMA_VERSION, SEXES, type InjuryNote, type SessionLog } from '../../engine/types';
import { toPlanAdjustment } from '../adjustments/plan-adjustment.mapping';
import { listAdjustments } from '../adjustments/plan-adjustment.repository';
import { toEngineAssessment } from '../assessments/assessment.mapping';
import { listAssessmentsInDateOrder } from '../assessments/assessment.repository';
import { toClearance } from '../clearances/clearance.mapping';
import { findCurrentClearance } from '../clearances/clearance.repository';
import { requireClient } from '../client-guard';
import type { ClientRow } from '../clients/client.table';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { toInjury } from '../injuries/injury.mapping';
import { findActiveInjury, listNotes } from '../injuries/injury.repository';
import { toIntake } from '../intake/intake.mapping';
import { findIntake } from '../intake/intake.repository';
import { asOneOf } from '../mapping';
import { toSessionLog } from '../sessions/session-log.mapping';
import { listSessionLogs } from '../sessions/session-log.repository';
import { criteriaThresholdsOf, toSettings } from '../settings/settings.mapping';
import { findSettings } from '../settings/settings.repository';

/**
 * The PlanRequest (schema version 2) for a client, built from the stored rows: the client, with the
 * RED-S signs and breastfeeding recorded at intake; the most recently recorded active injury
 * (earlier episodes, bone stress site) and all its notes (oldest first); the current clearance
 * (time-gate and ACL sport-timing overrides); the intake (fitness, availability, goal, start date);
 * the clinic's units and language; the clinician's adjustments (in the order made); the recorded
 * tests (in date order) with the clinic's criterion thresholds; every session log (in date order);
 * and `today`. Unvalidated: the caller parses it (parseStoredRequest: the logs as stored, the rest anew).
 * Missing pieces are one `conflict` naming each, in the order a clinician fills them in.
 * `clientRow`: the client's row when the caller has just read it on the same connection (a
 * handler that checked the client exists), so it is not read twice.
 */
export async function assemblePlanRequest(
  db: Kysely<Database>,
  clientId: number,
  today: string,
  clientRow?: ClientRow,
): Promise<Record<string, unknown> & { logs: SessionLog[] }> {
  const client = clientRow ?? (await requireClient(db, clientId));
  const [injuryRow, clearanceRow, intakeRow, settingsRow, logRows, adjustmentRows, assessmentRows] =
    await Promise.all([
      findActiveInjury(db, clientId),
      findCurrentClearance(db, clientId),
      findIntake(db, clientId),
      findSettings(db),
      listSessionLogs(db, clientId),
      listAdjustments(db, clientId),
      listAssessmentsInDateOrder(db, clientId),
    ]);
  const missing: FieldIssue[] = [];
  if (!injuryRow) missing.push({ path: 'injury', code: 'missing', message: 'Add an injury first.' });
  if (!clearanceRow)
    missing.push({ path: 'clearance', code: 'missing', message: 'Record a clearance first.' });
  if (!intakeRow) missing.push({ path: 'intake', code: 'missing', message: 'Complete the intake first.' });
  if (!injuryRow || !clearanceRow || !intakeRow) {
    throw new DomainError('conflict', missing.map((issue) => issue.message).join(' '), missing);
  }
  const injury = toInjury(injuryRow, []);
  const clearance = toClearance(clearanceRow);
  const intake = toIntake(intakeRow);
  const settings = toSettings(settingsRow);
  const noteRows = await listNotes(db, [injury.id]);
  const notes: InjuryNote[] = noteRows.reverse().map((row) => ({
    date: row.date,
    author: row.author,
    text: row.text,
    restrictions: (JSON.parse(row.restrictions) as Restriction[]).map(({ code, value, until }) => ({
      code,
      value,
      until,
    })),
  }));
  const logs: SessionLog[] = logRows.map(toSessionLog);
  return {
    schemaVersion: REQUEST_SCHEMA_VERSION,
    startDate: intake.startDate,
    today,
    units: settings.units,
    locale: settings.language,
    client: {
      name: client.name,
      birthDate: client.birth_date,
      sex: asOneOf(SEXES, client.sex, 'unspecified'),
      experience: intake.experience,
      redsSigns: intake.redsSigns,
      breastfeeding: intake.breastfeeding,
    },
    injury: {
      type: injury.type,
      side: injury.side,
      onsetDate: injury.onsetDate,
      weeksWithoutRunning: injury.weeksWithoutRunning,
      severity: injury.severity,
      surgeryDate: injury.surgeryDate,
      deliveryDate: injury.deliveryDate,
      recurrent: injury.recurrent,
      previousEpisodes: injury.previousEpisodes,
      bsiSite: injury.bsiSite,
      imagingConfirmedHealing: injury.imagingConfirmedHealing,
    },
    notes,
    clearance: {
      level: clearance.level,
      date: clearance.date,
      by: clearance.by,
      reviewDate: clearance.reviewDate,
      overrideTimeGate: clearance.overrideTimeGate,
      overrideSportGate: clearance.overrideSportGate,
    },
    fitness: {
      painFreeWalkMinutes: intake.painFreeWalkMinutes,
      longestRecentRunMinutes: intake.longestRecentRunMinutes,
      preInjuryWeeklyRunMinutes: intake.preInjuryWeeklyRunMinutes,
    },
    availability: {
      days: intake.days,
      maxSessionMinutes: intake.maxSessionMinutes,
      crossTraining: intake.crossTraining,
    },
    goal: { kind: intake.goalKind, date: intake.goalDate },
    adjustments: adjustmentRows.map(toPlanAdjustment),
    // Date order, those of one day as recorded: of two on one day the engine reads the later.
    assessments: assessmentRows.map(toEngineAssessment),
    criteriaThresholds: criteriaThresholdsOf(settingsRow),
    logs,
  };
}
