import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from './content-security-policy';

/**
 * The packaged page is served from `restride://app/`, not from file://. A page on file:// reads
 * any file on the disk, and Electron gives file:// extra privileges that the
 * `grantFileProtocolExtraPrivileges: false` fuse (electron-builder.yml) takes away — including
 * loading the page's module scripts. This scheme serves the built renderer folder and nothing else.
 */
export const appScheme = 'restride';
export const appHost = 'app';
export const appPageUrl = `${appScheme}://${appHost}/index.html`;

/**
 * Before the app is ready: a standard, secure scheme, so the page has a real origin ('self' in
 * the CSP, relative URLs) and is a secure context. Nothing else (no service workers, no CORS
 * exemption, no fetch from other schemes' pages).
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** True for the address of our own page (query and hash aside). */
export function isAppPageUrl(url: URL): boolean {
  return url.protocol === `${appScheme}:` && url.host === appHost && url.pathname === '/index.html';
}

/**
 * The file in `rendererDir` a `restride://app/…` address names, or null for anything else: another
 * host, a path that leaves the folder (`..`, encoded or not), a NUL, a backslash.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) {
    return null;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) {
    return null;
  }
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return null;
  }
  return file;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The answer to one request for `restride://app/…`: the file, or 404/405. */
export async function appResponse(
  rendererDir: string,
  request: { url: string; method: string },
  read: (file: string) => Promise<Uint8Array> = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405 });
  }
  const file = resolveAppFile(rendererDir, request.url);
  const type = file ? contentTypes[extname(file).toLowerCase()] : undefined;
  if (!file || !type) {
    return new Response(null, { status: 404 });
  }
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch {
    return new Response(null, { status: 404 });
  }
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  if (type.startsWith('text/html')) {
    // The same policy as the page's meta tag, and one a meta tag cannot carry.
    headers['content-security-policy'] =
      `${contentSecurityPolicy({ kind: 'production' })}; frame-ancestors 'none'`;
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** After the app is ready: serve the built renderer folder on the scheme. */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, (request) => appResponse(rendererDir, request));
}
