import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toClientColumns } from '../../src/backend/clients/client.mapping';
import { insertClient } from '../../src/backend/clients/client.repository';
import { openBackend } from '../../src/backend/open-backend';
import { createHostServer } from '../../src/host/http-server';
import { ensureRendererBuilt } from '../../src/host/renderer-build';
import { bench } from './harness';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The JavaScript the first page load needs (scripts and module preloads in index.html), gzipped. */
function initialJsGzipKb(rendererDir: string): { gzipKb: number; rawKb: number; files: number } {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let gzip = 0;
  let raw = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(join(rendererDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzipKb: Math.round(gzip / 1024), rawKb: Math.round(raw / 1024), files: new Set(files).size };
}

/** A local calendar date `offset` days from today (YYYY-MM-DD), as the host's clock sees it. */
function localDay(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A client whose plan runs 26 weeks (a half marathon half a year away, cleared for walk-run), made
 * through the handlers as the app makes one. Returns the client's id.
 */
async function clientWith26WeekPlan(
  dispatch: (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown }>,
): Promise<number> {
  const ok = async (channel: string, input: unknown): Promise<unknown> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.value;
  };
  const { id } = (await ok('clients.create', { name: 'Bench Half Marathon', sex: 'female' })) as {
    id: number;
  };
  await ok('injuries.create', {
    clientId: id,
    type: 'achilles_tendinopathy',
    side: 'left',
    onsetDate: localDay(-70),
    weeksWithoutRunning: 6,
    severity: 'moderate',
  });
  await ok('clearances.set', { clientId: id, level: 'walk_run', date: localDay(-1), by: 'Bench' });
  await ok('intake.save', {
    clientId: id,
    experience: 'regular',
    painFreeWalkMinutes: 60,
    longestRecentRunMinutes: 0,
    preInjuryWeeklyRunMinutes: 180,
    days: ['tue', 'thu', 'sat', 'sun'],
    maxSessionMinutes: 75,
    crossTraining: ['bike'],
    goalKind: 'half_marathon',
    goalDate: localDay(26 * 7 - 1),
    startDate: localDay(0),
  });
  return id;
}

/**
 * Clicks the Programme tab and resolves with the milliseconds until the first session card is in
 * the page and a frame has been painted. A string, not a function: tsx would wrap a function's
 * inner helpers in its `__name` helper, which the page does not have.
 */
const FIRST_CARD_SCRIPT = `new Promise((resolve) => {
  const tab = Array.from(document.querySelectorAll('[role="tab"]')).find(
    (element) => element.textContent.trim() === 'Programme',
  );
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="session-card"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  tab.click();
})`;

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

/**
 * Chromium opening the client list of a 10,000-client caseload until the first rows can be clicked,
 * and the programme tab of a 26-week plan until its first session card shows.
 */
export async function run(): Promise<void> {
  const root = process.cwd();
  ensureRendererBuilt(root, () => undefined);
  const rendererDir = join(root, 'out/renderer');
  const js = initialJsGzipKb(rendererDir);
  console.log(
    JSON.stringify({
      name: 'ui.initial-js',
      median_ms: 0,
      p95_ms: 0,
      runs: 1,
      gzip_kb: js.gzipKb,
      raw_kb: js.rawKb,
      files: js.files,
      goal_gzip_kb: 600,
    }),
  );

  const dataDir = mkdtempSync(join(tmpdir(), 'restride-ui-bench-'));
  const backend = await openBackend({ dataDir });
  await backend.context.db.transaction().execute(async (trx) => {
    for (let i = 0; i < 10_000; i++) {
      const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const columns = toClientColumns({
        name: `Client ${String(i).padStart(5, '0')}`,
        birthDate: null,
        sex: 'unspecified',
        email: `client${i}@example.com`,
        phone: null,
        notes: null,
        group: i % 7 === 0 ? 'Riverside Harriers' : null,
      });
      await insertClient(trx, { ...columns, archived: 0, created_at: now, updated_at: now });
    }
  });
  const openSecret = 'bench-open-secret';
  const server = createHostServer({
    dispatch: backend.dispatch,
    rendererDir,
    token: 'bench-token',
    openSecret,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const url = `${origin}/#/clients`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  // Browser mode's session: the one-time address sets the cookie every page of this context sends.
  const session = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const opener = await session.newPage();
  await opener.goto(`${origin}/?open=${openSecret}`);
  await opener.close();
  try {
    await bench(
      'ui.client-list.10k',
      async () => {
        const page = await session.newPage();
        await page.goto(url);
        await page.getByTestId('client-row').first().waitFor();
        // Interactive: scrolling deep into the list shows rows there too.
        await page.getByText('10000 clients').waitFor();
        await page.close();
      },
      {
        runs: 10,
        warmup: 2,
        extra: { clients: 10_000, goal_ms: 1500, until: 'first row and the total shown' },
      },
    );

    // The programme tab of a 26-week plan: from the click on the tab until the first session card
    // is in the page and painted, timed inside the page (performance.now), so Playwright's own
    // round trips are not counted. The client screen is open on its overview first, as a
    // clinician has it; the programme is read (and derived) when the tab asks, as in the app.
    const planClient = await clientWith26WeekPlan(backend.dispatch);
    const weeks = (
      (await backend.dispatch('programmes.current', { clientId: planClient })) as {
        value: { derived: { programme: { weeks: unknown[] } } | null };
      }
    ).value.derived?.programme.weeks.length;
    const timings: number[] = [];
    const runs = 10;
    for (let run = 0; run < runs + 2; run++) {
      const page = await session.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${origin}/#/clients/${planClient}/overview`);
      await page.getByRole('tab', { name: 'Programme' }).waitFor();
      await page.waitForTimeout(300);
      const ms = (await page.evaluate(FIRST_CARD_SCRIPT)) as number;
      if (run >= 2) timings.push(ms);
      await page.close();
    }
    timings.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        name: 'ui.programme.first-card.26w',
        median_ms: Math.round(quantile(timings, 0.5)),
        p95_ms: Math.round(quantile(timings, 0.95)),
        runs,
        weeks,
        goal_ms: 300,
        until: 'programme tab clicked → first session card painted, 1280×720',
      }),
    );
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
