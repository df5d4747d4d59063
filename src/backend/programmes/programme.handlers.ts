import { recordAudit } from '../audit/audit.repository';
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
    return context.db.transaction().execute(async (trx) => {
      const stored = await computeAndStore(trx, clientId, { kind: 'new' }, localDate(now), now.toISOString());
      await recordAudit(trx, {
        at: now.toISOString(),
        action: 'programme.generate',
        clientId,
        subject: `programme ${stored.programmeId}`,
        details: { engineVersion: stored.engineVersion, status: stored.programme.status },
      });
      return stored;
    });
  },

  'programmes.current': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    const row = await findCurrentProgramme(context.db, clientId);
    return row ? toStoredProgramme(row) : null;
  },
} satisfies Partial<HandlerMap>;
