/**
 * `web.first-200.<n>`: how long `npm run web` takes, from the process start to the first HTTP 200
 * of the page, on a data folder whose daily backup is due (issue 11 §6: ≤ 3 s at 10k clients). The
 * backup then runs in the background; its duration and a dashboard call made while it runs are
 * reported alongside. Run by client.bench.ts on the realistic database it built.
 */
import { spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureRendererBuilt } from '../../src/host/renderer-build';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const round = (ms: number): number => Math.round(ms);

interface Start {
  first200Ms: number;
  apiDuringBackupMs: number | null;
  backupMs: number | null;
}

/** One start of browser mode (as `npm run web` runs it: tsx, src/host/main.ts) with the backup due. */
async function startOnce(dataDir: string): Promise<Start> {
  rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/host/main.ts', '--port', '0', '--data-dir', dataDir],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  let backupAt: number | null = null;
  let resolveBackup = (): void => undefined;
  const backupWritten = new Promise<void>((resolve) => (resolveBackup = resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`npm run web stopped (exit ${code}) before listening`)));
    lines.on('line', (line) => {
      const open = /Open:\s+(http:\/\/\S+)/.exec(line);
      if (open) resolve(open[1]!);
      if (line.startsWith('Start-up backup written')) {
        backupAt = performance.now();
        resolveBackup();
      }
    });
  });
  try {
    // The printed URL is one-time: it answers a session cookie and a redirect to the page.
    const opened = await fetch(url, { redirect: 'manual' });
    const cookie = opened.headers.get('set-cookie')?.split(';')[0];
    if (opened.status !== 303 || !cookie) throw new Error(`The printed URL answered ${opened.status}`);
    const page = await fetch(new URL('/', url), { headers: { cookie } });
    await page.text();
    if (page.status !== 200) throw new Error(`GET / answered ${page.status}`);
    const first200Ms = performance.now() - started;
    let apiDuringBackupMs: number | null = null;
    if (backupAt === null) {
      const before = performance.now();
      const answer = await fetch(new URL('/api/dashboard.get', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      });
      if (!((await answer.json()) as { ok: boolean }).ok) throw new Error('dashboard.get failed');
      if (backupAt === null) apiDuringBackupMs = performance.now() - before;
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([backupWritten, new Promise((resolve) => (timer = setTimeout(resolve, 120_000)))]);
    clearTimeout(timer);
    const backupMs = backupAt === null ? null : (backupAt as number) - started;
    return { first200Ms, apiDuringBackupMs, backupMs };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchFirst200(dataDir: string, databaseFile: string, label: string): Promise<void> {
  ensureRendererBuilt(projectRoot, (line) => console.error(line));
  const runs: Start[] = [];
  for (let i = 0; i < 3; i++) runs.push(await startOnce(dataDir));
  const sorted = runs.map((run) => run.first200Ms).sort((a, b) => a - b);
  const median = (values: (number | null)[]): number | null => {
    const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
    return known.length === 0 ? null : round(known[Math.floor(known.length / 2)]!);
  };
  console.log(
    JSON.stringify({
      name: `web.first-200.${label}`,
      median_ms: round(sorted[1]!),
      p95_ms: round(sorted[2]!),
      runs: runs.length,
      goal_ms: 3000,
      db_mb: Math.round(statSync(databaseFile).size / 1e6),
      backup_due: true,
      backup_done_ms: median(runs.map((run) => run.backupMs)),
      dashboard_during_backup_ms: median(runs.map((run) => run.apiDuringBackupMs)),
      via: 'spawn node --import tsx src/host/main.ts (npm run web), backups folder emptied so the daily backup is due, until GET / answers 200',
    }),
  );
}
