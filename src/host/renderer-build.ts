import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const rendererSources = ['src/renderer', 'src/contract', 'src/engine'];

/** True when the built renderer is missing or older than its sources. */
export function rendererIsStale(projectRoot: string): boolean {
  const built = join(projectRoot, 'out/renderer/index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return rendererSources.some((dir) => newestMtime(join(projectRoot, dir)) > builtAt);
}

/** Builds the renderer (with electron-vite, the same build the desktop app uses) when stale. */
export function ensureRendererBuilt(projectRoot: string, log: (line: string) => void): void {
  if (!rendererIsStale(projectRoot)) return;
  log('Building the ReStride interface (first start or changed sources)…');
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('Building the interface failed (see the messages above).');
}
