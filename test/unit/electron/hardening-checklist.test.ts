/**
 * Issue 5 §8, the parts of Electron's security checklist the other files here do not cover:
 * the CSP of the page as actually built and of browser mode's responses, the wiring in
 * app-lifecycle (sandbox for every renderer, every WebContents hardened), screen capture refused,
 * and source-wide rules that keep the surface small (one place opens external links, one creates
 * windows, one registers IPC; no insecure web preference anywhere).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cspProblems } from '../../../electron/main/content-security-policy';
import { hardenSession } from '../../../electron/main/security';
import { securityHeaders } from '../../../src/host/http-server';
import { fakeEvent, fakeWebContents } from './electron-mock';

const app = vi.hoisted(() => ({
  enableSandbox: vi.fn(),
  setPath: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  on: vi.fn(),
  // Never ready: these tests look only at what is wired before the first window.
  whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  isPackaged: true,
  getPath: vi.fn(() => '/tmp/restride-user-data'),
}));

vi.mock('electron', async () => ({ ...(await import('./electron-mock')).electronMock(), app }));

const root = join(import.meta.dirname, '../../..');

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

function expectStrict(policy: string, where: string): void {
  expect(cspProblems(policy), where).toEqual([]);
  const map = directives(policy);
  expect(map.get('script-src'), `${where}: scripts only from the app itself`).toEqual(["'self'"]);
  expect(map.get('object-src'), where).toEqual(["'none'"]);
  expect(map.get('base-uri'), where).toEqual(["'none'"]);
  expect(map.get('form-action'), where).toEqual(["'none'"]);
  expect(
    map.get('default-src')?.some((source) => source === '*' || source.endsWith(':')),
    where,
  ).toBe(false);
}

describe('content security policy as shipped', () => {
  it('the built page (out/renderer/index.html) carries a strict policy and no inline or remote script', () => {
    const built = join(root, 'out/renderer/index.html');
    // npm test builds before it runs vitest; a bare `vitest run` needs `npm run build` first.
    expect(existsSync(built), 'out/renderer/index.html is missing: run "npm run build" first').toBe(true);
    const html = readFileSync(built, 'utf8');
    const metas = [...html.matchAll(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)];
    expect(metas, 'exactly one CSP meta tag').toHaveLength(1);
    const policy = /content=(?:"([^"]*)"|'([^']*)')/i.exec(metas[0]![0]);
    expectStrict(policy?.[1] ?? policy?.[2] ?? '', 'built page');
    // The meta tag must come before any script, or the scripts before it run unchecked.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script/i));
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(script[2]!.trim(), 'inline script').toBe('');
      expect(script[1], 'a script from the app’s own files').toMatch(/src=["']\.?\/assets\//);
    }
  });

  it('browser mode sends a strict policy that also forbids framing', () => {
    const policy = securityHeaders['content-security-policy'];
    expectStrict(policy, 'browser-mode header');
    expect(directives(policy).get('frame-ancestors')).toEqual(["'none'"]);
    expect(securityHeaders['x-frame-options']).toBe('DENY');
    expect(Object.keys(securityHeaders).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});

describe('start-up wiring (app-lifecycle)', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('sandboxes every renderer and hardens every WebContents as it is created', async () => {
    const { startApp } = await import('../../../electron/main/app-lifecycle');
    startApp({ mainDir: '/opt/ReStride/resources/app.asar/out/main' });
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    const created = app.on.mock.calls.find(([name]) => name === 'web-contents-created') as
      [string, (event: unknown, contents: unknown) => void] | undefined;
    expect(created, 'no web-contents-created handler').toBeDefined();
    const contents = fakeWebContents();
    created![1]({}, contents);
    const navigation = fakeEvent('https://evil.example/');
    contents.listeners.get('will-navigate')?.(navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('session', () => {
  it('refuses screen capture requests', () => {
    let display: ((request: unknown, callback: (streams: unknown) => void) => void) | null = null;
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: (handler: typeof display) => (display = handler),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    hardenSession(session as unknown as Session, {
      kind: 'file',
      file: '/a/index.html',
      url: 'restride://app/index.html',
    });
    const callback = vi.fn();
    display!({ frame: null }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(null);
  });
});

/** Every TypeScript source file below `dir`. */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      // Comments may name what the code avoids ("no ipcRenderer", "sandbox: false would…").
      const text = readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/.*$/gm, '$1');
      return { file: relative(root, path), text };
    });
}

describe('source-wide rules', () => {
  const code = [...sources('electron'), ...sources('src')];

  it.each([
    ['shell.openExternal', /\bopenExternal\s*\(/, ['electron/main/security.ts']],
    ['new BrowserWindow', /new\s+BrowserWindow\s*\(/, ['electron/main/window.ts']],
    [
      'ipcMain.handle / ipcMain.on',
      /\bipcMain\s*\.\s*(handle|on|once|handleOnce)\s*\(/,
      ['electron/main/ipc-host.ts'],
    ],
    ['ipcRenderer', /\bipcRenderer\b/, ['electron/preload/index.ts']],
    ['contextBridge.exposeInMainWorld', /\bexposeInMainWorld\s*\(/, ['electron/preload/index.ts']],
  ])('%s appears only in the one module that owns it', (_label, pattern, allowed) => {
    const found = code.filter(({ text }) => pattern.test(text)).map(({ file }) => file.split('\\').join('/'));
    expect(found.filter((file) => !allowed.includes(file))).toEqual([]);
  });

  it('sets no insecure web preference and loads no remote module anywhere', () => {
    const insecure =
      /\b(nodeIntegration(InWorker|InSubFrames)?\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false|webSecurity\s*:\s*false|allowRunningInsecureContent\s*:\s*true|webviewTag\s*:\s*true|experimentalFeatures\s*:\s*true|enableBlinkFeatures|enableRemoteModule|@electron\/remote)\b/;
    expect(code.filter(({ text }) => insecure.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('the preload uses ipcRenderer only to invoke, never to listen or send', () => {
    const preload = code.filter(({ file }) => file.startsWith('electron/preload'));
    for (const { file, text } of preload) {
      expect(text, file).not.toMatch(/ipcRenderer\s*\.\s*(on|once|send|sendSync|sendTo|postMessage)\s*\(/);
    }
  });
});
