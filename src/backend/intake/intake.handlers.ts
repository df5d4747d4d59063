import type { Intake } from '../../contract/intake';
import type { AuditValue } from '../../contract/audit';
import { changedFields, changesDetail } from '../audit/audit.changes';
import { recordAudit } from '../audit/audit.repository';
import { requireClient } from '../client-guard';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import type { HandlerMap } from '../handler';
import { toIntake, toIntakeRow } from './intake.mapping';
import { findIntake, saveIntake } from './intake.repository';

const AUDITED_FIELDS = [
  'experience',
  'painFreeWalkMinutes',
  'longestRecentRunMinutes',
  'preInjuryWeeklyRunMinutes',
  'days',
  'maxSessionMinutes',
  'crossTraining',
  'preferredTime',
  'goalKind',
  'goalDate',
  'startDate',
  'redsSigns',
  'breastfeeding',
] as const;

/** An intake as flat audit values: lists as comma-separated codes. */
function audited(intake: Intake): Record<string, AuditValue> {
  const values: Record<string, AuditValue> = {};
  for (const field of AUDITED_FIELDS) {
    const value = intake[field];
    values[field] = Array.isArray(value) ? value.join(',') : value;
  }
  return values;
}

export const intakeHandlers = {
  'intake.get': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    const row = await findIntake(context.db, clientId);
    return row ? toIntake(row) : null;
  },

  'intake.save': async (context, input) => {
    const at = context.clock();
    const row = await context.db.transaction().execute(async (trx) => {
      await requireClient(trx, input.clientId);
      const before = await findIntake(trx, input.clientId);
      const saved = await saveIntake(trx, toIntakeRow(input, at.toISOString()));
      await refreshClientStatus(trx, input.clientId, at);
      const changes = changedFields(
        before ? audited(toIntake(before)) : null,
        audited(toIntake(saved)),
        AUDITED_FIELDS,
      );
      if (before === undefined || changes.length > 0) {
        await recordAudit(trx, {
          at: at.toISOString(),
          action: 'intake.save',
          clientId: input.clientId,
          subject: 'intake',
          details: { first: before === undefined, changes: changesDetail(changes) },
        });
      }
      return saved;
    });
    return toIntake(row);
  },
} satisfies Partial<HandlerMap>;
