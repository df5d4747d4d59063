/**
 * Fuzzed boundary (issue 5 §7) through browser mode's HTTP host: a real backend behind
 * `createHostServer`, called over loopback. Arbitrary bodies (JSON, broken JSON, binary, oversize,
 * deep), content types, channel names in the path (encoded junk, `..`, very long), methods and
 * headers (session cookie, Host, Origin). Every answer is a JSON Result with a status that fits its code,
 * never a 500 and never `internal`; no answer carries a CORS header; a refused request reaches no
 * handler and commits nothing; the server keeps answering.
 *
 * Runs per property: RESTRIDE_FUZZ_RUNS (default 100; the file takes about 10 s). Replay a failure
 * with RESTRIDE_FUZZ_SEED=<seed>.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../src/contract/channel-names';
import { errorCodes, type Result } from '../../src/contract/result';
import { createHostServer, defaultMaxJsonDepth, sessionCookieName } from '../../src/host/http-server';
import { createTestBackend, type TestBackend } from '../fixtures/backend';
import { createPlannableClient, derivedProgramme } from './workspace-fixtures';

const runs = Number(process.env['RESTRIDE_FUZZ_RUNS'] ?? 100);
const replaySeed = process.env['RESTRIDE_FUZZ_SEED'] ? Number(process.env['RESTRIDE_FUZZ_SEED']) : undefined;
const fuzzOptions = { numRuns: runs, ...(replaySeed === undefined ? {} : { seed: replaySeed }) };

const token = 'fuzz-token-9f86d081884c7d659a2feaa0c55ad015';
/** The limit this test's server enforces (the production default is larger; the mechanism is the same). */
const maxBodyBytes = 2 * 1024 * 1024;

let backend: TestBackend;
let server: Server;
let port = 0;
let rendererDir = '';
/** Notices commits by the backend's connection (PRAGMA data_version). */
let probe: BetterSqlite3.Database;
/** Calls that got past the host's checks into dispatch. */
let dispatched = 0;

