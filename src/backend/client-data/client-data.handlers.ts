import { recordAudit } from '../audit/audit.repository';
import { recordReadOnlyAction } from '../audit/audit.service';
import { requireClient } from '../client-guard';
import { toClient } from '../clients/client.mapping';
import { localDate } from '../clock';
import { DomainError } from '../errors';
import { safeFileName } from '../exports/file-names';
import type { HandlerMap } from '../handler';
import { deriveProgrammeIfPlannable } from '../programmes/derive-programme';
import { buildClientRecord } from './build-client-record';
import { eraseClientFiles, eraseClientRows } from './erase-client';
import { insertClientRecord } from './insert-client-record';
import { parseClientRecord } from './parse-client-record';
import { withDeletedContentPurged } from './purge-deleted-content';

/** Names compare as typed, after Unicode normalisation (é typed as one or two code points). */
const sameName = (a: string, b: string): boolean => a.normalize('NFC') === b.normalize('NFC');

export const clientDataHandlers = {
  'clients.exportRecord': async (context, { clientId }) => {
    const now = context.clock();
    const record = await context.db.transaction().execute(async (trx) => {
      const client = await requireClient(trx, clientId);
      return buildClientRecord(trx, client, now.toISOString());
    });
    // Compact: a record with years of logs must still fit through the browser host's body limit.
    const json = JSON.stringify(record);
    await recordReadOnlyAction(context, {
      action: 'client.export',
      clientId,
      subject: 'client record',
      details: { version: record.version, sessionLogs: record.sessionLogs.length },
    });
    return { fileName: `${safeFileName(record.client.name)} – ReStride record ${localDate(now)}.json`, json };
  },

  'clients.importRecord': async (context, { json }) => {
    // The whole document is checked before anything is written.
    const record = parseClientRecord(json);
    const clock = context.clock();
    const now = clock.toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const client = await insertClientRecord(trx, record, clock);
      // The file brings inputs and logs; the programme is derived from them like any client's.
      const programme = await deriveProgrammeIfPlannable(trx, client.id, localDate(clock));
      await recordAudit(trx, {
        at: now,
        action: 'client.import',
        clientId: client.id,
        subject: 'client record',
        details: {
          version: record.version,
          injuries: record.injuries.length,
          clearances: record.clearances.length,
          adjustments: record.adjustments.length,
          assessments: record.assessments.length,
          sessionLogs: record.sessionLogs.length,
          plannable: !('notPlannable' in programme),
        },
      });
      return client;
    });
    return toClient(row);
  },

  'clients.erase': async (context, { clientId, confirmName }) => {
    const now = context.clock().toISOString();
    const files = await withDeletedContentPurged(context.db, () =>
      context.db.transaction().execute(async (trx) => {
        const client = await requireClient(trx, clientId);
        if (!sameName(client.name, confirmName)) {
          throw new DomainError('invalid_input', 'The name does not match this client: nothing was erased.', [
            {
              path: 'confirmName',
              code: 'mismatch',
              message: 'Type the client’s name exactly as recorded to confirm the erasure',
            },
          ]);
        }
        // Files first (they are found through the rows), then the rows.
        const files = await eraseClientFiles(trx, context.dataDir, clientId);
        const erased = await eraseClientRows(trx, clientId);
        // No id and no personal data: the entry says that an erasure happened, and how much it
        // removed; and how many copies left the app (downloads, record exports) where it cannot
        // delete them.
        await recordAudit(trx, {
          at: now,
          action: 'client.erase',
          clientId: null,
          subject: 'client erased',
          details: {
            injuries: erased.deleted.injury,
            notes: erased.deleted.injury_note,
            clearances: erased.deleted.clearance,
            handedOut: erased.deleted.plan_snapshot,
            adjustments: erased.deleted.plan_adjustment,
            assessments: erased.deleted.assessment,
            sessionLogs: erased.deleted.session_log,
            auditEntriesDetached: erased.auditEntriesDetached,
            printFilesDeleted: files.printFilesDeleted,
            downloadsHandedOut: files.downloadsHandedOut,
            recordExports: files.recordExports,
          },
        });
        return files;
      }),
    );
    return {
      clientId,
      printFilesDeleted: files.printFilesDeleted,
      handedOutBeyondReach: files.downloadsHandedOut + files.recordExports,
    };
  },
} satisfies Partial<HandlerMap>;
