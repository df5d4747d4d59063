import type { FieldIssue } from '../../contract/result';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import type { BackendContext } from '../context';
import { localDate } from '../clock';
import { notFound } from '../errors';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { findClient, insertClient, searchClients, updateClient } from './client.repository';
import { toClient, toClientColumns } from './client.mapping';

/**
 * Rules that need the clock, so they cannot live in the contract's schema. They read the raw
 * input, so dispatch can report them together with the schema's issues in one answer.
 */
function birthDateNotInFuture(context: BackendContext, raw: unknown): FieldIssue[] {
  const birthDate = (raw as { birthDate?: unknown } | null)?.birthDate;
  if (typeof birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    if (birthDate > localDate(context.clock())) {
      return [{ path: 'birthDate', code: 'future_date', message: 'Birth date cannot be in the future' }];
    }
  }
  return [];
}

export const clientFieldChecks = {
  'clients.create': birthDateNotInFuture,
  'clients.update': birthDateNotInFuture,
} satisfies FieldCheckMap;

export const clientHandlers = {
  'clients.list': async (context, input) => {
    const { rows, total } = await searchClients(context.db, input);
    return { items: rows.map(toClient), total };
  },

  'clients.get': async (context, { id }) => {
    const row = await findClient(context.db, id);
    if (!row) throw notFound('Client');
    return toClient(row);
  },

  'clients.create': async (context, input) => {
    const now = context.clock().toISOString();
    const row = await context.db
      .transaction()
      .execute((trx) =>
        insertClient(trx, { ...toClientColumns(input), archived: 0, created_at: now, updated_at: now }),
      );
    return toClient(row);
  },

  'clients.update': async (context, { id, ...fields }) => {
    const at = context.clock();
    const row = await context.db.transaction().execute(async (trx) => {
      const updated = await updateClient(trx, id, {
        ...toClientColumns(fields),
        updated_at: at.toISOString(),
      });
      // Birth date and sex are plan inputs (age, RED-S screening).
      if (updated) await refreshClientStatus(trx, id, at);
      return updated;
    });
    if (!row) throw notFound('Client');
    return toClient(row);
  },

  'clients.archive': async (context, { id, archived }) => {
    const now = context.clock().toISOString();
    const row = await context.db
      .transaction()
      .execute((trx) => updateClient(trx, id, { archived: archived ? 1 : 0, updated_at: now }));
    if (!row) throw notFound('Client');
    return toClient(row);
  },
} satisfies Partial<HandlerMap>;
