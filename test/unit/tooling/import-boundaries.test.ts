import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder-per-runtime layout is enforced by lint, not by review: these snippets are linted as
 * if they lived in the named file, and a wrong import must be an error.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

describe('import boundaries', () => {
  it.each([
    [
      'src/renderer/pages/bad.page.tsx',
      "import { dispatch } from '../../backend/dispatch';\nexport const x = dispatch;\n",
    ],
    [
      'src/renderer/pages/bad.page.tsx',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    [
      'src/renderer/bad.ts',
      "import { createWindow } from '../../electron/main/window';\nexport const x = createWindow;\n",
    ],
    ['src/engine/bad.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['src/engine/bad.ts', "import { channels } from '../contract/channels';\nexport const x = channels;\n"],
    ['src/contract/bad.ts', "import { dispatch } from '../backend/dispatch';\nexport const x = dispatch;\n"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-imports');
  });

  it('the engine may not read the clock or roll dice', async () => {
    const ids = await ruleIdsFor(
      'src/engine/bad.ts',
      'export const now = new Date();\nexport const r = Math.random();\n',
    );
    expect(ids).toEqual(expect.arrayContaining(['no-restricted-globals', 'no-restricted-properties']));
  });

  it('allowed imports stay clean', async () => {
    const renderer = "import type { Client } from '../../contract/clients';\nexport type X = Client;\n";
    expect(await ruleIdsFor('src/renderer/pages/fine.page.tsx', renderer)).toEqual([]);
    const backend = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
    expect(await ruleIdsFor('src/backend/fine.ts', backend)).toEqual([]);
  });
});

describe('preload boundary', () => {
  it('may import electron and the zod-free contract names, nothing else', async () => {
    const allowed =
      "import { contextBridge } from 'electron';\nimport { channelNames } from '../../src/contract/channel-names';\nexport const x = [contextBridge, channelNames];\n";
    expect(await ruleIdsFor('electron/preload/fine.ts', allowed)).toEqual([]);
    const zod = "import { channels } from '../../src/contract/channels';\nexport const x = channels;\n";
    expect(await ruleIdsFor('electron/preload/bad.ts', zod)).toContain('no-restricted-imports');
  });
});
