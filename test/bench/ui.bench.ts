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

/** Chromium opening the client list of a 10,000-client caseload until the first rows can be clicked. */
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
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
