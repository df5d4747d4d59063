import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contract/result';
import { DomainError } from '../errors';
import { BackupRefusedError, type RefusalReason } from './check-backup';
import type { PreparationReply, PreparationTask, SerializedError } from './restore-worker-protocol';

/**
 * Where the restore worker is: the built `restore-worker.js` beside this module when it is bundled
 * (the Electron main process passes its own path anyway, see electron/main/paths.ts), else the
 * TypeScript source beside this file (tests, browser mode and the CLI run from source through tsx).
 */
export function defaultRestoreWorkerFile(): string {
  const built = fileURLToPath(new URL('./restore-worker.js', import.meta.url));
  return existsSync(built) ? built : fileURLToPath(new URL('./restore-worker.ts', import.meta.url));
}

/**
 * A worker thread doing a restore's slow file work (restore-worker.ts), one job at a time. A job's
 * error comes back as the same kind of error (a refusal stays a `conflict` naming the reason).
 */
export class PreparationWorker {
  #worker: Worker;
  #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #stopped: Error | null = null;

  constructor(file: string) {
    this.#worker = spawn(file);
    this.#worker.on('message', (reply: PreparationReply) => {
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(revive(reply.error));
    });
    this.#worker.on('error', (error) => this.#stop(error));
    this.#worker.on('exit', (code) =>
      this.#stop(new Error(`The restore worker stopped (exit code ${code}).`)),
    );
  }

  /** Runs one task in the worker; resolves to its result. */
  run(task: PreparationTask): Promise<unknown> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...task, id });
    });
  }

  /** Ends the worker (a job still running is abandoned). */
  async close(): Promise<void> {
    this.#stop(new Error('The restore worker was closed.'));
    await this.#worker.terminate();
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const waiting of this.#pending.values()) waiting.reject(error);
    this.#pending.clear();
  }
}

/**
 * Starts the worker. A built `.js` file runs as it is; a `.ts` source file is loaded through tsx's
 * API (a devDependency, present wherever the app runs from source, never needed by the bundle).
 */
function spawn(file: string): Worker {
  if (!file.endsWith('.ts')) return new Worker(file);
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const url = pathToFileURL(file).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}));`,
    { eval: true },
  );
}

/**
 * tsx's ESM API file, read from its package's exports (resolving 'tsx/esm/api' from here would get
 * the CommonJS build, which cannot register the ESM loader inside a worker).
 */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return join(dirname(manifest), exports['./esm/api'].import.default);
}

function revive(serialized: SerializedError): Error {
  let error: Error;
  if (serialized.name === 'BackupRefusedError' && serialized.reason) {
    error = new BackupRefusedError(serialized.reason as RefusalReason, serialized.message);
  } else if (serialized.name === 'DomainError' && serialized.code) {
    error = new DomainError(serialized.code as Exclude<ErrorCode, 'internal'>, serialized.message);
  } else {
    error = new Error(serialized.message);
    error.name = serialized.name;
    if (serialized.code) (error as NodeJS.ErrnoException).code = serialized.code;
  }
  if (serialized.stack) error.stack = serialized.stack;
  return error;
}
