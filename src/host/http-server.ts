import { timingSafeEqual } from 'node:crypto';
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
  /** Random per start; embedded in the served page and required on every API call. */
  token: string;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
}

/** The server, with the in-memory renderer files and when their compression has finished. */
export type HostServer = Server & { readonly files: StaticFiles; readonly ready: Promise<void> };

export const tokenHeader = 'x-restride-token';
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

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode's HTTP host: the same dispatch as Electron's IPC host, over loopback HTTP.
 * POST /api/<channel> with a JSON body and the start's token; GET serves the renderer.
 */
export function createHostServer(options: HostOptions): HostServer {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const files = new StaticFiles({
    root: options.rendererDir,
    rewrite: (path, content) =>
      path === 'index.html'
        ? Buffer.from(
            content
              .toString('utf8')
              .replace('<head>', `<head>\n    <meta name="restride-token" content="${options.token}" />`),
          )
        : content,
  });

  async function serveApi(
    request: IncomingMessage,
    response: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      // Also a CORS preflight (OPTIONS): refused, and without any Access-Control-* header.
      response.setHeader('allow', 'POST');
      sendResult(response, 405, fail('invalid_input', 'Use POST for API calls.'));
      return;
    }
    if (!sameToken(request.headers[tokenHeader] as string | undefined, options.token)) {
      sendResult(response, 401, fail('unauthorized', 'This call lacks the token of the running ReStride.'));
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendResult(response, 415, fail('invalid_input', 'Send the input as application/json.'));
      return;
    }
    let body: string;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
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
  ): Promise<void> {
    const isPage = urlPath === '/' || urlPath === '/index.html' || !extname(urlPath);
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
        await serveApi(request, response, url.pathname.slice('/api/'.length));
      } else if (request.method === 'GET' || request.method === 'HEAD') {
        await serveFile(request, response, url.pathname);
      } else {
        response.setHeader('allow', 'GET, HEAD');
        sendResult(response, 405, fail('invalid_input', 'The app’s pages answer only GET.'));
      }
    };
    handle().catch((error: unknown) => {
      console.error('ReStride host: request failed', error);
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
