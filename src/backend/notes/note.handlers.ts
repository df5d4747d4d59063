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
    const now = context.clock().toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      if (!(await findInjury(trx, note.injuryId))) throw notFound('Injury');
      return insertNote(trx, {
        injury_id: note.injuryId,
        date: note.date,
        author: note.author,
        text: note.text,
        restrictions: JSON.stringify(
          note.restrictions.map(({ code, value, until }) => ({ code, value, until })),
        ),
        created_at: now,
      });
    });
    return toInjuryNote(row);
  },

  'notes.suggestRestrictions': async (context, { text, date }) =>
    suggestRestrictions(text, date ?? localDate(context.clock())),
} satisfies Partial<HandlerMap>;
