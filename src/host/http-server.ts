import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { extname, join, normalize, sep } from 'node:path';
import { fail, type Result } from '../contract/result';
import { chooseEncoding, StaticFiles } from './static-files';

export interface HostOptions {
  /** Serves the contract: usually `backend.dispatch`. */
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /**
   * Random per start: the value of the session cookie, never put in a page. A browser gets it by
   * opening the one-time URL (`/?open=<openSecret>`); every API call and the app's page need it.
   */
  token: string;
  /**
   * Random per start: the one-time secret of the printed URL, exchanged once for the cookie.
   * Without it no URL opens a session (callers that send the cookie themselves).
   */
  openSecret?: string;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
  /** Deepest nesting of arrays and objects accepted in a request body. */
  maxJsonDepth?: number;
  /** Where failures of the host are reported (default: console.error). */
  log?: (message: string) => void;
}

/** The server, with the in-memory renderer files and when their compression has finished. */
export type HostServer = Server & { readonly files: StaticFiles; readonly ready: Promise<void> };

/** The query parameter of the printed URL that carries the one-time secret. */
export const openParam = 'open';
/** The session cookie's name; with the port, so two running copies do not overwrite each other's. */
export function sessionCookieName(port: number): string {
  return `restride-session-${port}`;
}
/** JSON.parse of 20 MB of `[` takes seconds and a gigabyte; no channel's input nests this deep. */
export const defaultMaxJsonDepth = 64;
// Room for a clinic logo (about 1.4 MB as a data URL) and an imported client record (up to 32 MB of
// JSON with many programme versions); the host is loopback-only and token-guarded.
const defaultMaxBodyBytes = 40 * 1024 * 1024;

/**
 * Sent with every response. There is deliberately no Access-Control-* header anywhere: no other
 * origin may read an answer, and a CORS preflight (OPTIONS) is refused like any other method.
 * Cross-Origin-Resource-Policy also keeps other pages from embedding the app's scripts or answers
 * as no-cors resources; Permissions-Policy switches off what a clinic's page never needs.
 */
export const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  // API answers and errors; the renderer's files say their own (see static-files.ts).
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), payment=()',
} as const;

/** Loopback names a browser may use for this server; anything else may be DNS rebinding. */
function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