beforeAll(async () => {
  backend = await createTestBackend();
  const { client } = await createPlannableClient(backend);
  await derivedProgramme(backend, client.id);
  rendererDir = mkdtempSync(join(tmpdir(), 'restride-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  server = createHostServer({
    dispatch: (channel, input) => {
      dispatched += 1;
      return backend.dispatch(channel, input);
    },
    rendererDir,
    token,
    maxBodyBytes,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  probe = new BetterSqlite3(backend.databaseFile, { readonly: true, fileMustExist: true });
});

afterAll(async () => {
  probe.close();
  await new Promise((resolve) => server.close(resolve));
  await backend.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * One request with node:http: fetch refuses to forge Host or to send some of the junk below.
 * A `host` of null leaves the header out.
 */
function send(request: RawRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'POST',
        path: request.path,
        headers: request.headers ?? {},
        setHost: !('host' in (request.headers ?? {})),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** The session cookie a browser got from the printed URL (the port is known once listening). */
function sessionCookie(value: string = token): string {
  return `${sessionCookieName(port)}=${value}`;
}

function apiHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', cookie: sessionCookie() };
}

function dataVersion(): number {
  return probe.pragma('data_version', { simple: true }) as number;
}

/** The status a refused API call must have for its code. */
const statusOf: Record<string, number[]> = {
  invalid_input: [200, 400, 405, 415],
  unknown_channel: [200, 400],
  not_found: [200],
  conflict: [200],
  engine_rejected: [200],
  unauthorized: [401],
  forbidden: [403],
  payload_too_large: [413, 431],
};

/**
 * Sends `request` and checks the answer as a whole: a JSON Result, a status fitting its code, no
 * CORS header, no 500, no `internal`; a refused call commits nothing. Returns the Result.
 */
async function expectResult(request: RawRequest): Promise<{ answer: Answer; result: Result<unknown> }> {
  const version = dataVersion();
  const answer = await send(request);
  const where = `${request.method ?? 'POST'} ${request.path.slice(0, 200)} → ${answer.status} ${answer.body.slice(0, 300)}`;
  expect(answer.status, where).not.toBe(500);
  for (const name of Object.keys(answer.headers)) expect(name, where).not.toMatch(/^access-control-/);
  expect(answer.headers['content-type'], where).toBe('application/json; charset=utf-8');
  expect(answer.headers['x-content-type-options'], where).toBe('nosniff');
  const result = JSON.parse(answer.body) as Result<unknown>;
  expect(typeof result.ok, where).toBe('boolean');
  if (result.ok) {
    expect(answer.status, where).toBe(200);
  } else {
    expect(errorCodes, where).toContain(result.error.code);
    expect(result.error.code, where).not.toBe('internal');
    expect(result.error.message.length, where).toBeGreaterThan(0);
    expect(statusOf[result.error.code], where).toContain(answer.status);
    expect(dataVersion(), `${where}: a refused call committed a change`).toBe(version);
  }
  return { answer, result };
}

/** Refused by the host itself: dispatch never ran. */
async function expectRefusedByHost(request: RawRequest, status: number, code: string): Promise<void> {
  const before = dispatched;
  const { result, answer } = await expectResult(request);
  expect(answer.status).toBe(status);
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(dispatched, 'the refused call reached dispatch').toBe(before);
}

const channel = fc.constantFrom(...channelNames);

/** Text a header value may hold (node:http refuses to send control characters). */
function printable(maxLength: number): fc.Arbitrary<string> {
  return fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength,
  });
}

const brokenJson = fc.oneof(
  fc.jsonValue().map((value) => {
    const text = JSON.stringify(value);
    return text.slice(0, Math.max(0, text.length - 1));
  }),
  fc.constantFrom(
    '{',
    '{"clientId": 1,}',
    "{'clientId': 1}",
    '{"clientId": NaN}',
    '{"clientId": Infinity}',
    '{"clientId": 0x10}',
    '{"a":1}{"b":2}',
    '\uFEFF{"clientId": 1}',
    'undefined',
    '[1, 2',
    '"unterminated',
  ),
);

const bodies: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: brokenJson },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'null',
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
      // Invalid UTF-8: a lone continuation byte and a truncated sequence.
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x80, 0xe2, 0x82, 0x22, 0x7d]),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"name": "${'x'.repeat(maxBodyBytes)}"}`,
    ),
  },
);

describe('browser-mode host under arbitrary requests', () => {
  it('listens on loopback only', () => {
    expect(server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
  });

  it('answers any body to any channel with a JSON Result and a fitting status, writing nothing when it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(channel, bodies, async (name, body) => {
        const { answer, result } = await expectResult({ path: `/api/${name}`, headers: apiHeaders(), body });
        const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
        if (size > maxBodyBytes) expect(answer.status).toBe(413);
        if (answer.status === 200 && !result.ok) expect(result.error.code).not.toBe('payload_too_large');
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      fuzzOptions,
    );
  });

  it('refuses any content type but JSON before reading the body', async () => {
    const types = fc.oneof(
      fc.constantFrom(
        'text/plain',
        'text/plain;charset=utf-8',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'text/json',
        'application/xml',
        'application/x-json',
      ),
      // HTTP trims the spaces around a header value, so " application/json" is JSON.
      printable(40).filter((type) => !type.trim().startsWith('application/json')),
    );
    await fc.assert(
      fc.asyncProperty(channel, types, async (name, type) => {
        await expectRefusedByHost(
          { path: `/api/${name}`, headers: { 'content-type': type, cookie: sessionCookie() }, body: '{}' },
          415,
          'invalid_input',
        );
      }),
      fuzzOptions,
    );
  });

  it('answers any channel name in the path without a 500: unknown_channel unless it is a real one', async () => {
    const names = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }).map((name) => encodeURIComponent(name)),
      fc.string({ unit: 'grapheme-ascii', maxLength: 80 }).map((name) => name.replace(/[#?\s]/g, '')),
      fc.constantFrom(
        '..',
        '../clients.list',
        '%2e%2e%2fclients.list',
        'clients.list/..',
        '%',
        '%E0%A4%A',
        '%ZZ',
        '%00',
        'clients.list%00',
        '__proto__',
        'constructor',
        'clients.list%20',
        'CLIENTS.LIST',
        'x'.repeat(8_000),
      ),
    );
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        const { answer, result } = await expectResult({
          path: `/api/${name}`,
          headers: apiHeaders(),
          body: '{}',
        });
        const pathname = new URL(`/api/${name}`, 'http://127.0.0.1').pathname;
        if (!pathname.startsWith('/api/')) {
          // `..` resolved the path out of /api/: a POST to the app's pages, which only GET.
          expect(answer.status).toBe(405);
          return;
        }
        const decoded = ((): string | null => {
          try {
            return decodeURIComponent(pathname.slice('/api/'.length));
          } catch {
            return null;
          }
        })();
        if (decoded === null || !(channelNames as readonly string[]).includes(decoded)) {
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
        }
      }),
      fuzzOptions,
    );
  });

  it('refuses every channel without the exact session cookie, before dispatch', async () => {
    const wrongCookies = fc.oneof(
      fc.constantFrom(
        undefined,
        '',
        sessionCookie(''),
        sessionCookie(' '),
        sessionCookie(token.slice(1)),
        sessionCookie(`${token}x`),
        sessionCookie(token.toUpperCase()),
        sessionCookie(`${token}${token}`),
        // Another port's session (another program on loopback), or the name without its port.
        `${sessionCookieName(port + 1)}=${token}`,
        `restride-session=${token}`,
        `x${sessionCookie()}`,
      ),
      // The cookie's value ends at `;`, and spaces around it do not count.
      printable(80)
        .filter((value) => value.split(';')[0]!.trim() !== token)
        .map((value) => sessionCookie(value)),
    );
    await fc.assert(
      fc.asyncProperty(channel, wrongCookies, fc.boolean(), async (name, given, oldHeader) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (given !== undefined) headers['cookie'] = given;
        // The token as a header (how calls were made before the cookie) no longer counts.
        if (oldHeader) headers['x-restride-token'] = token;
        await expectRefusedByHost({ path: `/api/${name}`, headers, body: '{}' }, 401, 'unauthorized');
      }),
      fuzzOptions,
    );
  });

  it('refuses JSON nested deeper than the limit, counting brackets outside strings only', async () => {
    const open = fc.constantFrom('[', '{"k":');
    const close: Record<string, string> = { '[': ']', '{"k":': '}' };
    // Brackets and escaped quotes inside strings are text, not nesting.
    const innermost = fc.constantFrom('1', '"[[[{{{"', '"\\\\"', '"\\"[["', '"]]]}}}"', 'null');
    await fc.assert(
      fc.asyncProperty(
        fc.array(open, { minLength: 1, maxLength: defaultMaxJsonDepth + 40 }),
        innermost,
        async (opens, inner) => {
          const body =
            opens.join('') +
            inner +
            [...opens]
              .reverse()
              .map((o) => close[o])
              .join('');
          expect(() => JSON.parse(body), body).not.toThrow();
          const before = dispatched;
          const answer = await send({ path: '/api/clients.list', headers: apiHeaders(), body });
          if (opens.length > defaultMaxJsonDepth) {
            expect(answer.status).toBe(400);
            expect(JSON.parse(answer.body)).toMatchObject({
              ok: false,
              error: { code: 'invalid_input', message: expect.stringContaining('deeper than 64') },
            });
            expect(dispatched).toBe(before);
          } else {
            // Deep enough but allowed: it reaches dispatch (which refuses the shape as it likes).
            expect(answer.status).toBe(200);
            expect(dispatched).toBe(before + 1);
          }
        },
      ),
      fuzzOptions,
    );
  });

  it('refuses a foreign Host (DNS rebinding) or Origin with the right token, before dispatch', async () => {
    const foreignHosts = fc.oneof(
      fc.constantFrom(
        'evil.example',
        `evil.example:${port}`,
        `127.0.0.1.evil.example:${port}`,
        `localhost.evil.example:${port}`,
        '127.0.0.1',
        `127.0.0.1:${port + 1}`,
        `127.0.0.2:${port}`,
        `0.0.0.0:${port}`,
        `[::ffff:127.0.0.1]:${port}`,
        `LOCALHOST:${port}`,
        '',
      ),
      fc.domain().map((domain) => `${domain}:${port}`),
    );
    const foreignOrigins = fc.oneof(
      fc.constantFrom(
        'null',
        'https://evil.example',
        `http://evil.example:${port}`,
        `https://127.0.0.1:${port}`,
      ),
      fc.webUrl().map((url) => new URL(url).origin),
    );
    await fc.assert(
      fc.asyncProperty(
        channel,
        fc.oneof(
          foreignHosts.map((host) => ({ host })),
          foreignOrigins.map((origin) => ({ origin })),
        ),
        async (name, extra) => {
          fc.pre(!('origin' in extra) || extra.origin !== `http://127.0.0.1:${port}`);
          await expectRefusedByHost(
            { path: `/api/${name}`, headers: { ...apiHeaders(), ...extra }, body: '{}' },
            403,
            'forbidden',
          );
        },
      ),
      fuzzOptions,
    );
  });

  it('refuses a request without a Host header', async () => {
    // node:http always sends Host; a raw HTTP/1.0 request may leave it out.
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end(
          `POST /api/clients.list HTTP/1.0\r\ncookie: ${sessionCookie()}\r\ncontent-type: application/json\r\n\r\n`,
        );
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.[01] 403/);
    expect(answer).toContain('"forbidden"');
  });

  it('refuses CORS preflights and every method but POST, with no CORS header', async () => {
    const methods = fc.constantFrom('OPTIONS', 'GET', 'HEAD', 'PUT', 'DELETE', 'PATCH');
    await fc.assert(
      fc.asyncProperty(channel, methods, fc.boolean(), async (name, method, preflight) => {
        const headers: Record<string, string> = { ...apiHeaders() };
        if (preflight) {
          headers['access-control-request-method'] = 'POST';
          headers['access-control-request-headers'] = 'content-type';
        }
        const before = dispatched;
        const answer = await send({ method, path: `/api/${name}`, headers });
        expect(answer.status).toBe(405);
        expect(answer.headers['allow']).toBe('POST');
        for (const header of Object.keys(answer.headers)) expect(header).not.toMatch(/^access-control-/);
        if (method !== 'HEAD')
          expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'invalid_input' } });
        expect(dispatched).toBe(before);
      }),
      fuzzOptions,
    );
    // A preflight from another page: the foreign Origin alone is refused.
    const foreign = await send({
      method: 'OPTIONS',
      path: '/api/clients.list',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(foreign.status).toBe(403);
    expect(Object.keys(foreign.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('answers requests Node cannot parse with a JSON Result, and keeps serving', async () => {
    const garbage = fc.oneof(
      fc.constantFrom(
        'GARBAGE\r\n\r\n',
        'POST /api/clients.list HTTP/9.9\r\n\r\n',
        `POST /api/clients.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: -1\r\n\r\n`,
        `POST /api/clients.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`,
        `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
      ),
      fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 100 }).map((text) => `${text}\r\n\r\n`),
    );
    await fc.assert(
      fc.asyncProperty(garbage, async (text) => {
        const answer = await new Promise<string>((resolve) => {
          const socket = connect(port, '127.0.0.1', () => socket.end(text));
          let received = '';
          socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
          socket.on('close', () => resolve(received));
          socket.on('error', () => resolve(received));
        });
        if (answer === '') return; // the connection closed before a request was complete
        const [head = '', body = ''] = answer.split('\r\n\r\n');
        expect(head).not.toMatch(/^HTTP\/1\.1 500/);
        expect(head.toLowerCase()).not.toContain('access-control-');
        if (/^HTTP\/1\.1 (400|431)/.test(head)) expect(JSON.parse(body)).toMatchObject({ ok: false });
      }),
      { ...fuzzOptions, numRuns: Math.min(runs, 50) },
    );
    const { result } = await expectResult({ path: '/api/clients.list', headers: apiHeaders(), body: '{}' });
    expect(result.ok).toBe(true);
  });

  it('still serves the app and answers a valid call after all of the above', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie: sessionCookie() } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const response = await fetch(`http://127.0.0.1:${port}/api/clients.list`, {
      method: 'POST',
      headers: apiHeaders(),
      body: '{}',
    });
    expect(((await response.json()) as Result<{ total: number }>).ok).toBe(true);
  });
});
