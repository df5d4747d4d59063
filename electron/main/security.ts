import { shell, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from './content-security-policy';
import type { RendererTarget } from './paths';

/** The parts of an IPC sender frame the check looks at (Electron's WebFrameMain). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True only for the top frame of our own page: the built index.html on disk (any other file://
 * page is foreign) or, in development, the dev server's origin. Query and hash are ignored so
 * client-side routing does not lock the UI out.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined, target: RendererTarget): boolean {
  if (!frame || frame.parent !== null) {
    return false;
  }
  const url = parseUrl(frame.url);
  if (!url) {
    return false;
  }
  if (target.kind === 'dev') {
    return url.origin === target.origin;
  }
  const own = new URL(target.url);
  return url.protocol === 'file:' && url.host === own.host && samePath(url.pathname, own.pathname);
}

function samePath(a: string, b: string): boolean {
  // Windows file systems are case-insensitive and Chromium may normalise the drive letter.
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The allow-list for links leaving the app: https web pages and mailto. Everything else
 * (file:, javascript:, data:, custom schemes that start local programs, http:) is refused.
 */
export function isAllowedExternalUrl(value: string): boolean {
  const url = parseUrl(value);
  if (!url) {
    return false;
  }
  if (url.protocol === 'mailto:') {
    return true;
  }
  // Credentials in a link are a phishing pattern (https://bank.example@evil.example/).
  return url.protocol === 'https:' && url.username === '' && url.password === '';
}

/** The one way the app opens anything outside itself. Returns whether the link was handed to the OS. */
export async function openExternalLink(value: string): Promise<boolean> {
  if (!isAllowedExternalUrl(value)) {
    console.warn(`[security] refused to open external link: ${value.slice(0, 200)}`);
    return false;
  }
  await shell.openExternal(value);
  return true;
}

/**
 * Every WebContents (the window, and anything a compromised page might try to create) stays on
 * our page: navigation is cancelled, new windows are denied, <webview> cannot attach. A link to an
 * allowed external URL goes to the system browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    void openExternalLink(event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url);
    return { action: 'deny' };
  });
}

/**
 * Session-wide rules: no permission (camera, geolocation, notifications, USB, …) is ever granted;
 * the app needs none. In development the CSP also travels as a header, since the dev server's page
 * is not the built one carrying the meta tag.
 */
export function hardenSession(session: Session, target: RendererTarget): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  const policy =
    target.kind === 'dev'
      ? contentSecurityPolicy({ kind: 'dev', devServerOrigin: target.origin })
      : contentSecurityPolicy({ kind: 'production' });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
}
