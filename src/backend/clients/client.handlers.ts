import { refreshClientStatus } from '../client-status/refresh-client-status';
import { plausibleBirthDate } from '../field-checks';
import { notFound } from '../errors';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { findClient, insertClient, searchClients, updateClient } from './client.repository';
import { toClient, toClientColumns } from './client.mapping';

/**
 * Rules that need the clock, so they cannot live in the contract's schema: a birth date is neither
 * in the future nor more than 110 years ago. They read the raw input, so dispatch can report them
 * together with the schema's issues in one answer.
 */
const birthDatePlausible = plausibleBirthDate();

export const clientFieldChecks = {
  'clients.create': birthDatePlausible,
  'clients.update': birthDatePlausible,
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
