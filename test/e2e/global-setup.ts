import { chromium, type FullConfig } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { e2eDataDir, e2eOpenUrlEnv, e2ePort, e2eSessionFile } from '../../playwright.config';

/**
 * Starts browser mode the way a clinician does (`npm run web` on a throw-away data folder, with the
 * sample caseload), reads the one-time URL it prints, opens it in Chromium and keeps the session
 * cookie for every test (`storageState`). Stops the host when the run ends.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  rmSync(e2eDataDir, { recursive: true, force: true });
  const host = spawn(
    'npx',
    ['tsx', 'src/host/main.ts', '--port', String(e2ePort), '--data-dir', e2eDataDir, '--demo'],
    {
      cwd: config.configFile ? dirname(config.configFile) : process.cwd(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  host.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start in 180 s:\n${output}`)),
      180_000,
    );
    host.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open:\s+(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    host.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}) before it printed its URL:\n${output}`));
    });
  });
  process.env[e2eOpenUrlEnv] = openUrl;

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(openUrl);
    if (new URL(page.url()).search !== '')
      throw new Error(`opening ${openUrl} did not sign in: ${page.url()}`);
    // The clinician's name, as the first-start welcome dialog asks for it (records.spec.ts shows the dialog).
    const named = await page.request.post(new URL('/api/settings.save', page.url()).href, {
      data: { clinician: 'J. Physio' },
    });
    if (!named.ok()) throw new Error(`settings.save failed: ${named.status()}`);
    mkdirSync(dirname(e2eSessionFile), { recursive: true });
    await context.storageState({ path: e2eSessionFile });
  } finally {
    await browser.close();
  }

  return async () => {
    // The whole group: npx, tsx and the host's node process (started here, detached). Waits until
    // the last of them has gone, so the port is free for the next run.
    const group = -host.pid!;
    const alive = (): boolean => {
      try {
        process.kill(group, 0);
        return true;
      } catch {
        return false;
      }
    };
    if (alive()) process.kill(group, 'SIGTERM');
    for (let waited = 0; alive() && waited < 15_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    if (alive()) process.kill(group, 'SIGKILL');
  };
}
