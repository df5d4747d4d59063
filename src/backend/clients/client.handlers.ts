import { recordAudit } from '../audit/audit.repository';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import { groupsNamed } from '../dashboard/dashboard.repository';
import { plausibleBirthDate } from '../field-checks';
import { notFound } from '../errors';
import { joinClub } from '../groups/club';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { findClient, insertClient, searchClients, updateClient } from './client.repository';
import { searchTextOf, toClient, toClientColumns } from './client.mapping';
import type { ClientRow } from './client.table';
import { injuryTypesNamed } from './injury-names';

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

/** The client's fields the audit trail names when they change (never their values: personal data). */
const PERSONAL_FIELDS = ['name', 'birth_date', 'sex', 'email', 'phone', 'notes'] as const;

export const clientHandlers = {
  'clients.list': async (context, input) => {
    const needle = input.query.toLowerCase();
    const { rows, total } = await searchClients(context.db, input, {
      groupIds: needle === '' ? [] : await groupsNamed(context.db, needle),
      injuryTypes: injuryTypesNamed(needle),
    });
    return { items: rows.map(toClient), total };
  },

  'clients.get': async (context, { id }) => {
    const row = await findClient(context.db, id);
    if (!row) throw notFound('Client');
    return toClient(row);
  },

  'clients.create': async (context, input) => {
    const now = context.clock().toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const inserted = await insertClient(trx, {
        ...toClientColumns({ ...input, group: null }),
        archived: 0,
        created_at: now,
        updated_at: now,
      });
      // The club field joins the club's roster (an existing group regardless of case, or a new club).
      const club = await joinClub(trx, inserted.id, input.group, null, now);
      const row = club === null ? inserted : await setClub(trx, inserted, club);
      await recordAudit(trx, {
        at: now,
        action: 'client.create',
        clientId: row.id,
        subject: 'client',
        details: { club },
      });
      return row;
    });
    return toClient(row);
  },

  'clients.update': async (context, { id, ...fields }) => {
    const at = context.clock();
    const now = at.toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const before = await findClient(trx, id);
      if (!before) return undefined;
      const club = await joinClub(trx, id, fields.group, before.group_name, now);
      const updated = await updateClient(trx, id, {
        ...toClientColumns({ ...fields, group: club }),
        updated_at: now,
      });
      if (!updated) return undefined;
      // Birth date and sex are plan inputs (age, RED-S screening).
      await refreshClientStatus(trx, id, at);
      const changed = PERSONAL_FIELDS.filter((field) => before[field] !== updated[field]);
      if (changed.length > 0 || before.group_name !== updated.group_name) {
        await recordAudit(trx, {
          at: now,
          action: 'client.update',
          clientId: id,
          subject: 'client',
          details: {
            // Which details changed, not what they were: names and contact data stay out.
            fields: changed.join(','),
            changes: JSON.stringify(
              before.group_name === updated.group_name
                ? []
                : [{ field: 'club', before: before.group_name, after: updated.group_name }],
            ),
          },
        });
      }
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

/** The club's name as the group spells it, in the row and its search text. */
async function setClub(
  trx: Parameters<typeof updateClient>[0],
  row: ClientRow,
  club: string,
): Promise<ClientRow> {
  const updated = await updateClient(trx, row.id, {
    group_name: club,
    search_text: searchTextOf(row.name, row.email, row.phone, club),
  });
  return updated ?? row;
}
