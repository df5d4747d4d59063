import { episodesOf, injuryCrossFieldIssues } from '../../contract/injuries';
import type { Injury } from '../../contract/injuries';
import { requireClient } from '../client-guard';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import type { Database } from '../db/schema';
import { invalidFields, notFound } from '../errors';
import { datesNotInFuture } from '../field-checks';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { toFlag } from '../mapping';
import type { AuditValue } from '../../contract/audit';
import { changedFields, changesDetail } from '../audit/audit.changes';
import { recordAudit } from '../audit/audit.repository';
import { toInjury, toInjuryNote } from './injury.mapping';
import { findInjury, insertInjury, listInjuries, listNotes, updateInjury } from './injury.repository';
import type { InjuryRow, InjuryRowUpdate } from './injury.table';
import type { Kysely } from 'kysely';

const injuryDates = datesNotInFuture({
  onsetDate: 'Onset date',
  surgeryDate: 'Surgery date',
  deliveryDate: 'Delivery date',
});

export const injuryFieldChecks = {
  'injuries.create': injuryDates,
  'injuries.update': injuryDates,
} satisfies FieldCheckMap;

const AUDITED_FIELDS = [
  'type',
  'side',
  'onsetDate',
  'weeksWithoutRunning',
  'severity',
  'surgeryDate',
  'deliveryDate',
  'previousEpisodes',
  'bsiSite',
  'imagingConfirmedHealing',
  'status',
] as const;

/** An injury as flat audit values (codes, dates, numbers). */
function audited(row: InjuryRow): Record<string, AuditValue> {
  const injury = toInjury(row, []);
  const values: Record<string, AuditValue> = {};
  for (const field of AUDITED_FIELDS) values[field] = injury[field];
  return values;
}

async function withNotes(db: Kysely<Database>, rows: InjuryRow[]): Promise<Injury[]> {
  const notes = (
    await listNotes(
      db,
      rows.map((row) => row.id),
    )
  ).map(toInjuryNote);
  return rows.map((row) =>
    toInjury(
      row,
      notes.filter((note) => note.injuryId === row.id),
    ),
  );
}

export const injuryHandlers = {
  'injuries.list': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    return withNotes(context.db, await listInjuries(context.db, clientId));
  },

  'injuries.create': async (context, { clientId, ...fields }) => {
    const at = context.clock();
    const now = at.toISOString();
    const episodes = episodesOf(fields.previousEpisodes, fields.recurrent) ?? {
      previousEpisodes: 0,
      recurrent: false,
    };
    const row = await context.db.transaction().execute(async (trx) => {
      await requireClient(trx, clientId);
      const inserted = await insertInjury(trx, {
        client_id: clientId,
        type: fields.type,
        side: fields.side,
        onset_date: fields.onsetDate,
        weeks_without_running: fields.weeksWithoutRunning,
        severity: fields.severity,
        surgery_date: fields.surgeryDate,
        delivery_date: fields.deliveryDate,
        recurrent: toFlag(episodes.recurrent),
        previous_episodes: episodes.previousEpisodes,
        bsi_site: fields.bsiSite,
        imaging_confirmed_healing: toFlag(fields.imagingConfirmedHealing),
        status: 'active',
        created_at: now,
        updated_at: now,
      });
      await refreshClientStatus(trx, clientId, at);
      await recordAudit(trx, {
        at: now,
        action: 'injury.create',
        clientId,
        subject: `injury ${inserted.id}`,
        details: {
          injuryId: inserted.id,
          type: inserted.type,
          side: inserted.side,
          changes: changesDetail(changedFields(null, audited(inserted), AUDITED_FIELDS)),
        },
      });
      return inserted;
    });
    return toInjury(row, []);
  },

  'injuries.update': async (context, { id, ...changes }) => {
    const at = context.clock();
    const now = at.toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const current = await findInjury(trx, id);
      if (!current) throw notFound('Injury');
      // Cross-field rules hold for the injury as it will be, not just for the fields sent.
      const merged = {
        type: changes.type ?? current.type,
        surgeryDate: changes.surgeryDate === undefined ? current.surgery_date : changes.surgeryDate,
        deliveryDate: changes.deliveryDate === undefined ? current.delivery_date : changes.deliveryDate,
        bsiSite: changes.bsiSite === undefined ? current.bsi_site : changes.bsiSite,
      };
      const issues = injuryCrossFieldIssues(merged);
      if (issues.length > 0) throw invalidFields(issues);
      const update: InjuryRowUpdate = { updated_at: now };
      if (changes.type !== undefined) update.type = changes.type;
      if (changes.side !== undefined) update.side = changes.side;
      if (changes.onsetDate !== undefined) update.onset_date = changes.onsetDate;
      if (changes.weeksWithoutRunning !== undefined)
        update.weeks_without_running = changes.weeksWithoutRunning;
      if (changes.severity !== undefined) update.severity = changes.severity;
      if (changes.surgeryDate !== undefined) update.surgery_date = changes.surgeryDate;
      if (changes.deliveryDate !== undefined) update.delivery_date = changes.deliveryDate;
      // A bare `recurrent: true` keeps the episodes already counted (at least one).
      const episodes = episodesOf(
        changes.previousEpisodes ?? (changes.recurrent === true ? current.previous_episodes : undefined),
        changes.recurrent,
      );
      if (episodes) {
        update.previous_episodes = episodes.previousEpisodes;
        update.recurrent = toFlag(episodes.recurrent);
      }
      if (changes.bsiSite !== undefined) update.bsi_site = changes.bsiSite;
      if (changes.imagingConfirmedHealing !== undefined) {
        update.imaging_confirmed_healing = toFlag(changes.imagingConfirmedHealing);
      }
      if (changes.status !== undefined) update.status = changes.status;
      const updated = await updateInjury(trx, id, update);
      await refreshClientStatus(trx, current.client_id, at);
      if (updated) {
        const changes = changedFields(audited(current), audited(updated), AUDITED_FIELDS);
        if (changes.length > 0) {
          await recordAudit(trx, {
            at: now,
            action: 'injury.update',
            clientId: current.client_id,
            subject: `injury ${id}`,
            details: {
              injuryId: id,
              type: updated.type,
              side: updated.side,
              changes: changesDetail(changes),
            },
          });
        }
      }
      return updated;
    });
    if (!row) throw notFound('Injury');
    const [injury] = await withNotes(context.db, [row]);
    if (!injury) throw notFound('Injury');
    return injury;
  },
} satisfies Partial<HandlerMap>;
