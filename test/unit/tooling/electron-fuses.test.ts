/**
 * Issue 12 item 12: the packaged binary's fuses (electron-builder.yml `electronFuses`) include
 * asar integrity validation and take away file://'s extra privileges; the page is therefore not
 * loaded from file:// (it is served on the app scheme).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererTarget } from '../../../electron/main/paths';

const root = join(import.meta.dirname, '../../..');

/** The `electronFuses:` block of electron-builder.yml as name → value (a flat map of booleans). */
function electronFuses(): Record<string, boolean> {
  const lines = readFileSync(join(root, 'electron-builder.yml'), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => /^electronFuses:\s*$/.test(line));
  expect(start, 'electron-builder.yml has no top-level electronFuses block').toBeGreaterThanOrEqual(0);
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const entry = /^\s+(\w+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (entry) fuses[entry[1]!] = entry[2] === 'true';
    else
      expect(line.trim() === '' || line.trim().startsWith('#'), `unexpected fuse line: ${line}`).toBe(true);
  }
  return fuses;
}

describe('Electron fuses', () => {
  it('are flipped for the packaged binary as the hardening requires', () => {
    expect(electronFuses()).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('are ones electron-builder knows', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as {
      definitions: Record<string, { properties?: Record<string, unknown> }>;
    };
    const known = Object.values(schema.definitions).find((definition) =>
      Object.hasOwn(definition.properties ?? {}, 'grantFileProtocolExtraPrivileges'),
    );
    expect(known, 'app-builder-lib has no fuse options').toBeDefined();
    for (const name of Object.keys(electronFuses())) {
      expect(Object.keys(known!.properties!), name).toContain(name);
    }
  });

  it('leave the packaged page off file:// (which the fuse takes privileges from)', () => {
    const target = resolveRendererTarget({
      isPackaged: true,
      env: {},
      rendererIndex: '/opt/ReStride/resources/app.asar/out/renderer/index.html',
    });
    expect(new URL(target.url).protocol).not.toBe('file:');
  });
});
