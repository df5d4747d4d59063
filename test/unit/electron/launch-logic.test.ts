import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  crossBuildRefusal,
  electronRunEnv,
  ensureElectronBinary,
  findElectronBinary,
  isBuildStale,
  loadTestInvocation,
  nativeCacheDir,
  rebuildInvocation,
  withoutNodedir,
  type FsLike,
} from '../../../electron/launch/launch-logic.mjs';

function fakeFs(files: Record<string, string>): FsLike {
  return {
    readFileSync: (path) => {
      const content = files[path];
      if (content === undefined) {
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      }
      return content;
    },
    existsSync: (path) => path in files,
  };
}

const electronDir = '/repo/node_modules/electron';
const installed = {
  [join(electronDir, 'path.txt')]: 'electron',
  [join(electronDir, 'dist', 'version')]: 'v45.5.0',
  [join(electronDir, 'dist', 'electron')]: '#!binary',
};

describe('finding the Electron binary', () => {
  it('finds it through path.txt and dist/ when the version matches', () => {
    expect(findElectronBinary({ electronDir, expectedVersion: '45.5.0', fs: fakeFs(installed) })).toBe(
      join(electronDir, 'dist', 'electron'),
    );
  });

  it.each([
    ['nothing downloaded yet (the state after npm ci)', {}],
    [
      'a different Electron version in dist/',
      { ...installed, [join(electronDir, 'dist', 'version')]: '44.0.0' },
    ],
    [
      'path.txt pointing at a missing file',
      { ...installed, [join(electronDir, 'path.txt')]: 'Electron.app/x' },
    ],
  ])('reports it missing with %s', (_label, files) => {
    expect(findElectronBinary({ electronDir, expectedVersion: '45.5.0', fs: fakeFs(files) })).toBeNull();
  });
});

