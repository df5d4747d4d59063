import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Browser mode on its own port and a throw-away database, so e2e runs never touch real data. */
export const e2ePort = 5398;
export const e2eDataDir = '.e2e-data';
/**
 * The session cookie the global setup got by opening the printed one-time URL, as a user does;
 * every test starts signed in with it.
 */
export const e2eSessionFile = join(tmpdir(), `restride-e2e-session-${e2ePort}.json`);
/** The printed one-time URL (already used by the setup), for the tests that check it works once. */
export const e2eOpenUrlEnv = 'RESTRIDE_E2E_OPEN_URL';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  // Starts `npm run web` (throw-away data, sample caseload), opens its printed URL, stops it at the end.
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    storageState: e2eSessionFile,
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Keep Chromium quiet and off the network (this machine's network is closed).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
});
