import type { CliCommand } from './command';
import { backupCommand } from './commands/backup';
import { clientsCommand } from './commands/clients';
import { fitCommand } from './commands/fit';
import { icsCommand } from './commands/ics';
import { pdfCommand } from './commands/pdf';
import { planCommand } from './commands/plan';
import { restoreCommand } from './commands/restore';

/** Every sub-command, in the order `--help` lists them. */
export const commands: CliCommand[] = [
  planCommand,
  pdfCommand,
  icsCommand,
  fitCommand,
  clientsCommand,
  backupCommand,
  restoreCommand,
];
