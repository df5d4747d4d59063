/** The messages between the main thread and restore-worker.ts (types only: both sides import it). */

/** One piece of a restore's file work, done in the worker. */
export type PreparationTask =
  | { kind: 'copy'; source: string; staged: string }
  | { kind: 'check'; staged: string; label: string; nativeBinding: string | undefined }
  | { kind: 'migrate'; staged: string; nativeBinding: string | undefined }
  | { kind: 'prune'; folder: string; keep: number; alwaysKeep: string[] };

/** A task as sent: `id` pairs it with its reply. */
export type PreparationJob = PreparationTask & { id: number };

/** An error as it crosses the thread boundary: enough to rebuild a DomainError or a refusal. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  reason?: string;
}

export type PreparationReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };
