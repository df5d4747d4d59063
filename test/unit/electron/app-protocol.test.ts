/**
 * Issue 12 item 12: with the `grantFileProtocolExtraPrivileges: false` fuse the page cannot run
 * from file://, so the built renderer folder is served on restride://app/ — that folder and
 * nothing else.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  appPageUrl,
  appResponse,
  isAppPageUrl,
  registerAppScheme,
  resolveAppFile,
  serveAppFiles,
} from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/main/content-security-policy';

const dir = mkdtempSync(join(tmpdir(), 'restride-app-scheme-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(dir, 'assets', 'notes.txt'), 'not served');
writeFileSync(join(dir, '..', 'restride-secret.txt'), 'secret');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dir, '..', 'restride-secret.txt'), { force: true });
});

const get = (url: string, method = 'GET') => appResponse(dir, { url, method });

describe('the app scheme', () => {
  it('is registered as a standard, secure scheme and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'restride', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the page and its scripts with their types, the page with the strict CSP', async () => {
    const page = await get(appPageUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain(
      contentSecurityPolicy({ kind: 'production' }),
    );
    expect(await page.text()).toContain('<title>x</title>');
    const script = await get('restride://app/assets/index-abc.js?v=1#x');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('restride://app/')).status).toBe(200);
  });

  it.each([
    'restride://app/../restride-secret.txt',
    'restride://app/%2e%2e/restride-secret.txt',
    'restride://app/%2e%2e%2frestride-secret.txt',
    'restride://app/..%5crestride-secret.txt',
    'restride://app/assets/%00.js',
    'restride://app/assets/notes.txt',
    'restride://app/missing.js',
    'restride://other/index.html',
    'file:///etc/passwd',
    'restride://app/%E0%A4%A',
  ])('answers 404 to %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('never maps an address outside the folder', () => {
    expect(resolveAppFile(dir, 'restride://app/assets/index-abc.js')).toBe(
      join(dir, 'assets', 'index-abc.js'),
    );
    // The URL parser already resolves a dot segment against the root, which it cannot leave ...
    expect(resolveAppFile(dir, 'restride://app/%2e%2e/x.js')).toBe(join(dir, 'x.js'));
    // ... and an encoded slash, which it keeps, is caught after decoding.
    expect(resolveAppFile(dir, 'restride://app/%2e%2e%2fx.js')).toBeNull();
    expect(resolveAppFile(dir, 'restride://app/..')).toBeNull();
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get(appPageUrl, 'POST')).status).toBe(405);
    expect((await get(appPageUrl, 'HEAD')).status).toBe(200);
  });

  it('is handled by the app scheme handler once ready', async () => {
    const protocol = { handle: vi.fn() };
    serveAppFiles(protocol, dir);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('restride');
    expect((await handler(new Request(appPageUrl))).status).toBe(200);
  });

  it('recognises only our page as our page', () => {
    expect(isAppPageUrl(new URL(`${appPageUrl}#/clients`))).toBe(true);
    expect(isAppPageUrl(new URL('restride://app/other.html'))).toBe(false);
    expect(isAppPageUrl(new URL('file:///app/out/renderer/index.html'))).toBe(false);
  });
});
