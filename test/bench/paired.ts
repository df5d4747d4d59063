/**
 * What the clinic-scale benches share: how many clients to build (10k by default, `--clients=N` or
 * RESTRIDE_BENCH_CLIENTS), the line label for it, and timing the app's call next to the best
 * hand-written baseline, run by run.
 */
import type { Kysely } from 'kysely';
import { performance } from 'node:perf_hooks';
import { forgetKeptResults } from '../../src/backend/db/connection';
import type { Database } from '../../src/backend/db/schema';

export function clientsWanted(): number {
  const flag = process.argv.find((arg) => arg.startsWith('--clients='));
  const value = Number(flag?.slice('--clients='.length) ?? process.env.RESTRIDE_BENCH_CLIENTS ?? 10_000);
  if (!Number.isInteger(value) || value < 200) throw new Error(`--clients must be a whole number ≥ 200`);
  return value;
}

export const label = (clients: number): string =>
  clients % 1000 === 0 ? `${clients / 1000}k` : String(clients);

export const round = (ms: number): number => Math.round(ms * 1000) / 1000;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Times the app's call and the hand-written SQL run by run, alternating, so the load of other
 * processes on a shared machine weighs on both alike; prints the app's line and the raw line.
 */
export async function pair(
  name: string,
  app: (run: number) => Promise<unknown>,
  raw: (run: number) => unknown,
  options: {
    runs: number;
    warmup: number;
    extra: Record<string, unknown>;
    rawVia: string;
    /** The app's function times itself (returns its milliseconds): for steps that must not count. */
    selfTimed?: boolean;
    /** The line's goal in milliseconds (default 10). */
    goalMs?: number;
  },
): Promise<void> {
  const viaApp: number[] = [];
  const viaRaw: number[] = [];
  for (let run = 0; run < options.warmup + options.runs; run++) {
    let started = performance.now();
    const timed = await app(run);
    const appMs = options.selfTimed === true ? Number(timed) : performance.now() - started;
    started = performance.now();
    raw(run);
    const rawMs = performance.now() - started;
    if (run >= options.warmup) {
      viaApp.push(appMs);
      viaRaw.push(rawMs);
    }
  }
  viaApp.sort((a, b) => a - b);
  viaRaw.sort((a, b) => a - b);
  const median = (times: number[]): number => quantile(times, 0.5);
  console.log(
    JSON.stringify({
      name,
      median_ms: round(median(viaApp)),
      p95_ms: round(quantile(viaApp, 0.95)),
      runs: options.runs,
      goal_ms: options.goalMs ?? 10,
      raw_median_ms: round(median(viaRaw)),
      ratio: Math.round((median(viaApp) / median(viaRaw)) * 100) / 100,
      ...options.extra,
    }),
  );
  const dot = name.lastIndexOf('.');
  console.log(
    JSON.stringify({
      name: `${name.slice(0, dot)}.raw${name.slice(dot)}`,
      median_ms: round(median(viaRaw)),
      p95_ms: round(quantile(viaRaw, 0.95)),
      runs: options.runs,
      via: options.rawVia,
    }),
  );
}

/**
 * The app's side of a line that times a read: the connection's kept select results are forgotten
 * first, so each run reads (a repeated read between writes would otherwise be answered from memory).
 */
export function uncached<T>(
  db: () => Kysely<Database>,
  app: (run: number) => Promise<T>,
): (run: number) => Promise<T> {
  return (run) => {
    forgetKeptResults(db());
    return app(run);
  };
}
