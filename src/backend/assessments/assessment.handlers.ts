import type { Kysely } from 'kysely';
import { ASSESSMENT_LIMITS } from '../../contract/assessment';
import type { AuditDetails } from '../../contract/audit';
import type { Assessment } from '../../engine/types';
import { recordAudit } from '../audit/audit.repository';
import { requireClient } from '../client-guard';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import type { Database } from '../db/schema';
import { DomainError, notFound } from '../errors';
import { datesNotInFuture } from '../field-checks';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { toEngineAssessment, toResultsColumn, toStoredAssessment } from './assessment.mapping';
import {
  deleteAssessment,
  findAssessment,
  insertAssessment,
  listAssessmentsNewestFirst,
  updateAssessment,
} from './assessment.repository';
import type { AssessmentRow } from './assessment.table';

export const assessmentFieldChecks = {
  'assessments.add': datesNotInFuture({ 'assessment.date': 'Assessment date' }),
  'assessments.update': datesNotInFuture({ 'assessment.date': 'Assessment date' }),
} satisfies FieldCheckMap;

/** What the audit trail keeps of an assessment: date, tester and results (the free-text note stays out). */
function auditedAs(assessment: Assessment): string {
  return JSON.stringify({ date: assessment.date, by: assessment.by, results: assessment.results });
}

/** The plan reads every assessment of a client; more than it accepts would leave no plan at all. */
async function requireRoomForOneMore(db: Kysely<Database>, clientId: number): Promise<void> {
  const { count } = await db
    .selectFrom('assessment')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  if (Number(count) >= ASSESSMENT_LIMITS.perRequest) {
    throw new DomainError(
      'conflict',
      `This client already has ${ASSESSMENT_LIMITS.perRequest} assessments, the most a plan reads. ` +
        'Correct or remove one recorded in error instead.',
    );
  }
}

async function requireAssessment(db: Kysely<Database>, id: number): Promise<AssessmentRow> {
  const row = await findAssessment(db, id);
  if (!row) throw notFound('Assessment');
  return row;
}

function auditDetails(id: number, before: AssessmentRow | null, after: AssessmentRow | null): AuditDetails {
  return {
    assessmentId: id,
    before: before ? auditedAs(toEngineAssessment(before)) : null,
    after: after ? auditedAs(toEngineAssessment(after)) : null,
    noteChanged: (before?.note ?? '') !== (after?.note ?? ''),
  };
}

export const assessmentHandlers = {
  'assessments.list': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    return (await listAssessmentsNewestFirst(context.db, clientId)).map(toStoredAssessment);
  },

  'assessments.add': async (context, { clientId, assessment }) => {
    const at = context.clock();
    const now = at.toISOString();
    return context.db.transaction().execute(async (trx) => {
      await requireClient(trx, clientId);
      await requireRoomForOneMore(trx, clientId);
      const row = await insertAssessment(trx, {
        client_id: clientId,
        date: assessment.date,
        tested_by: assessment.by,
        note: assessment.note ?? '',
        results: toResultsColumn(assessment.results),
        created_at: now,
        updated_at: now,
      });
      // The plan reads the new results at once: checkpoints, locks and the caseload follow them.
      await refreshClientStatus(trx, clientId, at);
      await recordAudit(trx, {
        at: now,
        action: 'assessment.add',
        clientId,
        subject: `assessment ${row.id}`,
        details: auditDetails(row.id, null, row),
      });
      return toStoredAssessment(row);
    });
  },

  'assessments.update': async (context, { id, assessment }) => {
    const at = context.clock();
    const now = at.toISOString();
    return context.db.transaction().execute(async (trx) => {
      const before = await requireAssessment(trx, id);
      const after = await updateAssessment(trx, id, {
        date: assessment.date,
        tested_by: assessment.by,
        note: assessment.note ?? '',
        results: toResultsColumn(assessment.results),
        updated_at: now,
      });
      await refreshClientStatus(trx, before.client_id, at);
      await recordAudit(trx, {
        at: now,
        action: 'assessment.update',
        clientId: before.client_id,
        subject: `assessment ${id}`,
        details: auditDetails(id, before, after),
      });
      return toStoredAssessment(after);
    });
  },

  'assessments.remove': async (context, { id }) => {
    const at = context.clock();
    const now = at.toISOString();
    return context.db.transaction().execute(async (trx) => {
      const before = await requireAssessment(trx, id);
      await deleteAssessment(trx, id);
      await refreshClientStatus(trx, before.client_id, at);
      await recordAudit(trx, {
        at: now,
        action: 'assessment.remove',
        clientId: before.client_id,
        subject: `assessment ${id}`,
        details: auditDetails(id, before, null),
      });
      return { id };
    });
  },
} satisfies Partial<HandlerMap>;
