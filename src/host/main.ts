/**
 * Browser mode: `npm run web -- [--port N] [--data-dir DIR] [--demo]`. Serves the real app on
 * loopback with the same dispatch the desktop shell uses; prints the URL to open.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir, restrictNewFiles } from '../backend/data-dir';
import { setInstanceKind } from '../backend/instance-lock';
import { ensureRendererBuilt } from './renderer-build';
import { startHost } from './start-host';

const usage = `Usage: npm run web -- [options]

  --port <n>        port on 127.0.0.1 (default 5317; 0 picks a free one)
  --data-dir <dir>  where the database lives (default: $RESTRIDE_DATA_DIR or ~/.restride)
  --demo            add sample clients when the database is empty
  --help            show this text`;

async function main(): Promise<number> {
  // Named to a second ReStride on the same data folder, which is refused (instance-lock.ts).
  setInstanceKind('browser mode');
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '5317' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not "${args.port}".`);
    return 2;
  }

  const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
  ensureRendererBuilt(projectRoot, (line) => console.log(line));

  const dataDir = resolveDataDir(args['data-dir'], process.env);
  // Everything written from here on (database, backups, prints) is this user's alone.
  restrictNewFiles();
  // Listens first; the daily backup, when due, then runs in the background.
  const host = await startHost({
    dataDir,
    port,
    rendererDir: join(projectRoot, 'out/renderer'),
    demo: args.demo,
    log: (line) => console.log(line),
  });
  console.log(`ReStride is running in browser mode.`);
  console.log(`  Database: ${host.backend.databaseFile}`);
  console.log(`  Open:     ${host.openUrl}`);
  console.log(
    `  (The address works once and signs in this browser; this is for one person on this computer.)`,
  );
  console.log(`Press Ctrl+C to stop.`);

  const stop = (): void => {
    void host.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`ReStride could not start: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);
