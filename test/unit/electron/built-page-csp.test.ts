/**
 * Issue 12 item 12: the meta tag is the policy the built page carries wherever it is served (the
 * packaged app was loaded from file://, where no header applies), so the built index.html must carry exactly content-security-policy.ts's strict policy —
 * not a weaker one the source page declares.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type InlineConfig, type Plugin } from 'vite';
import {
  contentSecurityPolicy,
  countCspMetaTags,
  withProductionCspMeta,
} from '../../../electron/main/content-security-policy';
import config, { contentSecurityPolicyMeta } from '../../../electron.vite.config';

const strict = contentSecurityPolicy({ kind: 'production' });

/** The policies of every CSP meta tag in a page, attribute entities decoded. */
function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)].map((meta) => {
    const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
    return (content?.[1] ?? content?.[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  });
}

const weakSource = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'"
    />
    <meta http-equiv=Content-Security-Policy content="default-src *">
    <title>x</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body></body>
</html>`;

describe('withProductionCspMeta', () => {
  it('replaces every policy the page declares with exactly the strict one, before any script', () => {
    const html = withProductionCspMeta(weakSource);
    expect(metaPolicies(html)).toEqual([strict]);
    expect(countCspMetaTags(html)).toBe(1);
    expect(html).not.toContain('blob:');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // The charset declaration stays first.
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('Content-Security-Policy'));
  });

  it('adds the policy to a page that declares none', () => {
    expect(metaPolicies(withProductionCspMeta('<html><head><title>x</title></head></html>'))).toEqual([
      strict,
    ]);
  });

  it('refuses a page without <head>', () => {
    expect(() => withProductionCspMeta('<p>no head</p>')).toThrow(/<head>/);
  });
});

describe('the build plugin', () => {
  function run(html: string): unknown {
    const plugin: Plugin = contentSecurityPolicyMeta();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: (html: string) => unknown };
    return hook.handler(html);
  }

  it('writes the strict policy into the page', () => {
    expect(metaPolicies(run('<html><head></head><body></body></html>') as string)).toEqual([strict]);
  });

  it('fails the build when the source page declares a policy of its own (a second definition)', () => {
    expect(() => run(weakSource)).toThrow(/content-security-policy\.ts/);
  });
});

describe('the renderer build (as npx electron-vite build runs it)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'restride-renderer-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('emits an index.html carrying exactly the strict policy', { timeout: 120_000 }, async () => {
    // electron.vite.config.ts's renderer config, built into a temporary folder so out/ (which
    // other tests read) is untouched.
    const renderer = (config as { renderer: InlineConfig }).renderer;
    await build({
      ...renderer,
      configFile: false,
      logLevel: 'error',
      build: { ...renderer.build, outDir, emptyOutDir: true },
    });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(metaPolicies(html)).toEqual([strict]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script/i));
  });
});
