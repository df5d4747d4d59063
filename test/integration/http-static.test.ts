/**
 * Browser mode serves the built renderer compressed and cached (issue 11 §6): content-hashed assets
 * are immutable for a year, everything else (index.html) is asked for again; gzip or Brotli as the
 * browser accepts, each made once and served from memory; the security headers stay on every file.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHostServer,
  securityHeaders,
  sessionCookieName,
  type HostServer,
} from '../../src/host/http-server';
import { chooseEncoding, isHashedAsset } from '../../src/host/static-files';

const token = 'test-token-0123456789';
let server: HostServer;
let base: string;
let rendererDir: string;

/** Compressible like a real bundle: repetitive, some hundred KB. */
const bundle = Array.from(
  { length: 2000 },
  (_, i) => `export function f${i}(a){return a+${i}*2;} // ${'x'.repeat(i % 40)}\n`,
).join('');
const stylesheet = Array.from({ length: 2000 }, (_, i) => `.c${i}{margin:${i}px;color:#123}\n`).join('');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(600).fill(7)]);
const indexHtml = `<!doctype html><html><head><title>ReStride</title><script type="module" src="/assets/index-C2K77VjH.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;

beforeEach(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'restride-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), indexHtml);
  writeFileSync(join(rendererDir, 'assets/index-C2K77VjH.js'), bundle);
  writeFileSync(join(rendererDir, 'assets/index-CBkgWVKJ.css'), stylesheet);
  writeFileSync(join(rendererDir, 'assets/app-settings.js'), bundle);
  writeFileSync(join(rendererDir, 'assets/logo-Ab12Cd34.png'), png);
  writeFileSync(join(rendererDir, 'favicon.js'), bundle);
  server = createHostServer({
    dispatch: () => Promise.resolve({ ok: true, value: null }),
    rendererDir,
    token,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(rendererDir, { recursive: true, force: true });
});

/** node:http, which (unlike fetch) hands over the body exactly as sent, still compressed. */
function get(
  path: string,
  acceptEncoding?: string,
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${base}${path}`,
      {
        method,
        headers: {
          // The session a browser has after opening the printed URL: the page needs it.
          cookie: `${sessionCookieName(Number(new URL(base).port))}=${token}`,
          ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function decode(response: { headers: IncomingHttpHeaders; body: Buffer }): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  expect(encoding).toBeUndefined();
  return response.body.toString('utf8');
}

const immutable = 'public, max-age=31536000, immutable';

describe('browser mode serves the renderer compressed with long-lived caching', () => {
  it('marks content-hashed assets immutable for a year and index.html no-cache', async () => {
    await server.ready;
    for (const path of [
      '/assets/index-C2K77VjH.js',
      '/assets/index-CBkgWVKJ.css',
      '/assets/logo-Ab12Cd34.png',
    ]) {
      const response = await get(path, 'gzip, deflate, br');
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe(immutable);
    }
    for (const path of ['/', '/index.html', '/clients/12']) {
      const response = await get(path, 'gzip, deflate, br');
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(decode(response), path).toBe(indexHtml);
      expect(decode(response), path).not.toContain(token);
    }
  });

  it('never makes a file without a content hash immutable', async () => {
    await server.ready;
    for (const path of ['/assets/app-settings.js', '/favicon.js']) {
      const response = await get(path, 'gzip');
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers['cache-control'], path).not.toContain('immutable');
      expect(decode(response), path).toBe(bundle);
    }
  });

  it.each<[string | undefined, string | undefined]>([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br, gzip;q=0.8', 'br'],
    ['*', 'br'],
    ['gzip;q=0, br;q=0', undefined],
    ['identity', undefined],
    [undefined, undefined],
  ])('Accept-Encoding %j gets %s, and the decoded body equals the file', async (accept, expected) => {
    await server.ready;
    for (const [path, file] of [
      ['/assets/index-C2K77VjH.js', 'assets/index-C2K77VjH.js'],
      ['/assets/index-CBkgWVKJ.css', 'assets/index-CBkgWVKJ.css'],
    ] as const) {
      const response = await get(path, accept);
      expect(response.headers['content-encoding'], path).toBe(expected);
      expect(response.headers.vary, path).toBe('Accept-Encoding');
      expect(Number(response.headers['content-length']), path).toBe(response.body.length);
      expect(decode(response), path).toBe(readFileSync(join(rendererDir, file), 'utf8'));
      if (expected)
        expect(response.body.length, path).toBeLessThan(readFileSync(join(rendererDir, file)).length / 3);
    }
    const page = await get('/', accept);
    expect(page.headers['content-encoding']).toBe(expected);
    expect(decode(page)).toBe(indexHtml);
  });

  it('sends an already compressed image as it is', async () => {
    await server.ready;
    const response = await get('/assets/logo-Ab12Cd34.png', 'gzip, br');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.body.equals(png)).toBe(true);
  });

  it('compresses each file once at start, never per request', async () => {
    await server.ready;
    const afterStart = server.files.compressions;
    // gzip and Brotli for each of the compressible files (index.html, three scripts, one stylesheet).
    expect(afterStart).toBe(10);
    for (let i = 0; i < 5; i++) {
      for (const accept of ['br', 'gzip', undefined]) {
        await get('/assets/index-C2K77VjH.js', accept);
        await get('/', accept);
      }
    }
    expect(server.files.compressions).toBe(afterStart);
  });

  it('serves gzip at once, before the slower Brotli is ready', async () => {
    // Straight after start: the first request may come before Brotli has finished.
    const response = await get('/assets/index-C2K77VjH.js', 'br, gzip');
    expect(['br', 'gzip']).toContain(response.headers['content-encoding']);
    expect(decode(response)).toBe(bundle);
  });

  it('keeps the security headers on compressed files and answers HEAD without a body', async () => {
    await server.ready;
    for (const path of ['/', '/assets/index-C2K77VjH.js', '/assets/app-settings.js']) {
      const response = await get(path, 'br');
      for (const [name, value] of Object.entries(securityHeaders)) {
        if (name !== 'cache-control') expect(response.headers[name], `${path} ${name}`).toBe(value);
      }
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
    const head = await get('/assets/index-C2K77VjH.js', 'gzip', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('still refuses paths outside the renderer folder and answers a missing file with 404', async () => {
    expect((await get('/assets/..%2F..%2F..%2Fetc%2Fpasswd', 'gzip')).status).toBe(404);
    expect((await get('/assets/missing-Ab12Cd34.js', 'gzip')).status).toBe(404);
    // A file added after start (a new build) is found and served.
    writeFileSync(join(rendererDir, 'assets/late-Zz98Yy76.js'), bundle);
    const late = await get('/assets/late-Zz98Yy76.js', 'gzip');
    expect(late.status).toBe(200);
    expect(decode(late)).toBe(bundle);
  });
});

describe('what counts as a content-hashed name and which encoding is chosen', () => {
  it.each<[string, boolean]>([
    ['assets/index-C2K77VjH.js', true],
    ['assets/client.page-BTVbXzK2.js', true],
    ['assets/index-CBkgWVKJ.css', true],
    ['assets/client.page-WkAr-4CR.js', true],
    ['assets/app.js', false],
    ['assets/app-settings.js', false],
    ['index.html', false],
    ['index-C2K77VjH.js', false],
    ['assets/index-C2K77VjHx.js', false],
  ])('%s is hashed: %s', (path, hashed) => {
    expect(isHashedAsset(path)).toBe(hashed);
  });

  it('takes only the encodings the file has', () => {
    const gzipOnly = { gzip: Buffer.from('g') };
    expect(chooseEncoding('br, gzip', gzipOnly)).toBe('gzip');
    expect(chooseEncoding('br', gzipOnly)).toBeNull();
    expect(chooseEncoding('BR;Q=1', { br: Buffer.from('b') })).toBe('br');
    expect(chooseEncoding('br;q=abc', { br: Buffer.from('b') })).toBeNull();
  });
});
