// `npm run dist [-- electron-builder args]`: installers for the machine it runs on.
// electron-builder.yml sets npmRebuild: false, so electron-builder never rebuilds native modules
// (its rebuild would go through npm and pick up nodedir=/usr). Instead this script:
//   1. makes sure Electron's binary is here (it is also the packaged runtime: electronDist),
//   2. prepares and load-tests the Electron build of better-sqlite3 exactly like `npm start`,
//   3. builds the bundles fresh and puts that binding in out/native/,
//   4. runs electron-builder, which ships out/native as resources/native; the packaged main
//      process loads it through better-sqlite3's nativeBinding option (electron/main/paths.ts).
// node_modules/better-sqlite3 keeps its Node build throughout.
import fs from 'node:fs';
import { join } from 'node:path';
import {
  buildBundles,
  electronDist,
  log,
  prepareElectronBinary,
  prepareElectronSqlite,
  projectRoot,
  run,
} from './desktop-runtime.mjs';
import { crossBuildRefusal, withoutNodedir } from './launch-logic.mjs';

async function main() {
  const builderArgs = process.argv.slice(2);
  const refusal = crossBuildRefusal({
    args: builderArgs,
    hostPlatform: process.platform,
    hostArch: process.arch,
  });
  if (refusal) {
    console.error(refusal);
    return 1;
  }

  const electron = await prepareElectronBinary();
  if (!electron.ok) {
    console.error(electron.message);
    console.error(
      'Packaging needs Electron’s runtime and headers: run `npm run dist` on a machine with internet access.',
    );
    return electron.exitCode;
  }
  const binding = await prepareElectronSqlite(electron.binary);

  await buildBundles({ force: true });
  const nativeDir = join(projectRoot, 'out', 'native');
  fs.rmSync(nativeDir, { recursive: true, force: true });
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.copyFileSync(binding, join(nativeDir, 'better_sqlite3.node'));

  log('Packaging with electron-builder…');
  const result = await run(
    {
      command: process.execPath,
      args: [
        join(projectRoot, 'node_modules', 'electron-builder', 'cli.js'),
        '--config',
        'electron-builder.yml',
        // The binary we just verified, instead of a second download of the same runtime.
        `-c.electronDist=${electronDist}`,
        ...builderArgs,
      ],
      cwd: projectRoot,
      env: withoutNodedir(process.env),
    },
    { timeoutMs: 60 * 60_000 },
  );
  return result.code ?? 1;
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
