import { recordAudit } from '../audit/audit.repository';
import type { HandlerMap } from '../handler';

/**
 * Channels that replace the database file and so must run alone: dispatch lets the calls already
 * running finish first and holds new ones until the restored database is being served.
 */
export const exclusiveChannels: ReadonlySet<string> = new Set(['backups.restore']);

export const backupHandlers = {
  'backups.list': async (context) => context.backups.list(),

  'backups.create': async (context) => context.backups.create('manual'),

  'backups.restore': async (context, { fileName }) => {
    const { restoredFrom, preRestoreBackup } = await context.backups.restore(fileName);
    // Written after the swap, so the entry lands in the restored database the clinic now uses.
    await context.db.transaction().execute((trx) =>
      recordAudit(trx, {
        at: context.clock().toISOString(),
        action: 'backup.restore',
        clientId: null,
        subject: `restored ${restoredFrom}`,
        details: { preRestoreBackup: preRestoreBackup.fileName },
      }),
    );
    return { restoredFrom, preRestoreBackup };
  },
} satisfies Partial<HandlerMap>;
