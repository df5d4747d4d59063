import { request as httpRequest, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostServer } from '../../src/host/http-server';
import { createTestBackend, type TestBackend } from '../fixtures/backend';

const token = 'test-token-0123456789';
let backend: TestBackend;
let server: Server;
let base: string;
let rendererDir: string;

beforeEach(async () => {
  backend = await createTestBackend();
  rendererDir = mkdtempSync(join(tmpdir(), 'restride-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets/app.js'), 'console.log(1)');
  server = createHostServer({ dispatch: backend.dispatch, rendererDir, token, maxBodyBytes: 4096 });
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
    headers: { 'content-type': 'application/json', 'x-restride-token': token, ...headers },
    body,
  });
}

describe('browser-mode HTTP host', () => {
  it('embeds the token in the served page and sends a strict CSP', async () => {
    const response = await fetch(`${base}/`);
    expect(await response.text()).toContain(`<meta name="restride-token" content="${token}" />`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
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
    ['no token', {}, 401, 'unauthorized'],
    ['a wrong token', { 'x-restride-token': 'guess' }, 401, 'unauthorized'],
    [
      'a foreign Host header (DNS rebinding)',
      { 'x-restride-token': token, host: 'evil.example' },
      403,
      'forbidden',
    ],
    ['a foreign Origin', { 'x-restride-token': token, origin: 'https://evil.example' }, 403, 'forbidden'],
  ])('refuses a call with %s and writes nothing', async (_label, headers, status, code) => {
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
      await post('clients.list', '{}', { 'x-restride-token': 'wrong' }),
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
        'access-control-request-headers': 'x-restride-token',
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

  it('requires the token on every channel', async () => {
    const { channelNames } = await import('../../src/contract/channel-names');
    for (const channel of channelNames) {
      const response = await post(channel, '{}', { 'x-restride-token': '' });
      expect(response.status, channel).toBe(401);
    }
    expect(await backend.dispatch('clients.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });
});
