import {
  BrowserWindow,
  dialog,
  shell,
  type MessageBoxOptions,
  type Session,
  type WebContents,
} from 'electron';
import { isAppPageUrl } from './app-protocol';
import { contentSecurityPolicy } from './content-security-policy';
import type { RendererTarget } from './paths';

/** The parts of an IPC sender frame the check looks at (Electron's WebFrameMain). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True only for the top frame of our own page: the built index.html as the app scheme serves it
 * (restride://app/index.html; a file:// page or any other address is foreign) or, in development,
 * the dev server's origin. Query and hash are ignored so client-side routing does not lock the UI out.
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
  return isAppPageUrl(url);
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The allow-list for links leaving the app: https web pages. Everything else (http:, mailto:,
 * file:, javascript:, data:, custom schemes that start local programs) is refused.
 */
export function isAllowedExternalUrl(value: string): boolean {
  const url = parseUrl(value);
  if (!url) {
    return false;
  }
  // Credentials in a link are a phishing pattern (https://bank.example@evil.example/).
  return url.protocol === 'https:' && url.username === '' && url.password === '';
}

/** Asks the person whether to open `url` outside the app; true only for an explicit yes. */
export type ConfirmExternalLink = (contents: WebContents, url: string) => Promise<boolean>;

/**
 * The confirmation before a link leaves the app: a native dialog naming the site and showing the
 * whole address, with Cancel as the default (Enter or Escape do not open anything).
 */
export const confirmExternalLink: ConfirmExternalLink = async (contents, url) => {
  const shown = new URL(url);
  const options: MessageBoxOptions = {
    type: 'question',
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    title: 'Open link',
    message: `Open ${shown.host} in your web browser?`,
    detail: shown.href.length > 2000 ? `${shown.href.slice(0, 2000)}…` : shown.href,
  };
  const window = BrowserWindow.fromWebContents(contents);
  const { response } = window
    ? await dialog.showMessageBox(window, options)
    : await dialog.showMessageBox(options);
  return response === 1;
};

/**
 * The one way the app opens anything outside itself: an allowed URL, asked for by a click or key
 * press (a page cannot open links on its own), and confirmed by the person. Returns whether the
 * link was handed to the OS.
 */
export async function openExternalLink(
  value: string,
  request: { userGesture: boolean; confirm: (url: string) => Promise<boolean> },
): Promise<boolean> {
  if (!isAllowedExternalUrl(value)) {
    console.warn(`[security] refused to open external link: ${value.slice(0, 200)}`);
    return false;
  }
  if (!request.userGesture) {
    console.warn(
      `[security] refused an external link the page opened without a click: ${value.slice(0, 200)}`,
    );
    return false;
  }
  if (!(await request.confirm(value))) {
    return false;
  }
  await shell.openExternal(value);
  return true;
}

/**
 * Input that gives a page a user activation (a click, a tap or a key press), as Electron reports
 * it in 'input-event'. Mouse moves, wheel and scroll do not count.
 */
const activatingInput = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'char',
  'gestureTap',
  'touchEnd',
  'pointerDown',
  'pointerUp',
]);

/** How long after a click or key press a navigation counts as its result (Chromium's transient activation). */
export const userGestureWindowMs = 5_000;

/**
 * The last click or key press in one WebContents. A navigation may use it once: one click opens at
 * most one link, and a page cannot open a second one on the strength of an old click.
 */
export class UserGestures {
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = Date.now) {}

  record(input: { type: string }): void {
    if (activatingInput.has(input.type)) {
      this.last = this.now();
    }
  }

  consume(): boolean {
    const elapsed = this.now() - this.last;
    this.last = Number.NEGATIVE_INFINITY;
    return elapsed >= 0 && elapsed <= userGestureWindowMs;
  }
}

/**
 * Every WebContents (the window, and anything a compromised page might try to create) stays on
 * our page: navigation is cancelled, new windows are denied, <webview> cannot attach. A link to an
 * allowed external URL goes to the system browser instead, only when the person clicked it (or
 * pressed a key) and then confirmed.
 */
export function hardenWebContents(
  contents: WebContents,
  options: { confirm?: ConfirmExternalLink; now?: () => number } = {},
): void {
  const gestures = new UserGestures(options.now);
  const confirm = options.confirm ?? confirmExternalLink;
  const leave = (url: string): void => {
    // The gesture is taken now, before anything asynchronous, and used up by this one link.
    const userGesture = gestures.consume();
    void openExternalLink(url, { userGesture, confirm: (link) => confirm(contents, link) }).catch(
      (error: unknown) => console.error('[security] opening an external link failed', error),
    );
  };
  contents.on('input-event', (_event, input) => gestures.record(input));
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    leave(event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
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
