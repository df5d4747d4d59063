/// <reference lib="dom" />
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelNames } from '../../src/contract/channel-names';

/**
 * The real desktop shell, when this machine has Electron's binary (it is downloaded on first
 * `npm start`; offline machines never have it). Found through path.txt and dist/, never through
 * `require('electron')`, which would start a download.
 */
const root = join(import.meta.dirname, '..', '..');
const electronDir = join(root, 'node_modules', 'electron');
function electronBinary(): string | null {
  try {
    const binary = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
const binary = electronBinary();

test.describe('Electron shell', () => {
  test.skip(binary === null, 'Electron binary not downloaded (offline machine); run `npm start` once online');
  test.describe.configure({ mode: 'serial', timeout: 20 * 60_000 });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    // Same preparation as `npm start`: load-tested Electron build of better-sqlite3, fresh bundles.
    const runtime = await import('../../electron/launch/desktop-runtime.mjs');
    const binding = await runtime.prepareElectronSqlite(binary as string);
    await runtime.buildBundles({ force: false });
    userData = mkdtempSync(join(tmpdir(), 'restride-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    }
    app = await electron.launch({
      executablePath: binary as string,
      args: [root],
      cwd: root,
      env: { ...env, RESTRIDE_SQLITE_BINDING: binding, RESTRIDE_USER_DATA_DIR: userData },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('the page has no Node and the bridge has exactly one function per channel', async () => {
    const probe = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>)['require'],
      process: typeof (globalThis as Record<string, unknown>)['process'],
      bridge: Object.entries((globalThis as unknown as { restride: Record<string, unknown> }).restride).map(
        ([key, value]) => [key, typeof value],
      ),
    }));
    expect(probe.require).toBe('undefined');
    expect(probe.process).toBe('undefined');
    expect(probe.bridge.map(([key]) => key).sort()).toEqual([...channelNames].sort());
    expect(new Set(probe.bridge.map(([, type]) => type))).toEqual(new Set(['function']));
  });

  test('a channel answers with a Result from the real database in userData', async () => {
    const result = await page.evaluate(() =>
      (globalThis as unknown as { restride: Record<string, (input: unknown) => Promise<unknown>> }).restride[
        'clients.list'
      ]?.({}),
    );
    expect(result).toMatchObject({ ok: true });
    expect(existsSync(join(userData, 'restride.sqlite'))).toBe(true);
  });

  // http: is outside the external-link allow-list, so nothing is handed to the system browser.
  test('new windows and navigation away are refused', async () => {
    const before = page.url();
    const opened = await page.evaluate(() => window.open('http://example.org/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'http://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('the page carries a strict Content-Security-Policy', async () => {
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
  });
});