/** One cookie's value from a Cookie header (undefined when absent). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': type });
  response.end(body);
}

/** decodeURIComponent that answers null for malformed escapes (`%E0%A4%A`) instead of throwing. */
function decodePath(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Node answers a request it cannot parse (bad request line, headers too large) itself, with an
 * empty body. Answer with a JSON Result and the usual headers instead, then close the connection.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify(
    fail(
      tooLarge ? 'payload_too_large' : 'invalid_input',
      tooLarge ? 'The request headers are too large.' : 'The request is not valid HTTP.',
    ),
  );
  const headers = Object.entries({
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n${headers}\r\n${body}`,
  );
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

/** A short page for a browser without a session: where to find the URL that gives one. */
function sendNoSession(response: ServerResponse, status: number, headline: string): void {
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ReStride</title></head>' +
    '<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; line-height: 1.5">' +
    `<h1>${headline}</h1>` +
    '<p>Open the address printed in the terminal where ReStride was started ' +
    '(<code>Open: http://127.0.0.1:…</code>). It works once, in one browser; ' +
    'to get a new one, stop ReStride (Ctrl+C) and start it again.</p></body></html>';
  send(response, status, page, 'text/html; charset=utf-8');
}

class BodyTooLargeError extends Error {}
class BodyTooDeepError extends Error {}

const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Counts the nesting of arrays and objects in JSON text as it arrives, outside strings, without
 * parsing it. UTF-8 never uses these ASCII bytes inside a multi-byte character, so bytes will do.
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  constructor(private readonly max: number) {}

  /** False as soon as the nesting goes deeper than the limit. */
  feed(chunk: Uint8Array): boolean {
    let { depth, inString, escaped } = this;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) inString = true;
      else if (byte === OPEN_SQUARE || byte === OPEN_CURLY) {
        if (++depth > this.max) return false;
      } else if (byte === CLOSE_SQUARE || byte === CLOSE_CURLY) depth--;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    return true;
  }
}

async function readBody(request: IncomingMessage, limit: number, maxDepth: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  const depth = new JsonDepthScanner(maxDepth);
  let size = 0;
  let tooDeep = false;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    // Noticed while it arrives: the rest of a deep body is read to the end (so the connection
    // stays usable) but never held, let alone parsed.
    if (tooDeep) continue;
    if (!depth.feed(chunk as Buffer)) {
      tooDeep = true;
      chunks.length = 0;
      continue;
    }
    chunks.push(chunk as Buffer);
  }
  if (tooDeep) throw new BodyTooDeepError();
  return Buffer.concat(chunks).toString('utf8');
}

/** A client that went away mid-request (closed tab, cancelled fetch): not a fault of the host. */
function isDisconnect(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (error as Error | null)?.message === 'aborted'
  );
}

/**
 * Browser mode's HTTP host: the same dispatch as Electron's IPC host, over loopback HTTP.
 * The printed URL's one-time secret buys a session cookie (HttpOnly, SameSite=Strict); with it,
 * GET serves the renderer and POST /api/<channel> with a JSON body calls dispatch.
 */
export function createHostServer(options: HostOptions): HostServer {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const maxJsonDepth = options.maxJsonDepth ?? defaultMaxJsonDepth;
  const log = options.log ?? ((message: string): void => console.error(message));
  const files = new StaticFiles({ root: options.rendererDir });
  const openSecret = options.openSecret ?? randomBytes(24).toString('base64url');
  let openSecretUsed = options.openSecret === undefined;

  function hasSession(request: IncomingMessage, port: number): boolean {
    return sameToken(cookieValue(request.headers.cookie, sessionCookieName(port)), options.token);
  }

  /** GET /…?open=<secret>: the first time, a session cookie and a redirect to the clean URL. */
  function openSession(response: ServerResponse, url: URL, port: number): void {
    const given = url.searchParams.get(openParam) ?? undefined;
    if (openSecretUsed || !sameToken(given, openSecret)) {
      sendNoSession(response, 403, 'This ReStride link has been used already or is not valid.');
      return;
    }
    openSecretUsed = true;
    response.writeHead(303, {
      ...securityHeaders,
      'set-cookie': `${sessionCookieName(port)}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
      // Always the app's root: the app routes by the hash, and no path can point elsewhere.
      location: '/',
      'content-type': 'text/plain; charset=utf-8',
    });
    response.end('Signed in; continuing to ReStride.');
  }

  async function serveApi(
    request: IncomingMessage,
    response: ServerResponse,
    channel: string,
    port: number,
  ): Promise<void> {
    if (request.method !== 'POST') {
      // Also a CORS preflight (OPTIONS): refused, and without any Access-Control-* header.
      response.setHeader('allow', 'POST');
      sendResult(response, 405, fail('invalid_input', 'Use POST for API calls.'));
      return;
    }
    if (!hasSession(request, port)) {
      sendResult(
        response,
        401,
        fail(
          'unauthorized',
          'This call has no session of the running ReStride: open the address printed in the terminal where it started.',
        ),
      );
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendResult(response, 415, fail('invalid_input', 'Send the input as application/json.'));
      return;
    }
    let body: string;
    try {
      body = await readBody(request, maxBodyBytes, maxJsonDepth);
    } catch (error) {
      if (error instanceof BodyTooDeepError) {
        sendResult(
          response,
          400,
          fail('invalid_input', `The request nests arrays or objects deeper than ${maxJsonDepth} levels.`),
        );
        return;
      }
      if (error instanceof BodyTooLargeError) {
        sendResult(
          response,
          413,
          fail('payload_too_large', `The request is larger than ${maxBodyBytes} bytes.`),
        );
        request.resume();
        return;
      }
      throw error;
    }
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      sendResult(response, 400, fail('invalid_input', 'The request body is not valid JSON.'));
      return;
    }
    const name = decodePath(channel);
    if (name === null) {
      sendResult(response, 400, fail('unknown_channel', 'The channel name in the path is not valid.'));
      return;
    }
    // Every answer of dispatch is a Result, failures included: they travel as data with 200.
    sendResult(response, 200, await options.dispatch(name, input));
  }

  async function serveFile(
    request: IncomingMessage,
    response: ServerResponse,
    urlPath: string,
    port: number,
  ): Promise<void> {
    const isPage = urlPath === '/' || urlPath === '/index.html' || !extname(urlPath);
    // The scripts and styles hold no data; the page that calls the API is only for the session.
    if (isPage && !hasSession(request, port)) {
      sendNoSession(response, 401, 'This browser has no ReStride session.');
      return;
    }
    let file: string | null = join(options.rendererDir, 'index.html');
    if (!isPage) {
      const decoded = decodePath(urlPath);
      file =
        decoded === null || decoded.includes('\0') ? null : normalize(join(options.rendererDir, decoded));
      if (file !== null && !file.startsWith(normalize(options.rendererDir) + sep)) file = null;
    }
    const found = file === null ? null : await files.get(file);
    if (found === null) {
      // Without index.html there is no interface to serve: a fault of the start, not a missing page.
      if (isPage) throw new Error(`${file} is missing; build the interface first.`);
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    const encoding = chooseEncoding(request.headers['accept-encoding'], found);
    const body = encoding ? found[encoding]! : found.identity;
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': found.type,
      'cache-control': found.cacheControl,
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      'content-length': String(body.length),
    });
    response.end(body);
  }

  const server = createServer((request, response) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    const handle = async (): Promise<void> => {
      if (!isLoopbackHost(request.headers.host, port)) {
        sendResult(response, 403, fail('forbidden', 'ReStride answers only on 127.0.0.1 or localhost.'));
        return;
      }
      let url: URL;
      try {
        url = new URL(request.url ?? '/', 'http://127.0.0.1');
      } catch {
        sendResult(response, 400, fail('invalid_input', 'The request path is not valid.'));
        return;
      }
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== `http://${request.headers.host}`) {
        sendResult(response, 403, fail('forbidden', 'Calls from other web pages are refused.'));
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        await serveApi(request, response, url.pathname.slice('/api/'.length), port);
      } else if ((request.method === 'GET' || request.method === 'HEAD') && url.searchParams.has(openParam)) {
        openSession(response, url, port);
      } else if (request.method === 'GET' || request.method === 'HEAD') {
        await serveFile(request, response, url.pathname, port);
      } else {
        response.setHeader('allow', 'GET, HEAD');
        sendResult(response, 405, fail('invalid_input', 'The app’s pages answer only GET.'));
      }
    };
    handle().catch((error: unknown) => {
      if (isDisconnect(error)) {
        // One line: a closed tab or a cancelled call is routine, and its stack says nothing.
        const path = (request.url ?? '').split('?')[0];
        log(`ReStride host: ${request.method} ${path} ended early: the client disconnected.`);
        response.destroy();
        return;
      }
      log(`ReStride host: request failed: ${(error as Error)?.stack ?? String(error)}`);
      if (!response.headersSent)
        sendResult(response, 500, fail('internal', 'The request could not be handled.'));
      else response.end();
    });
  });
  server.on('clientError', answerUnparsable);
  // Read and compress the interface once, while the server starts listening.
  const ready = files.preload();
  return Object.assign(server, { files, ready });
}
