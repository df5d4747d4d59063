import { requireClient } from '../client-guard';
import { localDate } from '../clock';
import type { HandlerMap } from '../handler';
import { toStoredProgramme } from './programme.mapping';
import { findCurrentProgramme } from './programme.repository';
import { computeAndStore } from './programme.service';

export const programmeHandlers = {
  /** A clinician's generate: a new row, so every generation stays in the history. */
  'programmes.generate': async (context, { clientId }) => {
    const now = context.clock();
    return context.db
      .transaction()
      .execute((trx) => computeAndStore(trx, clientId, { kind: 'new' }, localDate(now), now.toISOString()));
  },

  'programmes.current': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    const row = await findCurrentProgramme(context.db, clientId);
    return row ? toStoredProgramme(row) : null;
  },
} satisfies Partial<HandlerMap>;
