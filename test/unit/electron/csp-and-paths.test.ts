import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspProblems } from '../../../electron/main/content-security-policy';
import {
  bundlePaths,
  resolveRendererTarget,
  resolveSqliteBinding,
  resolveUserDataOverride,
} from '../../../electron/main/paths';

describe('content security policy', () => {
  it('is strict in production: no inline or eval script, nothing by default, no plugins', () => {
    const policy = contentSecurityPolicy({ kind: 'production' });
    expect(cspProblems(policy)).toEqual([]);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("img-src 'self' data:");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('relaxes only what Vite’s dev server needs', () => {
    const policy = contentSecurityPolicy({ kind: 'dev', devServerOrigin: 'http://localhost:5173' });
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws://localhost:5173");
    expect(policy).not.toContain('unsafe-eval');
  });

  it.each([
    [
      "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'",
      'unsafe-inline',
    ],
    [
      "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'",
      'unsafe-eval',
    ],
    ["default-src *; object-src 'none'; base-uri 'none'", 'script-src allows *'],
    ["default-src 'self'; base-uri 'none'", 'object-src'],
    ["default-src 'self'; object-src 'none'", 'base-uri'],
    ["img-src 'self'", 'no script-src'],
  ])('finds the weakness in %s', (policy, problem) => {
    expect(cspProblems(policy).join('\n')).toContain(problem);
  });

  it('is defined once: the source page declares no policy of its own (the build writes ours)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/Content-Security-Policy/i);
  });
});

describe('paths', () => {
  it('finds the CommonJS preload and the renderer next to the main bundle', () => {
    expect(bundlePaths('/app/out/main')).toEqual({
      preload: join('/app/out/main', '..', 'preload', 'index.cjs'),
      rendererIndex: join('/app/out/main', '..', 'renderer', 'index.html'),
      restoreWorker: join('/app/out/main', 'restore-worker.js'),
    });
  });

  it('loads the built page unless an unpackaged run names a loopback dev server', () => {
    const rendererIndex = '/app/out/renderer/index.html';
    const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(resolveRendererTarget({ isPackaged: false, env: dev, rendererIndex })).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(resolveRendererTarget({ isPackaged: true, env: dev, rendererIndex })).toEqual({
      kind: 'file',
      file: rendererIndex,
      url: 'restride://app/index.html',
    });
    expect(
      resolveRendererTarget({
        isPackaged: false,
        env: { ELECTRON_RENDERER_URL: 'http://192.168.1.9:5173/' },
        rendererIndex,
      }).kind,
    ).toBe('file');
  });

  it('uses the shipped Electron build of better-sqlite3 when packaged and the launcher’s otherwise', () => {
    const env = { RESTRIDE_SQLITE_BINDING: '/tmp/evil.node' };
    expect(resolveSqliteBinding({ isPackaged: true, resourcesPath: '/opt/ReStride/resources', env })).toBe(
      join('/opt/ReStride/resources', 'native', 'better_sqlite3.node'),
    );
    expect(resolveSqliteBinding({ isPackaged: false, resourcesPath: '/x', env })).toBe('/tmp/evil.node');
    expect(resolveSqliteBinding({ isPackaged: false, resourcesPath: '/x', env: {} })).toBeUndefined();
  });

  it('lets only unpackaged runs move userData', () => {
    const env = { RESTRIDE_USER_DATA_DIR: '/tmp/restride-e2e' };
    expect(resolveUserDataOverride({ isPackaged: false, env })).toBe('/tmp/restride-e2e');
    expect(resolveUserDataOverride({ isPackaged: true, env })).toBeUndefined();
  });
});
