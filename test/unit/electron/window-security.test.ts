import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../electron/main/window';
import {
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  openExternalLink,
} from '../../../electron/main/security';
import { menuTemplate } from '../../../electron/main/menu';
import { electronState, fakeEvent, fakeWebContents, resetElectronState } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

beforeEach(() => {
  resetElectronState();
  vi.mocked(shell.openExternal).mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the main window', () => {
  it('is created locked down: isolated, sandboxed, no Node, web security on, no <webview>', () => {
    createMainWindow({
      preload: '/app/out/preload/index.cjs',
      target: {
        kind: 'file',
        file: '/app/out/renderer/index.html',
        url: 'file:///app/out/renderer/index.html',
      },
      devTools: false,
    });
    expect(electronState.windows).toHaveLength(1);
    const options = electronState.windows[0]?.options as ReturnType<typeof mainWindowOptions>;
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(electronState.windows[0]?.loaded).toBe('/app/out/renderer/index.html');
  });

  it('uses a CommonJS preload (an ESM preload would require sandbox: false)', () => {
    expect(mainWindowOptions({ preload: '/x/index.cjs', devTools: true }).webPreferences?.preload).toMatch(
      /\.cjs$/,
    );
  });
});

describe('web contents hardening', () => {
  function hardened() {
    const contents = fakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  }

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'file:///app/out/renderer/index.html',
    'javascript:alert(1)',
  ])('cancels navigation to %s', (url) => {
    const event = fakeEvent(url);
    hardened().listeners.get('will-navigate')?.(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('cancels redirects and <webview> attachment', () => {
    const contents = hardened();
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = fakeEvent('https://example.org/');
      contents.listeners.get(name)?.(event);
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('denies every new window, handing only allowed links to the system browser', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://physio.example/guide' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://physio.example/guide');
  });
});

describe('external links', () => {
  it.each(['https://physio.example/return-to-run', 'mailto:clinic@physio.example?subject=Plan'])(
    'allows %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'file://server/share/evil.exe',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://physio.example/',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://bank.example@evil.example/',
    '',
    'not a url',
  ])('refuses %s', async (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    await expect(openExternalLink(url)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allowed link through the OS', async () => {
    await expect(openExternalLink('https://physio.example/')).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://physio.example/');
  });
});

describe('session hardening', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    let headersListener: ((details: unknown, callback: (response: unknown) => void) => void) | null = null;
    const session = {
      setPermissionRequestHandler: (handler: never) => (handlers['request'] = handler),
      setPermissionCheckHandler: (handler: never) => (handlers['check'] = handler),
      setDevicePermissionHandler: (handler: never) => (handlers['device'] = handler),
      setDisplayMediaRequestHandler: (handler: never) => (handlers['display'] = handler),
      webRequest: { onHeadersReceived: (listener: typeof headersListener) => (headersListener = listener) },
    };
    return { session, handlers, headers: () => headersListener };
  }

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session as unknown as Session, {
      kind: 'file',
      file: '/a/index.html',
      url: 'file:///a/index.html',
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      (handlers['request'] as (c: unknown, p: string, cb: (granted: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect((handlers['check'] as (c: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((handlers['device'] as () => boolean)()).toBe(false);
  });

  it('adds the CSP header to responses (the dev server’s page)', () => {
    const { session, headers } = fakeSession();
    hardenSession(session as unknown as Session, {
      kind: 'dev',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    const callback = vi.fn();
    headers()?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    const response = callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> };
    expect(response.responseHeaders['Content-Type']).toEqual(['text/html']);
    expect(response.responseHeaders['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
    expect(response.responseHeaders['Content-Security-Policy']?.[0]).toContain('ws://localhost:5173');
  });
});

describe('menu', () => {
  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      JSON.stringify(menuTemplate({ isMac: false, isDev })).match(/"role":"(\w+)"/g) ?? [];
    expect(roles(false).join()).not.toMatch(/toggleDevTools|reload/i);
    expect(roles(true).join()).toMatch(/toggleDevTools/);
  });
});
