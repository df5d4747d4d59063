import type { CliCommand } from './command';
import { clientsCommand } from './commands/clients';
import { pdfCommand } from './commands/pdf';
import { planCommand } from './commands/plan';

/** Every sub-command, in the order `--help` lists them. */
export const commands: CliCommand[] = [planCommand, pdfCommand, clientsCommand];
