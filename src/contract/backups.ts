import { z } from 'zod';

/** Why a backup was taken: at start (at most daily), before a migration, by hand, or before a restore. */
export const backupReasons = ['auto', 'pre-migration', 'manual', 'pre-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** One backup file in the installation's backups folder. */
export const backupSchema = z.object({
  /** The plain file name (no folder): what `backups.restore` takes. */
  fileName: z.string(),
  /** When it was taken, UTC ISO. */
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  reason: z.enum(backupReasons),
});

export type Backup = z.infer<typeof backupSchema>;

/** A backup as `backups.list` shows it: with how many clients it holds (null: it cannot be read). */
export const listedBackupSchema = backupSchema.extend({
  clients: z.number().int().nonnegative().nullable(),
});

export type ListedBackup = z.infer<typeof listedBackupSchema>;

/**
 * A backup's plain file name: handlers take names, never paths, and choose the folder themselves.
 * Separators, `..`, a leading dot and control characters are refused before any file is touched.
 */
export const backupFileNameSchema = z
  .string({ error: 'A backup file name is required' })
  .min(1, { error: 'A backup file name is required' })
  .max(200, { error: 'A backup file name must be at most 200 characters' })
  .refine((name) => !/[/\\]/.test(name) && !name.includes('..') && !name.startsWith('.'), {
    error: 'Give the name of a file in the backups folder, not a path',
    params: { code: 'not_a_file_name' },
  })
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((name) => !/[\u0000-\u001f\u007f:]/.test(name), {
    error: 'A backup file name may not contain control characters or colons',
    params: { code: 'not_a_file_name' },
  })
  .refine((name) => name.endsWith('.sqlite'), {
    error: 'A backup file name ends in .sqlite',
    params: { code: 'not_a_backup' },
  });

export const restoreOutcomeSchema = z.object({
  /** The backup's file name. */
  restoredFrom: z.string(),
  /** The backup of the database as it was just before the restore (to undo it). */
  preRestoreBackup: backupSchema,
});

export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

export const backupsChannels = {
  /**
   * The backups in the backups folder, newest first (the last 10 are kept), each with the number
   * of clients it holds (read from the file, so the restore dialog can say which backup it is).
   */
  'backups.list': { input: z.object({}), output: z.array(listedBackupSchema) },
  /** Takes a backup of the database now (SQLite online backup: consistent while the app runs). */
  'backups.create': { input: z.object({}), output: backupSchema },
  /**
   * Replaces the database with a backup of the backups folder, given by its plain file name. A copy
   * is checked first, off the main thread while calls go on (integrity, every schema object exactly
   * what a fresh database of its version has, foreign keys, schema not newer than the app;
   * `conflict` naming the reason or the unexpected objects otherwise) and migrated if older; then,
   * alone, the current file becomes the `pre-restore` backup (moved, not copied) and the copy takes
   * its place, so a failure leaves the database as it was and a refused restore deletes no backup.
   * `not_found` for a name that is not in the folder.
   */
  'backups.restore': {
    input: z.object({ fileName: backupFileNameSchema }),
    output: restoreOutcomeSchema,
  },
} as const;
