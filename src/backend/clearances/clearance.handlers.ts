import { recordAudit } from '../audit/audit.repository';
import { requireClient } from '../client-guard';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import { datesNotInFuture } from '../field-checks';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { toFlag } from '../mapping';
import { toClearance } from './clearance.mapping';
import { insertClearance, listClearances } from './clearance.repository';

export const clearanceFieldChecks = {
  'clearances.set': datesNotInFuture({ date: 'Clearance date' }),
} satisfies FieldCheckMap;

export const clearanceHandlers = {
  'clearances.list': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    return (await listClearances(context.db, clientId)).map(toClearance);
  },

  /** Adds an entry; earlier entries stay as the history of who cleared what, when. */
  'clearances.set': async (context, input) => {
    const at = context.clock();
    const now = at.toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      await requireClient(trx, input.clientId);
      const inserted = await insertClearance(trx, {
        client_id: input.clientId,
        level: input.level,
        date: input.date,
        cleared_by: input.by,
        review_date: input.reviewDate,
        conditions: input.conditions,
        override_time_gate: toFlag(input.overrideTimeGate),
        // A reason without an override means nothing; keep the row honest.
        override_reason: input.overrideTimeGate ? input.overrideReason : null,
        override_sport_gate: toFlag(input.overrideSportGate),
        created_at: now,
      });
      // The entry just recorded is the current clearance: the caseload and the plan follow it.
      await refreshClientStatus(trx, input.clientId, at);
      await recordAudit(trx, {
        at: now,
        action: 'clearance.set',
        clientId: input.clientId,
        subject: `clearance ${inserted.level}`,
        details: {
          clearanceId: inserted.id,
          overrideTimeGate: input.overrideTimeGate,
          overrideSportGate: input.overrideSportGate,
        },
      });
      return inserted;
    });
    return toClearance(row);
  },
} satisfies Partial<HandlerMap>;
