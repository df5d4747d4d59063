/**
 * Issue 12, item 6: browser mode and the CLI started on a data folder another ReStride has open
 * refuse with the lock's message (naming the other process) and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/backend/open-backend';
import { startHost } from '../../src/host/start-host';

let dataDir: string;
let app: Backend;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'restride-lock-entry-'));
  app = await openBackend({ dataDir, dailyBackup: false, kind: 'desktop app' });
});
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const expected = (): string => `ReStride (desktop app, process ${process.pid}, running since`;

it('the CLI prints which process has the folder and exits 1, for a command that only reads too', () => {
  for (const argv of [
    ['clients', '--data-dir', dataDir],
    ['backup', '--data-dir', dataDir],
  ]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], {
      cwd: process.cwd(),
      encoding: 'utf8',
      env: { ...process.env, RESTRIDE_DATA_DIR: '' },
      timeout: 60_000,
    });
    expect(run.stderr).toContain(expected());
    expect(run.stderr).toContain('already has this data folder open');
    expect(run.status).toBe(1);
  }
}, 120_000);

it('browser mode does not start: startHost rejects with the message its entry prints before exiting 1', async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'restride-renderer-'));
  try {
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    await expect(startHost({ dataDir, port: 0, rendererDir })).rejects.toThrow(expected());
  } finally {
    rmSync(rendererDir, { recursive: true, force: true });
  }
});
