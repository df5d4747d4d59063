import { requireClient } from '../client-guard';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import type { HandlerMap } from '../handler';
import { toIntake, toIntakeRow } from './intake.mapping';
import { findIntake, saveIntake } from './intake.repository';

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
      const saved = await saveIntake(trx, toIntakeRow(input, at.toISOString()));
      await refreshClientStatus(trx, input.clientId, at);
      return saved;
    });
    return toIntake(row);
  },
} satisfies Partial<HandlerMap>;
