import { refreshClientStatus } from '../client-status/refresh-client-status';
import { localDate } from '../clock';
import { notFound } from '../errors';
import { datesNotInFuture } from '../field-checks';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { toInjuryNote } from '../injuries/injury.mapping';
import { findInjury, insertNote } from '../injuries/injury.repository';
import { suggestRestrictions } from './suggest-restrictions';

export const noteFieldChecks = {
  'notes.add': datesNotInFuture({ date: 'Note date' }),
} satisfies FieldCheckMap;

/** Notes are append-only: adding is the only write, and there is no update or delete channel. */
export const noteHandlers = {
  'notes.add': async (context, note) => {
    const at = context.clock();
    const now = at.toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const injury = await findInjury(trx, note.injuryId);
      if (!injury) throw notFound('Injury');
      const inserted = await insertNote(trx, {
        injury_id: note.injuryId,
        date: note.date,
        author: note.author,
        text: note.text,
        restrictions: JSON.stringify(
          note.restrictions.map(({ code, value, until }) => ({ code, value, until })),
        ),
        created_at: now,
      });
      // A note's restrictions shape the plan at once.
      await refreshClientStatus(trx, injury.client_id, at);
      return inserted;
    });
    return toInjuryNote(row);
  },

  'notes.suggestRestrictions': async (context, { text, date }) =>
    suggestRestrictions(text, date ?? localDate(context.clock())),
} satisfies Partial<HandlerMap>;
