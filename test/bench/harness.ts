import { performance } from 'node:perf_hooks';

export interface BenchOptions {
  /** Timed runs (default 50). */
  runs?: number;
  /** Untimed runs first, so JIT and caches are warm (default 5). */
  warmup?: number;
  /** Extra fields printed with the result (goal, sizes, ratios…). */
  extra?: Record<string, unknown>;
}

export interface BenchResult {
  name: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  [key: string]: unknown;
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/** Times `fn` and prints one JSON line: {"name", "median_ms", "p95_ms", "runs", ...extra}. */
export async function bench(
  name: string,
  fn: () => unknown | Promise<unknown>,
  options: BenchOptions = {},
): Promise<BenchResult> {
  const runs = options.runs ?? 50;
  for (let i = 0; i < (options.warmup ?? 5); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const result: BenchResult = {
    name,
    median_ms: round(quantile(times, 0.5)),
    p95_ms: round(quantile(times, 0.95)),
    runs,
    ...options.extra,
  };
  console.log(JSON.stringify(result));
  return result;
}