describe('ensuring the Electron binary', () => {
  it('uses a present binary without downloading', async () => {
    const download = vi.fn();
    await expect(ensureElectronBinary({ find: () => '/e/electron', download })).resolves.toEqual({
      ok: true,
      binary: '/e/electron',
      downloaded: false,
    });
    expect(download).not.toHaveBeenCalled();
  });

  it('downloads once when missing', async () => {
    let present: string | null = null;
    const download = vi.fn(async () => {
      present = '/e/electron';
      return { ok: true as const };
    });
    await expect(ensureElectronBinary({ find: () => present, download })).resolves.toMatchObject({
      ok: true,
      downloaded: true,
    });
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('offline: exits 1 with a message that names the cause and points to browser mode', async () => {
    const result = await ensureElectronBinary({
      find: () => null,
      download: async () => ({ ok: false as const, reason: 'TypeError: fetch failed' }),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.exitCode).toBe(1);
    expect(result.message).toContain('npm run web');
    expect(result.message).toContain('http://127.0.0.1');
    expect(result.message).toContain('fetch failed');
    expect(result.message).toMatch(/could not be downloaded/);
  });
});

describe('the native rebuild', () => {
  const env = {
    PATH: '/usr/bin',
    npm_config_nodedir: '/usr',
    NPM_CONFIG_NODEDIR: '/usr',
    npm_config_cache: '/home/dev/.npm',
  };

  it('never sees npm_config_nodedir, in any letter case', () => {
    const cleaned = withoutNodedir(env);
    expect(Object.keys(cleaned).filter((key) => key.toLowerCase() === 'npm_config_nodedir')).toEqual([]);
    expect(cleaned['npm_config_cache']).toBe('/home/dev/.npm');
    expect(env.npm_config_nodedir).toBe('/usr'); // the caller's env is not modified
  });

  it('runs @electron/rebuild’s CLI file with Node directly, targeting Electron, in the work copy', () => {
    const invocation = rebuildInvocation({
      nodeExecPath: '/usr/bin/node',
      rebuildCli: '/repo/node_modules/@electron/rebuild/lib/cli.js',
      electronVersion: '45.5.0',
      arch: 'x64',
      workDir: '/repo/node_modules/.cache/restride-electron-native/work-1',
      env,
    });
    expect(invocation.command).toBe('/usr/bin/node');
    expect(invocation.args[0]).toBe('/repo/node_modules/@electron/rebuild/lib/cli.js');
    expect(invocation.args.join(' ')).toContain('--version 45.5.0');
    expect(invocation.args.join(' ')).toContain(
      '--module-dir /repo/node_modules/.cache/restride-electron-native/work-1',
    );
    expect(invocation.args.join(' ')).toContain('--only better-sqlite3');
    expect(invocation.cwd).toBe('/repo/node_modules/.cache/restride-electron-native/work-1');
    expect(Object.keys(invocation.env).map((key) => key.toLowerCase())).not.toContain('npm_config_nodedir');
    expect(invocation.args.join(' ')).not.toMatch(/\bnpx?\b/);
  });

  it('load-tests in Electron run as Node, with the separate binding', () => {
    const invocation = loadTestInvocation({
      electronBinary: '/e/electron',
      bindingPath: '/cache/better_sqlite3.node',
      projectRoot: '/repo',
      env,
    });
    expect(invocation.command).toBe('/e/electron');
    expect(invocation.env['ELECTRON_RUN_AS_NODE']).toBe('1');
    expect(invocation.args[0]).toBe('-e');
    expect(invocation.args[1]).toContain("require('better-sqlite3')");
    expect(invocation.args[1]).toContain('nativeBinding: "/cache/better_sqlite3.node"');
    expect(invocation.cwd).toBe('/repo');
  });

  it('keeps one cache folder per Electron version, platform, arch and better-sqlite3 version', () => {
    expect(
      nativeCacheDir({
        projectRoot: '/repo',
        electronVersion: '45.5.0',
        sqliteVersion: '12.11.1',
        platform: 'linux',
        arch: 'x64',
      }),
    ).toBe(
      join(
        '/repo',
        'node_modules',
        '.cache',
        'restride-electron-native',
        'electron-45.5.0-linux-x64-better-sqlite3-12.11.1',
      ),
    );
  });
});

describe('starting Electron', () => {
  it('announces the binding and drops ELECTRON_RUN_AS_NODE', () => {
    const env = electronRunEnv({ PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1' }, '/cache/better_sqlite3.node');
    expect(env['RESTRIDE_SQLITE_BINDING']).toBe('/cache/better_sqlite3.node');
    expect(env).not.toHaveProperty('ELECTRON_RUN_AS_NODE');
    expect(env['PATH']).toBe('/usr/bin');
  });
});

describe('build staleness', () => {
  it.each([
    ['no bundles yet', [100], [undefined, undefined, undefined], true],
    ['one bundle missing', [100], [200, undefined, 200], true],
    ['a source newer than the oldest bundle', [100, 250], [200, 300, 300], true],
    ['everything older than the bundles', [100, 150], [200, 300, 300], false],
  ])('%s → stale: %s', (_label, inputs, outputs, stale) => {
    expect(isBuildStale({ inputs, outputs })).toBe(stale);
  });
});

describe('packaging', () => {
  it('refuses to package for another platform or arch (native module)', () => {
    expect(crossBuildRefusal({ args: ['--win'], hostPlatform: 'linux', hostArch: 'x64' })).toMatch(/win32/);
    expect(crossBuildRefusal({ args: ['--arm64'], hostPlatform: 'linux', hostArch: 'x64' })).toMatch(/arm64/);
    expect(
      crossBuildRefusal({ args: ['--linux', 'deb', '--x64'], hostPlatform: 'linux', hostArch: 'x64' }),
    ).toBeNull();
    expect(crossBuildRefusal({ args: [], hostPlatform: 'darwin', hostArch: 'arm64' })).toBeNull();
  });
});
