import { dialog, shell } from 'electron';
import type { MessageBoxOptions, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../electron/main/window';
import {
  confirmExternalLink,
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
  vi.mocked(dialog.showMessageBox).mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the main window', () => {
  it('is created locked down: isolated, sandboxed, no Node, web security on, no <webview>', () => {
    createMainWindow({
      preload: '/app/out/preload/index.cjs',
      target: {
        kind: 'file',
        file: '/app/out/renderer/index.html',
        url: 'restride://app/index.html',
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
    // Through the app scheme: a file:// page would need the file protocol's extra privileges.
    expect(electronState.windows[0]?.loaded).toBe('restride://app/index.html');
  });

  it('uses a CommonJS preload (an ESM preload would require sandbox: false)', () => {
    expect(mainWindowOptions({ preload: '/x/index.cjs', devTools: true }).webPreferences?.preload).toMatch(
      /\.cjs$/,
    );
  });
});

describe('web contents hardening', () => {
  /** A hardened WebContents with a clock the test moves and a confirmation that answers `yes`. */
  function hardened(answer = true) {
    const contents = fakeWebContents();
    const clock = { now: 1_000_000 };
    const confirm = vi.fn(() => Promise.resolve(answer));
    hardenWebContents(contents as unknown as WebContents, { confirm, now: () => clock.now });
    const input = (type: string) => contents.listeners.get('input-event')?.(fakeEvent(''), { type });
    const navigate = (url: string) => {
      const event = fakeEvent(url);
      contents.listeners.get('will-navigate')?.(event);
      return event;
    };
    return { contents, clock, confirm, input, navigate };
  }

  /** Lets the confirmation and the hand-over to the OS settle. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'file:///app/out/renderer/index.html',
    'javascript:alert(1)',
  ])('cancels navigation to %s', (url) => {
    expect(hardened().navigate(url).defaultPrevented).toBe(true);
  });

  it('cancels redirects and <webview> attachment', () => {
    const { contents } = hardened();
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = fakeEvent('https://example.org/');
      contents.listeners.get(name)?.(event);
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('opens an https link after a click and a yes, showing the address in the confirmation', async () => {
    const { contents, confirm, input, navigate } = hardened(true);
    input('mouseDown');
    input('mouseUp');
    navigate('https://physio.example/guide?x=1');
    await settle();
    expect(confirm).toHaveBeenCalledExactlyOnceWith(contents, 'https://physio.example/guide?x=1');
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://physio.example/guide?x=1');
  });

  it('counts a key press (Enter on a focused link) as the gesture', async () => {
    const { input, navigate } = hardened(true);
    input('rawKeyDown');
    navigate('https://physio.example/');
    await settle();
    expect(shell.openExternal).toHaveBeenCalledOnce();
  });

  it('opens nothing and asks nothing when the page navigates without a click', async () => {
    const { confirm, input, navigate } = hardened(true);
    input('mouseMove');
    input('mouseWheel');
    navigate('https://evil.example/');
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('does not accept an old click, and uses one click for one link only', async () => {
    const { clock, confirm, input, navigate } = hardened(true);
    input('mouseDown');
    clock.now += 5_001;
    navigate('https://physio.example/late');
    input('mouseDown');
    navigate('https://physio.example/first');
    navigate('https://physio.example/second');
    await settle();
    expect(confirm).toHaveBeenCalledOnce();
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://physio.example/first');
  });

  it('opens nothing when the person cancels', async () => {
    const { confirm, input, navigate } = hardened(false);
    input('mouseDown');
    navigate('https://physio.example/');
    await settle();
    expect(confirm).toHaveBeenCalledOnce();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'http://physio.example/',
    'mailto:clinic@physio.example',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
  ])('never offers %s, even after a click', async (url) => {
    const { confirm, input, navigate } = hardened(true);
    input('mouseDown');
    navigate(url);
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; window.open follows the same click-and-confirm rule', async () => {
    const { contents, confirm, input } = hardened(true);
    expect(contents.windowOpenHandler?.({ url: 'https://physio.example/popup' })).toEqual({ action: 'deny' });
    input('mouseDown');
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    input('mouseDown');
    expect(contents.windowOpenHandler?.({ url: 'https://physio.example/guide' })).toEqual({ action: 'deny' });
    await settle();
    expect(confirm).toHaveBeenCalledOnce();
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://physio.example/guide');
  });

  it('asks with a native dialog that names the site, shows the address and defaults to Cancel', async () => {
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    const contents = fakeWebContents();
    await expect(
      confirmExternalLink(contents as unknown as WebContents, 'https://xn--physi-ssa.example/a b'),
    ).resolves.toBe(true);
    const options = vi.mocked(dialog.showMessageBox).mock.calls[0]?.[0] as unknown as MessageBoxOptions;
    expect(options.message).toContain('xn--physi-ssa.example');
    expect(options.detail).toBe('https://xn--physi-ssa.example/a%20b');
    expect(options.buttons?.[options.defaultId ?? -1]).toBe('Cancel');
    expect(options.cancelId).toBe(options.defaultId);
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await expect(confirmExternalLink(contents as unknown as WebContents, 'https://a.example/')).resolves.toBe(
      false,
    );
  });
});

describe('external links', () => {
  const yes = () => Promise.resolve(true);

  it('allows https links', () => {
    expect(isAllowedExternalUrl('https://physio.example/return-to-run')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/evil.exe',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://physio.example/',
    'mailto:clinic@physio.example?subject=Plan',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://bank.example@evil.example/',
    '',
    'not a url',
  ])('refuses %s', async (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    await expect(openExternalLink(url, { userGesture: true, confirm: yes })).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allowed link through the OS only with a gesture and a yes', async () => {
    await expect(
      openExternalLink('https://physio.example/', { userGesture: false, confirm: yes }),
    ).resolves.toBe(false);
    await expect(
      openExternalLink('https://physio.example/', {
        userGesture: true,
        confirm: () => Promise.resolve(false),
      }),
    ).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    await expect(
      openExternalLink('https://physio.example/', { userGesture: true, confirm: yes }),
    ).resolves.toBe(true);
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
      url: 'restride://app/index.html',
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
