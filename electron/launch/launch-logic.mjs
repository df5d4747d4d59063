// Pure decisions of the desktop launcher (start.mjs, package.mjs): no process spawning, no
// network, file access only through the `fs`-like object passed in. Unit-tested in
// test/unit/electron/launch-logic.test.ts; types in launch-logic.d.mts.
import { join } from 'node:path';

/** What to do instead when the desktop shell cannot run here. */
export const browserModeHint = [
  'Use browser mode instead (the same app in your web browser, same data format):',
  '  npm run web',
  'then open the http://127.0.0.1:… address it prints.',
].join('\n');

export function electronUnavailableMessage(detail) {
  return [
    '',
    'ReStride desktop is unavailable on this machine: Electron’s runtime is not installed in',
    'node_modules/electron/dist and could not be downloaded (no internet connection?).',
    `  (${detail})`,
    '',
    browserModeHint,
    '',
    'To use the desktop window, run `npm start` once on a machine that can reach',
    'github.com (Electron downloads its runtime on first use).',
    '',
  ].join('\n');
}

/**
 * The Electron executable, or null when it is missing or not the version package.json pins.
 * Mirrors electron/install.js's own check (dist/version + path.txt); we never `require('electron')`
 * for this because that starts a download.
 */
export function findElectronBinary({ electronDir, expectedVersion, fs }) {
  let relative;
  let version;
  try {
    relative = fs.readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    version = fs
      .readFileSync(join(electronDir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
  } catch {
    return null;
  }
  if (!relative || version !== expectedVersion) {
    return null;
  }
  const binary = join(electronDir, 'dist', relative);
  return fs.existsSync(binary) ? binary : null;
}

/**
 * Binary present → use it. Missing → one download attempt; if that fails the caller prints
 * `message` and exits with `exitCode` (1) instead of starting anything.
 */
export async function ensureElectronBinary({ find, download }) {
  const present = find();
  if (present) {
    return { ok: true, binary: present, downloaded: false };
  }
  const attempt = await download();
  const after = attempt.ok ? find() : null;
  if (after) {
    return { ok: true, binary: after, downloaded: true };
  }
  const detail = attempt.ok ? 'the download finished but no executable was found' : attempt.reason;
  return { ok: false, exitCode: 1, message: electronUnavailableMessage(detail) };
}

/**
 * The environment for a native rebuild. ~/.npmrc sets nodedir=/usr on our machines and npm
 * exports it as npm_config_nodedir: node-gyp would then compile against Node's headers while
 * claiming to target Electron. Dropped in any letter case.
 */
export function withoutNodedir(env) {
  const copy = { ...env };
  for (const key of Object.keys(copy)) {
    if (key.toLowerCase() === 'npm_config_nodedir') {
      delete copy[key];
    }
  }
  return copy;
}

/** The rebuild: @electron/rebuild's CLI file run by Node directly (not through npm/npx). */
export function rebuildInvocation({ nodeExecPath, rebuildCli, electronVersion, arch, workDir, env }) {
  return {
    command: nodeExecPath,
    args: [
      rebuildCli,
      '--version',
      electronVersion,
      '--arch',
      arch,
      '--module-dir',
      workDir,
      '--only',
      'better-sqlite3',
      '--force',
    ],
    // The work dir has its own lockfile, so @electron/rebuild takes it as the project root and
    // never walks up into the real node_modules (whose better-sqlite3 must stay a Node build).
    cwd: workDir,
    env: withoutNodedir(env),
  };
}

/** Loads better-sqlite3 in Electron's own Node with the given binding: the only proof that counts. */
export function loadTestInvocation({ electronBinary, bindingPath, projectRoot, env }) {
  const code = [
    "const Database = require('better-sqlite3');",
    `const db = new Database(':memory:', { nativeBinding: ${JSON.stringify(bindingPath)} });`,
    "const row = db.prepare('select sqlite_version() as v').get();",
    'db.close();',
    "if (!row || typeof row.v !== 'string') process.exit(2);",
  ].join(' ');
  return {
    command: electronBinary,
    args: ['-e', code],
    cwd: projectRoot,
    env: { ...withoutNodedir(env), ELECTRON_RUN_AS_NODE: '1' },
  };
}

/**
 * The environment Electron itself starts with: the Electron build of better-sqlite3 announced to
 * the main process, and ELECTRON_RUN_AS_NODE removed (inherited, it would turn the app into a
 * plain Node process).
 */
export function electronRunEnv(env, bindingPath) {
  const copy = { ...env, RESTRIDE_SQLITE_BINDING: bindingPath };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}

/** One folder per Electron version, platform, arch and better-sqlite3 version: never a stale ABI. */
export function nativeCacheDir({ projectRoot, electronVersion, sqliteVersion, platform, arch }) {
  return join(
    projectRoot,
    'node_modules',
    '.cache',
    'restride-electron-native',
    `electron-${electronVersion}-${platform}-${arch}-better-sqlite3-${sqliteVersion}`,
  );
}

/**
 * The bundles need rebuilding when one is missing or any input changed after the oldest of
 * them was written. `inputs` and `outputs` are modification times in ms (undefined = missing).
 */
export function isBuildStale({ inputs, outputs }) {
  if (outputs.length === 0 || outputs.some((time) => time === undefined)) {
    return true;
  }
  const oldestOutput = Math.min(...outputs);
  return inputs.some((time) => time > oldestOutput);
}

const platformFlags = {
  '--linux': 'linux',
  '-l': 'linux',
  '--win': 'win32',
  '-w': 'win32',
  '--mac': 'darwin',
  '-m': 'darwin',
};
const archFlags = ['--x64', '--ia32', '--armv7l', '--arm64', '--universal'];

/**
 * The Electron build of better-sqlite3 is compiled (or fetched) for the machine packaging, so a
 * package can only be made for that platform and arch. Returns the refusal text, or null.
 */
export function crossBuildRefusal({ args, hostPlatform, hostArch }) {
  for (const arg of args) {
    const platform = platformFlags[arg];
    if (platform && platform !== hostPlatform) {
      return `Cannot package for ${platform} on ${hostPlatform}: better-sqlite3 must be built for Electron on the target platform. Run \`npm run dist\` on a ${platform} machine (e.g. a CI runner).`;
    }
    if (archFlags.includes(arg) && arg !== `--${hostArch}`) {
      return `Cannot package for ${arg.slice(2)} on ${hostArch}: better-sqlite3 must be built for Electron on the target architecture.`;
    }
  }
  return null;
}
