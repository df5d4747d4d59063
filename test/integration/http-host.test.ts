import { request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostServer, sessionCookieName } from '../../src/host/http-server';
import { createTestBackend, type TestBackend } from '../fixtures/backend';

const token = 'test-token-0123456789';
const openSecret = 'one-time-secret-abcdef';
let backend: TestBackend;
let server: Server;
let base: string;
let rendererDir: string;
let logged: string[];

/** The Cookie header of a browser that opened the printed URL. */
function sessionCookie(value = token): string {
  return `${sessionCookieName(Number(new URL(base).port))}=${value}`;
}

beforeEach(async () => {
  backend = await createTestBackend();
  rendererDir = mkdtempSync(join(tmpdir(), 'restride-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets/app.js'), 'console.log(1)');
  logged = [];
  server = createHostServer({
    dispatch: backend.dispatch,
    rendererDir,
    token,
    openSecret,
    maxBodyBytes: 4096,
    log: (message) => logged.push(message),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  await backend.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** node:http, because fetch will not let a test forge the Host header. */
function rawPost(
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${base}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function post(channel: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: sessionCookie(), ...headers },
    body,
  });
}

describe('browser-mode HTTP host', () => {
  it('serves the page without any token, only to a browser with the session, and sends a strict CSP', async () => {
    const response = await fetch(`${base}/`, { headers: { cookie: sessionCookie() } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).not.toContain(token);
    expect(page).not.toContain('restride-token');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();

    // Without the session (another local user, another browser): where to get one, and no app.
    for (const cookie of [undefined, sessionCookie('guess')]) {
      const refused = await fetch(`${base}/`, { headers: cookie ? { cookie } : {} });
      expect(refused.status).toBe(401);
      const text = await refused.text();
      expect(text).toContain('printed in the terminal');
      expect(text).not.toContain(token);
      expect(text).not.toContain(openSecret);
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    // The scripts hold no data and load without a session.
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
  });

  it('exchanges the one-time secret, once, for an HttpOnly SameSite=Strict cookie and a clean URL', async () => {
    const wrong = await fetch(`${base}/?open=${openSecret}x`, { redirect: 'manual' });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toContain('printed in the terminal');
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const first = await fetch(`${base}/?open=${openSecret}`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const setCookie = first.headers.get('set-cookie')!;
    const [pair, ...flags] = setCookie.split(';').map((part) => part.trim());
    expect(pair).toBe(sessionCookie());
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));

    // The cookie opens the page and the API.
    expect((await fetch(`${base}/`, { headers: { cookie: pair! } })).status).toBe(200);
    const listed = await fetch(`${base}/api/clients.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: pair! },
      body: '{}',
    });
    expect(await listed.json()).toMatchObject({ ok: true });

    // Used once: the same URL (another user who read it, a second browser) gets no session.
    for (const path of [`/?open=${openSecret}`, `/clients?open=${openSecret}`]) {
      const again = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(again.status, path).toBe(403);
      expect(await again.text()).toMatch(/used already or is not valid[\s\S]*printed in the terminal/);
      expect(again.headers.get('set-cookie')).toBeNull();
    }
  });

  it('answers an API call without the session cookie with 401 and a clear message', async () => {
    const tries: Record<string, string>[] = [
      {},
      { 'x-restride-token': token },
      { cookie: `restride-session=${token}` },
    ];
    for (const headers of tries) {
      const response = await fetch(`${base}/api/clients.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', message: expect.stringContaining('printed in the terminal') },
      });
    }
  });

  it('answers exactly what dispatch answers, for success and for every kind of error', async () => {
    const requests: [string, unknown][] = [
      ['clients.create', { name: 'Over HTTP', email: 'http@example.com' }],
      ['clients.create', { name: '', email: 'bad' }],
      ['clients.get', { id: 424242 }],
      ['clients.nope', {}],
    ];
    for (const [channel, input] of requests) {
      const overHttp = (await (await post(channel, JSON.stringify(input))).json()) as Record<
        string,
        unknown
      > & {
        value: object;
      };
      const direct = JSON.parse(JSON.stringify(await backend.dispatch(channel, input)));
      if (channel === 'clients.create' && direct.ok) {
        // Both created a client: same shape, consecutive ids.
        expect({ ...overHttp.value, id: 0 }).toEqual({ ...direct.value, id: 0 });
      } else {
        expect(overHttp).toEqual(direct);
      }
    }
  });

  it.each<[string, Record<string, string>, number, string]>([
    ['no session cookie', {}, 401, 'unauthorized'],
    ['a wrong session cookie', { cookie: 'guess' }, 401, 'unauthorized'],
    ['the old token header', { 'x-restride-token': token }, 401, 'unauthorized'],
    ['a foreign Host header (DNS rebinding)', { cookie: '', host: 'evil.example' }, 403, 'forbidden'],
    ['a foreign Origin', { cookie: '', origin: 'https://evil.example' }, 403, 'forbidden'],
  ])('refuses a call with %s and writes nothing', async (_label, given, status, code) => {
    // `cookie: ''` stands for the right session cookie (the port is known once listening).
    const headers = { ...given };
    if (headers.cookie === '') headers.cookie = sessionCookie();
    else if (headers.cookie === 'guess') headers.cookie = sessionCookie('guess');
    const response = await rawPost('/api/clients.create', JSON.stringify({ name: 'Intruder' }), headers);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).error.code).toBe(code);
    expect(await backend.dispatch('clients.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refuses a body over the size limit and invalid JSON with clear codes', async () => {
    const big = await post('clients.create', JSON.stringify({ name: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const broken = await post('clients.create', '{"name": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: unknown }).error).toMatchObject({ code: 'invalid_input' });
  });

  it('serves assets but never files outside the renderer folder', async () => {
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${base}/assets/..%2F..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});

describe('browser-mode host hardening (issue 5 §8)', () => {
  const expectedHeaders = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
  };

  it('sends the security headers and no CORS header on every kind of response', async () => {
    const responses = [
      await fetch(`${base}/`),
      await fetch(`${base}/assets/app.js`),
      await fetch(`${base}/assets/missing.js`),
      await fetch(`${base}/`, { method: 'POST' }),
      await post('clients.list', '{}'),
      await post('clients.nope', '{}'),
      await post('clients.list', '{}', { cookie: sessionCookie('wrong') }),
      await fetch(`${base}/?open=wrong`),
      await fetch(`${base}/api/clients.list`, { method: 'OPTIONS' }),
    ];
    for (const response of responses) {
      const where = `${response.url} ${response.status}`;
      for (const [name, value] of Object.entries(expectedHeaders))
        expect(response.headers.get(name), where).toBe(value);
      expect(response.headers.get('content-security-policy'), where).toContain("frame-ancestors 'none'");
      const names: string[] = [];
      response.headers.forEach((_value, name) => names.push(name));
      expect(
        names.filter((name) => name.startsWith('access-control-')),
        where,
      ).toEqual([]);
    }
  });

  it('refuses a CORS preflight with 405 and no Access-Control-Allow-* header', async () => {
    const preflight = await fetch(`${base}/api/clients.create`, {
      method: 'OPTIONS',
      headers: {
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('allow')).toBe('POST');
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('answers a malformed percent-escape with a 400 Result (the channel) or a 404 (a file), not a 500', async () => {
    const api = await post('clients%E0%A4%A', '{}');
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await fetch(`${base}/assets/%E0%A4%A.js`)).status).toBe(404);
  });

  it('requires the session cookie on every channel', async () => {
    const { channelNames } = await import('../../src/contract/channel-names');
    for (const channel of channelNames) {
      const response = await post(channel, '{}', { cookie: '' });
      expect(response.status, channel).toBe(401);
    }
    expect(await backend.dispatch('clients.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });
});

describe('browser-mode host under hostile bodies and disconnects (issue 12)', () => {
  it('refuses 20 MB of nested `[` fast, without parsing it, and keeps answering', async () => {
    // The production body limit (40 MB), so the size check does not refuse it first.
    const wide = createHostServer({ dispatch: backend.dispatch, rendererDir, token, openSecret });
    await new Promise<void>((resolve) => wide.listen(0, '127.0.0.1', resolve));
    const wideBase = `http://127.0.0.1:${(wide.address() as { port: number }).port}`;
    const cookie = `${sessionCookieName((wide.address() as { port: number }).port)}=${token}`;
    try {
      const body = '['.repeat(20 * 1024 * 1024);
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const response = await fetch(`${wideBase}/api/clients.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      });
      const answer = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
      const took = performance.now() - started;
      expect(response.status).toBe(400);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(answer.error.message).toContain('deeper than 64');
      expect(took, 'ms to refuse').toBeLessThan(1500);
      // JSON.parse of it took ~1.2 GB; the scan holds at most a few chunks.
      expect(process.memoryUsage().heapUsed - heapBefore, 'heap growth').toBeLessThan(150 * 1024 * 1024);
      // Nesting up to the limit still parses, and the same server goes on answering.
      const deepButFine = await fetch(`${wideBase}/api/clients.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: `${'['.repeat(64)}${']'.repeat(64)}`,
      });
      expect(deepButFine.status).toBe(200);
    } finally {
      await new Promise((resolve) => wide.close(resolve));
    }
  });

  it('logs a client that disconnects mid-request as one short line, not a stack', async () => {
    const port = Number(new URL(base).port);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /api/clients.create HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncookie: ${sessionCookie()}\r\n` +
            'content-type: application/json\r\ncontent-length: 1000\r\n\r\n{"name": "Half',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    await vi.waitFor(() => expect(logged.length).toBeGreaterThan(0));
    // Still answering, and nothing more to say about the dropped request.
    expect((await post('clients.list', '{}')).status).toBe(200);
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toContain('\n');
    expect(logged[0]).not.toMatch(/\bat \S+ \(/);
    expect(logged[0]).toMatch(/POST \/api\/clients\.create .*disconnected/);
    expect(await backend.dispatch('clients.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });
});
