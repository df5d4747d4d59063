/**
 * `npm run soak` (tsx test/bench/soak.ts [trials]): the crash-safety test with the full 50 SIGKILL
 * trials (or the number given), through vitest so the assertions are the same as in `npm test`.
 * RESTRIDE_CRASH_SEED picks another seed. Exits with vitest's code.
 */
import { spawnSync } from 'node:child_process';

const trials = process.argv[2] ?? process.env.RESTRIDE_CRASH_TRIALS ?? '50';
if (!/^\d+$/.test(trials) || Number(trials) < 1) {
  console.error(`soak: the trial count must be a whole number above 0 (got "${trials}")`);
  process.exit(2);
}
const started = Date.now();
const result = spawnSync(
  'npx',
  ['vitest', 'run', 'test/integration/crash-safety.test.ts', '--testTimeout', String(60_000)],
  { stdio: 'inherit', env: { ...process.env, RESTRIDE_CRASH_TRIALS: trials } },
);
console.log(
  JSON.stringify({
    name: 'crash-safety soak',
    trials: Number(trials),
    seconds: Math.round((Date.now() - started) / 1000),
    ok: result.status === 0,
  }),
);
process.exit(result.status ?? 1);
