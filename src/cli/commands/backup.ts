import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../../backend/data-dir';
import { databaseFileName, openBackend } from '../../backend/open-backend';
import { exitCodes, type CliCommand } from '../command';

const usage = `Usage: npm run cli -- backup [--data-dir DIR]

Takes a backup of the database now (safe while ReStride is running) into DIR/backups and prints
its path. The newest 10 backups are kept. DIR defaults to RESTRIDE_DATA_DIR, else ~/.restride.`;

/** `backup`: a manual online backup, the same as Settings → Backups → Back up now. */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'back up the database (prints the backup file)',
  usage,
  async run(argv, io) {
    let values;
    try {
      values = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' } }, strict: true }).values;
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    const dataDir = resolveDataDir(values['data-dir'], io.env);
    // Opening a folder without a database would create an empty one, and back that up.
    if (!existsSync(join(dataDir, databaseFileName))) {
      io.stderr(`There is no ReStride database in ${dataDir}. Check --data-dir.\n`);
      return exitCodes.invalidInput;
    }
    let backend;
    try {
      backend = await openBackend({ dataDir, dailyBackup: false });
    } catch (error) {
      io.stderr(`${(error as Error).message}\n`);
      return exitCodes.failure;
    }
    try {
      const backup = await backend.context.backups.create('manual');
      io.stdout(`${join(backend.context.backups.folder, backup.fileName)}\n`);
      io.stderr(
        `Backed up ${backend.databaseFile} (${backup.bytes} bytes); the newest 10 backups are kept.\n`,
      );
      return exitCodes.ok;
    } catch (error) {
      io.stderr(`The backup failed: ${(error as Error).message}\n`);
      return exitCodes.failure;
    } finally {
      await backend.close();
    }
  },
};
