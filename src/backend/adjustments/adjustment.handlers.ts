import type { AdjustmentAction, Programme } from '../../engine/types';
import { recordAudit } from '../audit/audit.repository';
import { requireClient } from '../client-guard';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import { localDate } from '../clock';
import { DomainError, notFound } from '../errors';
import type { HandlerMap } from '../handler';
import { deriveProgrammeIfPlannable } from '../programmes/derive-programme';
import { toDerivedProgrammeDto } from '../programmes/programme.handlers';
import { engineAdjustmentId, toAdjustment } from './plan-adjustment.mapping';
import {
  deleteAdjustment,
  findAdjustment,
  insertAdjustment,
  listAdjustments,
} from './plan-adjustment.repository';

/** The engine's notice of the adjustments it could not apply (E41), if this one is among them. */
function refusalOf(programme: Programme, engineId: string): string | null {
  const warning = programme.warnings.find((candidate) => candidate.code === 'adjustment_not_applied');
  return warning?.adjustmentIds?.includes(engineId) ? warning.message : null;
}

export const adjustmentHandlers = {
  'adjustments.list': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    return (await listAdjustments(context.db, clientId)).map(toAdjustment);
  },

  'adjustments.add': async (context, input) => {
    const at = context.clock();
    const today = localDate(at);
    return context.db.transaction().execute(async (trx) => {
      await requireClient(trx, input.clientId);
      const before = await deriveProgrammeIfPlannable(trx, input.clientId, today);
      if ('notPlannable' in before) {
        throw new DomainError('conflict', `There is no plan to adjust yet: ${before.notPlannable}`);
      }
      const row = await insertAdjustment(trx, {
        client_id: input.clientId,
        date: input.date,
        kind: input.kind ?? null,
        action: JSON.stringify(input.action),
        reason: input.reason,
        adjusted_by: input.by,
        created_at: at.toISOString(),
      });
      const derived = await refreshClientStatus(trx, input.clientId, at);
      if ('notPlannable' in derived) {
        throw new DomainError(
          'conflict',
          `This adjustment does not fit the client's records. ${derived.notPlannable}`,
        );
      }
      // The same rules as the engine's own plan: what they refuse is not stored (the transaction rolls back).
      const refused = refusalOf(derived.programme, engineAdjustmentId(row.id));
      if (refused !== null) {
        throw new DomainError('conflict', `This adjustment cannot be made. ${refused}`, [
          { path: 'action', code: 'not_applied', message: 'The plan’s rules do not allow this adjustment' },
        ]);
      }
      await recordAudit(trx, {
        at: at.toISOString(),
        action: 'plan.adjust',
        clientId: input.clientId,
        subject: `adjustment ${input.action.type}`,
        details: { adjustmentId: row.id, date: input.date, kind: input.kind ?? null },
      });
      return {
        adjustment: toAdjustment(row),
        programme: toDerivedProgrammeDto(input.clientId, today, derived, null),
      };
    });
  },

  'adjustments.remove': async (context, { id }) => {
    const at = context.clock();
    return context.db.transaction().execute(async (trx) => {
      const row = await findAdjustment(trx, id);
      if (!row) throw notFound('Adjustment');
      await deleteAdjustment(trx, id);
      await refreshClientStatus(trx, row.client_id, at);
      await recordAudit(trx, {
        at: at.toISOString(),
        action: 'plan.adjust_remove',
        clientId: row.client_id,
        subject: `adjustment ${(JSON.parse(row.action) as AdjustmentAction).type}`,
        details: { adjustmentId: id, date: row.date },
      });
      return { id };
    });
  },
} satisfies Partial<HandlerMap>;
