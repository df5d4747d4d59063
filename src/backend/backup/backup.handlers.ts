import { recordAudit } from '../audit/audit.repository';
import type { HandlerMap } from '../handler';
import { backupClientCount } from './backup-client-count';

/**
 * Channels that take the dispatch gate themselves instead of running as shared calls: a restore
 * prepares its copy while other calls go on, and holds them only for the swap of the files (see
 * restore.ts). Run as a shared call it would wait for itself.
 */
export const selfGatedChannels: ReadonlySet<string> = new Set(['backups.restore']);

export const backupHandlers = {
  'backups.list': async (context) =>
    context.backups.list().map((backup) => ({
      ...backup,
      clients: backupClientCount(context.backups.folder, backup.fileName, context.backups.nativeBinding),
    })),

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
