import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../../backend/data-dir';
import { DomainError } from '../../backend/errors';
import { openBackend } from '../../backend/open-backend';
import { exitCodes, type CliCommand } from '../command';

const usage = `Usage: npm run cli -- restore --from FILE [--data-dir DIR]

Replaces the database in DIR with the backup FILE (any path). The file is checked first: it must
be an intact ReStride database whose schema is not newer than this app (an older one is migrated).
The current database is backed up into DIR/backups before it is replaced, so a restore can be
undone by restoring that backup. Close the ReStride app first. Exit code 2 when the file is
refused, with the reason. DIR defaults to RESTRIDE_DATA_DIR, else ~/.restride.`;

/** `restore`: the CLI may name any file; the same checks and the same atomic switch as the app. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'replace the database with a checked backup file',
  usage,
  async run(argv, io) {
    let values;
    try {
      values = parseArgs({
        args: argv,
        options: { from: { type: 'string' }, 'data-dir': { type: 'string' } },
        strict: true,
      }).values;
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    if (!values.from) {
      io.stderr(`--from: is required (the backup file to restore)\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }

    let backend;
    try {
      // No start-up backup: the restore takes its own of the database it replaces.
      backend = await openBackend({
        dataDir: resolveDataDir(values['data-dir'], io.env),
        dailyBackup: false,
      });
    } catch (error) {
      io.stderr(`${(error as Error).message}\n`);
      return exitCodes.failure;
    }
    try {
      const outcome = await backend.context.backups.restoreFile(values.from);
      const { from, to } = outcome.schemaVersion;
      io.stdout(
        `Restored ${outcome.restoredFrom}${from < to ? ` (migrated from schema ${from} to ${to})` : ''} into ${backend.databaseFile}.\n` +
          `The database as it was before is kept as ${join(backend.context.backups.folder, outcome.preRestoreBackup.fileName)}.\n`,
      );
      return exitCodes.ok;
    } catch (error) {
      if (error instanceof DomainError) {
        io.stderr(`Not restored: ${error.message}\n`);
        return exitCodes.invalidInput;
      }
      io.stderr(`The restore failed: ${(error as Error).message}\n`);
      return exitCodes.failure;
    } finally {
      await backend.close();
    }
  },
};
