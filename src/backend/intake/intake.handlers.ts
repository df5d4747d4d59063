import { requireClient } from '../client-guard';
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
    const now = context.clock().toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      await requireClient(trx, input.clientId);
      return saveIntake(trx, toIntakeRow(input, now));
    });
    return toIntake(row);
  },
} satisfies Partial<HandlerMap>;
