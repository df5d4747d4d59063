import type { AuditChange } from '../../contract/audit';
import type { Restriction } from '../../contract/notes';
import { changesDetail } from '../audit/audit.changes';
import { recordAudit } from '../audit/audit.repository';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import { localDate } from '../clock';
import { notFound } from '../errors';
import { datesNotInFuture } from '../field-checks';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { toInjuryNote } from '../injuries/injury.mapping';
import { findInjury, findNote, insertNote, updateNote } from '../injuries/injury.repository';
import { suggestRestrictions } from './suggest-restrictions';

export const noteFieldChecks = {
  'notes.add': datesNotInFuture({ date: 'Note date' }),
  'notes.update': datesNotInFuture({ date: 'Note date' }),
} satisfies FieldCheckMap;

function restrictionsColumn(restrictions: readonly Restriction[]): string {
  return JSON.stringify(restrictions.map(({ code, value, until }) => ({ code, value, until })));
}

/** A restriction as the audit trail keeps it: `code:value:until` (value and until empty when none). */
function restrictionCode(restriction: Restriction): string {
  return `${restriction.code}:${restriction.value ?? ''}:${restriction.until ?? ''}`;
}

/**
 * What changed in a note's restrictions: each restriction paired with the first unpaired one of
 * the same code on the other side; a restriction without a partner was added or lifted.
 */
export function restrictionChanges(
  before: readonly Restriction[],
  after: readonly Restriction[],
): AuditChange[] {
  const unpaired = [...after];
  const changes: AuditChange[] = [];
  for (const was of before) {
    const index = unpaired.findIndex((is) => is.code === was.code);
    if (index === -1) {
      changes.push({ field: 'restriction', before: restrictionCode(was), after: null });
      continue;
    }
    const [is] = unpaired.splice(index, 1);
    if (is && restrictionCode(is) !== restrictionCode(was)) {
      changes.push({ field: 'restriction', before: restrictionCode(was), after: restrictionCode(is) });
    }
  }
  for (const is of unpaired) changes.push({ field: 'restriction', before: null, after: restrictionCode(is) });
  return changes;
}

/** Whether every change only gives a restriction an end date (or an earlier one): "ended". */
function onlyEnds(changes: readonly AuditChange[]): boolean {
  return (
    changes.length > 0 &&
    changes.every((change) => {
      if (change.field !== 'restriction' || typeof change.before !== 'string') return false;
      if (typeof change.after !== 'string') return false;
      const [code, value, until] = change.before.split(':');
      const [codeAfter, valueAfter, untilAfter] = change.after.split(':');
      return (
        code === codeAfter &&
        value === valueAfter &&
        untilAfter !== '' &&
        (until === '' || (untilAfter ?? '') < (until ?? ''))
      );
    })
  );
}

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
        restrictions: restrictionsColumn(note.restrictions),
        created_at: now,
      });
      // A note's restrictions shape the plan at once.
      await refreshClientStatus(trx, injury.client_id, at);
      await recordAudit(trx, {
        at: now,
        action: 'note.add',
        clientId: injury.client_id,
        subject: `note ${inserted.id}`,
        details: {
          noteId: inserted.id,
          injuryId: injury.id,
          injuryType: injury.type,
          date: note.date,
          changes: changesDetail(restrictionChanges([], note.restrictions)),
        },
      });
      return inserted;
    });
    return toInjuryNote(row);
  },

  'notes.update': async (context, { id, date, text, restrictions }) => {
    const at = context.clock();
    const now = at.toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const current = await findNote(trx, id);
      if (!current) throw notFound('Note');
      const injury = await findInjury(trx, current.injury_id);
      if (!injury) throw notFound('Injury');
      const before = toInjuryNote(current);
      const updated = await updateNote(trx, id, {
        date,
        text,
        restrictions: restrictionsColumn(restrictions),
      });
      if (!updated) throw notFound('Note');
      const changes: AuditChange[] = [];
      if (before.date !== date) changes.push({ field: 'noteDate', before: before.date, after: date });
      // The words stay out of the trail (they may name people); that they changed is kept.
      if (before.text !== text) changes.push({ field: 'noteText', before: null, after: null });
      changes.push(...restrictionChanges(before.restrictions, restrictions));
      if (changes.length > 0) {
        // Ending or lifting a restriction changes the plan at once.
        await refreshClientStatus(trx, injury.client_id, at);
        await recordAudit(trx, {
          at: now,
          action: onlyEnds(changes) ? 'restriction.end' : 'note.update',
          clientId: injury.client_id,
          subject: `note ${id}`,
          details: {
            noteId: id,
            injuryId: injury.id,
            injuryType: injury.type,
            date,
            changes: changesDetail(changes),
          },
        });
      }
      return updated;
    });
    return toInjuryNote(row);
  },

  'notes.suggestRestrictions': async (context, { text, date }) =>
    suggestRestrictions(text, date ?? localDate(context.clock())),
} satisfies Partial<HandlerMap>;
