// The effects shared by `npm start` (start.mjs) and `npm run dist` (package.mjs): fetching the
// Electron binary, preparing and proving an Electron build of better-sqlite3, building the
// bundles. The decisions live in launch-logic.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ensureElectronBinary,
  findElectronBinary,
  isBuildStale,
  loadTestInvocation,
  nativeCacheDir,
  rebuildInvocation,
} from './launch-logic.mjs';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronDir = join(projectRoot, 'node_modules', 'electron');
const require = createRequire(import.meta.url);

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
}

export const electronVersion = packageVersion('electron');
export const electronDist = join(electronDir, 'dist');

export function log(message) {
  console.log(`[restride] ${message}`);
}

/** Runs a command; resolves with its exit code and captured output (when piped). Never rejects. */
export function run({ command, args, cwd, env }, { timeoutMs, capture = false }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) =>
      resolve({ code: null, timedOut: false, output: `${output}${error.message}` }),
    );
    child.on('close', (code, signal) => resolve({ code, timedOut: signal === 'SIGKILL', output }));
  });
}

function firstLine(text) {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0)
      ?.slice(0, 200) ?? 'no output'
  );
}

/**
 * One attempt with electron's own installer. Offline it fails within a second (DNS); online the
 * ~100 MB download gets a generous budget. RESTRIDE_ELECTRON_DOWNLOAD_TIMEOUT_MS overrides it.
 */
async function downloadElectron() {
  const timeoutMs = Number(process.env.RESTRIDE_ELECTRON_DOWNLOAD_TIMEOUT_MS) || 5 * 60_000;
  log(`Electron ${electronVersion} is not installed yet; trying to download it…`);
  const result = await run(
    {
      command: process.execPath,
      args: [join(electronDir, 'install.js')],
      cwd: projectRoot,
      env: process.env,
    },
    { timeoutMs, capture: true },
  );
  if (result.code === 0) {
    return { ok: true };
  }
  return {
    ok: false,
    reason: result.timedOut
      ? `no download within ${Math.round(timeoutMs / 1000)} s`
      : firstLine(result.output),
  };
}

export function prepareElectronBinary() {
  return ensureElectronBinary({
    find: () => findElectronBinary({ electronDir, expectedVersion: electronVersion, fs }),
    download: downloadElectron,
  });
}

async function loadTest(electronBinary, bindingPath) {
  const result = await run(
    loadTestInvocation({ electronBinary, bindingPath, projectRoot, env: process.env }),
    {
      timeoutMs: 60_000,
      capture: true,
    },
  );
  return { ok: result.code === 0, output: result.output };
}

/**
 * An Electron build of better-sqlite3 that has just loaded in this Electron, kept apart from the
 * Node build in node_modules/better-sqlite3/build (tests, CLI and browser mode use that one).
 * Rebuilds only when the cached file is missing or fails the load test. Throws with the reason.
 */
export async function prepareElectronSqlite(electronBinary) {
  const sqliteVersion = packageVersion('better-sqlite3');
  const cacheDir = nativeCacheDir({
    projectRoot,
    electronVersion,
    sqliteVersion,
    platform: process.platform,
    arch: process.arch,
  });
  const binding = join(cacheDir, 'better_sqlite3.node');
  if (fs.existsSync(binding)) {
    const first = await loadTest(electronBinary, binding);
    if (first.ok) {
      return binding;
    }
    log(
      `The cached Electron build of better-sqlite3 does not load (${firstLine(first.output)}); rebuilding.`,
    );
  } else {
    log(`Preparing better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; takes a minute)…`);
  }

  const workDir = buildInWorkDir(cacheDir, sqliteVersion);
  try {
    const rebuild = await run(
      rebuildInvocation({
        nodeExecPath: process.execPath,
        rebuildCli: join(projectRoot, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js'),
        electronVersion,
        arch: process.arch,
        workDir,
        env: process.env,
      }),
      { timeoutMs: 15 * 60_000 },
    );
    const built = join(workDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (rebuild.code !== 0 || !fs.existsSync(built)) {
      throw new Error(
        'Rebuilding better-sqlite3 for Electron failed (it needs Electron’s headers or prebuilt binary ' +
          'from the internet, and a C++ toolchain when building from source).',
      );
    }
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.copyFileSync(built, binding);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  const proof = await loadTest(electronBinary, binding);
  if (!proof.ok) {
    fs.rmSync(binding, { force: true });
    throw new Error(`The rebuilt better-sqlite3 does not load in Electron:\n${proof.output.trim()}`);
  }
  log(`better-sqlite3 loads in Electron (${relative(projectRoot, binding)}).`);
  return binding;
}

/**
 * A private copy of the better-sqlite3 package, without its build/ folder, to rebuild in. It sits
 * under node_modules/.cache so @electron/rebuild can still find prebuild-install (it searches
 * upwards) and fetch Electron's prebuilt binary when online; its own package-lock.json makes it
 * the project root for the rebuild, which therefore never touches node_modules/better-sqlite3.
 */
function buildInWorkDir(cacheDir, sqliteVersion) {
  fs.mkdirSync(dirname(cacheDir), { recursive: true });
  const workDir = fs.mkdtempSync(join(dirname(cacheDir), 'work-'));
  const source = dirname(require.resolve('better-sqlite3/package.json', { paths: [projectRoot] }));
  const target = join(workDir, 'node_modules', 'better-sqlite3');
  fs.cpSync(source, target, {
    recursive: true,
    filter: (path) => relative(source, path).split(/[\\/]/)[0] !== 'build',
  });
  const manifest = {
    name: 'restride-electron-native',
    private: true,
    dependencies: { 'better-sqlite3': sqliteVersion },
  };
  fs.writeFileSync(join(workDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(
    join(workDir, 'package-lock.json'),
    `${JSON.stringify({ name: manifest.name, lockfileVersion: 3, requires: true, packages: {} }, null, 2)}\n`,
  );
  return workDir;
}

const bundleOutputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const bundleInputs = ['electron/main', 'electron/preload', 'src', 'electron.vite.config.ts', 'package.json'];

function newestTimes(path, into) {
  let stat;
  try {
    stat = fs.statSync(path);
  } catch {
    return into;
  }
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(path)) {
      if (entry !== 'node_modules') {
        newestTimes(join(path, entry), into);
      }
    }
  } else {
    into.push(stat.mtimeMs);
  }
  return into;
}

/** `electron-vite build` when out/ is missing or older than its sources (or always, if forced). */
export async function buildBundles({ force }) {
  const outputs = bundleOutputs.map((file) => {
    try {
      return fs.statSync(join(projectRoot, file)).mtimeMs;
    } catch {
      return undefined;
    }
  });
  const inputs = bundleInputs.flatMap((path) => newestTimes(join(projectRoot, path), []));
  if (!force && !isBuildStale({ inputs, outputs })) {
    return;
  }
  log('Building the app (electron-vite build)…');
  const result = await run(
    {
      command: process.execPath,
      args: [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      cwd: projectRoot,
      env: process.env,
    },
    { timeoutMs: 10 * 60_000 },
  );
  if (result.code !== 0) {
    throw new Error('electron-vite build failed (see above).');
  }
}
