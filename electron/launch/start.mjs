// `npm start`: the desktop app from a source checkout.
//   1. Electron's binary: present, or downloaded once; offline → a clear message pointing at
//      browser mode (`npm run web`), exit code 1, within a second or two.
//   2. better-sqlite3 for Electron: a separate, load-tested build (node_modules/better-sqlite3
//      stays the Node build for tests, CLI and browser mode).
//   3. electron-vite build when out/ is stale, then Electron on the project (package.json
//      "main" → out/main/index.js, so the app's name and userData folder are ReStride's).
// `npm start -- --dev` runs `electron-vite dev` (hot reload) with the same preparation.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  buildBundles,
  log,
  prepareElectronBinary,
  prepareElectronSqlite,
  projectRoot,
} from './desktop-runtime.mjs';
import { electronRunEnv } from './launch-logic.mjs';

async function main() {
  const dev = process.argv.includes('--dev');

  const electron = await prepareElectronBinary();
  if (!electron.ok) {
    console.error(electron.message);
    return electron.exitCode;
  }

  let binding;
  try {
    binding = await prepareElectronSqlite(electron.binary);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    console.error(
      'The desktop app cannot open its database without it. Browser mode works without Electron:',
    );
    console.error('  npm run web\n');
    return 1;
  }

  const env = electronRunEnv(process.env, binding);
  let child;
  if (dev) {
    const cli = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    child = spawn(process.execPath, [cli, 'dev'], { cwd: projectRoot, env, stdio: 'inherit' });
  } else {
    await buildBundles({ force: false });
    log('Starting ReStride…');
    child = spawn(electron.binary, [projectRoot], { cwd: projectRoot, env, stdio: 'inherit' });
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start Electron: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
