import type { Kysely } from 'kysely';
import { CLIENT_RECORD_FORMAT, CLIENT_RECORD_VERSION, type ClientRecord } from '../../contract/client-data';
import type { Restriction } from '../../contract/notes';
import { HANDED_OUT_PURPOSES } from '../../contract/programmes';
import { PAIN_LIGHTS } from '../../engine/types';
import { listAdjustments } from '../adjustments/plan-adjustment.repository';
import { toClearance } from '../clearances/clearance.mapping';
import { listClearances } from '../clearances/clearance.repository';
import { toClient } from '../clients/client.mapping';
import type { ClientRow } from '../clients/client.table';
import type { Database } from '../db/schema';
import { toInjury } from '../injuries/injury.mapping';
import { listInjuries } from '../injuries/injury.repository';
import { toIntake } from '../intake/intake.mapping';
import { findIntake } from '../intake/intake.repository';
import type { IntakeRow } from '../intake/intake.table';
import { toSessionLog } from '../sessions/session-log.mapping';
import { asOneOf, asOneOfOrNull } from '../mapping';
import { listSnapshots } from '../programmes/plan-snapshot.repository';
import { toAdjustment } from '../adjustments/plan-adjustment.mapping';
import { toStoredAssessment } from '../assessments/assessment.mapping';
import { listAssessmentsInDateOrder } from '../assessments/assessment.repository';
import {
  listClientGroupNames,
  listClientNotesInOrder,
  listSessionLogsInOrder,
} from './client-data.repository';

/**
 * The client's full record as the file format has it: no ids, notes inside their injury, every
 * list in the order it was recorded (so an import recreates the same order), timestamps as stored.
 * Read it in one transaction so the parts agree.
 */
export async function buildClientRecord(
  db: Kysely<Database>,
  clientRow: ClientRow,
  exportedAt: string,
): Promise<ClientRecord> {
  const clientId = clientRow.id;
  const [
    injuryRows,
    noteRows,
    clearanceRows,
    intakeRow,
    adjustmentRows,
    assessmentRows,
    snapshotRows,
    logRows,
    groups,
  ] = await Promise.all([
    listInjuries(db, clientId),
    listClientNotesInOrder(db, clientId),
    listClearances(db, clientId),
    findIntake(db, clientId),
    listAdjustments(db, clientId),
    listAssessmentsInDateOrder(db, clientId),
    listSnapshots(db, clientId),
    listSessionLogsInOrder(db, clientId),
    listClientGroupNames(db, clientId),
  ]);
  const client = toClient(clientRow);
  return {
    format: CLIENT_RECORD_FORMAT,
    version: CLIENT_RECORD_VERSION,
    exportedAt,
    client: {
      name: client.name,
      birthDate: client.birthDate,
      sex: client.sex,
      email: client.email,
      phone: client.phone,
      notes: client.notes,
      group: client.group,
      archived: client.archived,
      createdAt: client.createdAt,
      updatedAt: client.updatedAt,
    },
    // The repositories list injuries and clearances newest first; the file keeps recording order.
    injuries: [...injuryRows].reverse().map((row) => {
      const injury = toInjury(row, []);
      return {
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
        status: injury.status,
        createdAt: injury.createdAt,
        updatedAt: injury.updatedAt,
        notes: noteRows
          .filter((note) => note.injury_id === row.id)
          .map((note) => ({
            date: note.date,
            author: note.author,
            text: note.text,
            restrictions: JSON.parse(note.restrictions) as Restriction[],
            createdAt: note.created_at,
          })),
      };
    }),
    clearances: [...clearanceRows].reverse().map((row) => {
      const clearance = toClearance(row);
      return {
        level: clearance.level,
        date: clearance.date,
        by: clearance.by,
        reviewDate: clearance.reviewDate,
        conditions: clearance.conditions,
        overrideTimeGate: clearance.overrideTimeGate,
        overrideReason: clearance.overrideReason,
        overrideSportGate: clearance.overrideSportGate,
        createdAt: clearance.createdAt,
      };
    }),
    intake: intakeRow ? toIntakeRecord(intakeRow) : null,
    // In the order they were made (the engine applies them in that order).
    adjustments: adjustmentRows.map(toAdjustment).map(({ date, kind, action, by, reason, createdAt }) => ({
      date,
      kind,
      action,
      by,
      reason,
      createdAt,
    })),
    // In date order, as the engine reads them.
    assessments: assessmentRows
      .map(toStoredAssessment)
      .map(({ date, by, note, results, createdAt, updatedAt }) => ({
        date,
        by,
        results,
        ...(note === '' ? {} : { note }),
        createdAt,
        updatedAt,
      })),
    handedOut: snapshotRows.map((row) => ({
      at: row.created_at,
      purpose: asOneOf(HANDED_OUT_PURPOSES, row.purpose, 'print'),
      language: row.language,
      engineVersion: row.engine_version,
      fileSha256: row.file_sha256,
      fileBytes: row.file_bytes,
    })),
    sessionLogs: logRows.map((row) => ({
      ...toSessionLog(row),
      light: asOneOfOrNull(PAIN_LIGHTS, row.light),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    groups,
  };
}

function toIntakeRecord(row: IntakeRow): NonNullable<ClientRecord['intake']> {
  const intake = toIntake(row);
  return {
    experience: intake.experience,
    painFreeWalkMinutes: intake.painFreeWalkMinutes,
    longestRecentRunMinutes: intake.longestRecentRunMinutes,
    preInjuryWeeklyRunMinutes: intake.preInjuryWeeklyRunMinutes,
    days: intake.days,
    maxSessionMinutes: intake.maxSessionMinutes,
    crossTraining: intake.crossTraining,
    preferredTime: intake.preferredTime,
    goalKind: intake.goalKind,
    goalDate: intake.goalDate,
    startDate: intake.startDate,
    redsSigns: intake.redsSigns,
    breastfeeding: intake.breastfeeding,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
