import { defineConfig } from '@playwright/test';

/** Browser mode on its own port and a throw-away database, so e2e runs never touch real data. */
export const e2ePort = 5398;
export const e2eDataDir = '.e2e-data';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
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
  webServer: {
    // --demo: the real sample caseload, so the tour screenshots show what a clinic sees.
    command: `rm -rf ${e2eDataDir} && npx tsx src/host/main.ts --port ${e2ePort} --data-dir ${e2eDataDir} --demo`,
    url: `http://127.0.0.1:${e2ePort}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
