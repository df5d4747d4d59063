#!/usr/bin/env node
// `npm test`: every check in order (typecheck, lint, format, build, unit + integration, e2e),
// then one plain line "N passed, N failed, N skipped" summed over all suites. Exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = 'node_modules/.cache/restride-test-reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A check without a test count of its own (typecheck, lint…) counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    console.log(`--- ${label} FAILED`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const npx = 'npx';
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('format', 'npm', ['run', '--silent', 'format:check']);
check('build (electron-vite: main, preload, renderer)', npx, [
  'electron-vite',
  'build',
  '--logLevel',
  'warn',
]);

const vitestReport = join(reportDir, 'vitest.json');
const vitestOk = run('unit + integration (vitest)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A suite that fails to load has no failed test but must still fail the run.
  if (!vitestOk && vitest.numFailedTests === 0) totals.failed += 1;
} else if (!vitestOk) totals.failed += 1;

const playwrightReport = join(reportDir, 'playwright.json');
const e2eOk = run(
  'end-to-end (Playwright, Chromium, browser mode)',
  npx,
  ['playwright', 'test', '--reporter=list,json'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  },
);
const playwright = readJson(playwrightReport);
if (playwright?.stats) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
  if (!e2eOk && playwright.stats.unexpected === 0) totals.failed += 1;
} else if (!e2eOk) totals.failed += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
