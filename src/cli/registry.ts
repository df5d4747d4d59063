import type { CliCommand } from './command';
import { clientsCommand } from './commands/clients';

/** Every sub-command, in the order `--help` lists them. */
export const commands: CliCommand[] = [clientsCommand];
