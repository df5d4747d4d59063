import { parseArgs } from 'node:util';
import { resolveDataDir } from '../../backend/data-dir';
import { openBackend } from '../../backend/open-backend';
import type { ClientList } from '../../contract/clients';
import { exitCodes, type CliCommand } from '../command';

const usage = `Usage: npm run cli -- clients [--search TEXT] [--archived] [--json] [--data-dir DIR]

Lists the clients in the database (active ones unless --archived).`;

/** `clients`: the caseload from the command line, through the same dispatch as the app. */
export const clientsCommand: CliCommand = {
  name: 'clients',
  summary: 'list clients (search, archived, JSON)',
  usage,
  async run(argv, io) {
    let values;
    try {
      values = parseArgs({
        args: argv,
        options: {
          search: { type: 'string', default: '' },
          archived: { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
          'data-dir': { type: 'string' },
        },
        strict: true,
      }).values;
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    const backend = await openBackend({ dataDir: resolveDataDir(values['data-dir'], io.env) });
    try {
      const result = await backend.dispatch('clients.list', {
        query: values.search,
        includeArchived: values.archived,
        limit: 500,
      });
      if (!result.ok) {
        io.stderr(`${result.error.message}\n`);
        for (const issue of result.error.issues ?? []) io.stderr(`  ${issue.path}: ${issue.message}\n`);
        return exitCodes.invalidInput;
      }
      const list = result.value as ClientList;
      if (values.json) {
        io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      } else {
        for (const client of list.items) {
          const flags = client.archived ? ' (archived)' : '';
          io.stdout(
            `${String(client.id).padStart(5)}  ${client.name}${flags}${client.group ? `  [${client.group}]` : ''}\n`,
          );
        }
        io.stdout(`${list.items.length} of ${list.total} clients\n`);
      }
      return exitCodes.ok;
    } finally {
      await backend.close();
    }
  },
};
