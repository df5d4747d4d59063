// Types for launch-logic.mjs (plain JavaScript because `npm start` runs it with Node 20, which
// cannot run TypeScript).

export interface FsLike {
  readFileSync(path: string, encoding: 'utf8'): string;
  existsSync(path: string): boolean;
}

export type Invocation = { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv };

export type DownloadAttempt = { ok: true } | { ok: false; reason: string };

export type EnsureBinaryResult =
  { ok: true; binary: string; downloaded: boolean } | { ok: false; exitCode: 1; message: string };

export const browserModeHint: string;

export function electronUnavailableMessage(detail: string): string;

export function findElectronBinary(options: {
  electronDir: string;
  expectedVersion: string;
  fs: FsLike;
}): string | null;

export function ensureElectronBinary(options: {
  find: () => string | null;
  download: () => Promise<DownloadAttempt>;
}): Promise<EnsureBinaryResult>;

export function withoutNodedir(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;

export function rebuildInvocation(options: {
  nodeExecPath: string;
  rebuildCli: string;
  electronVersion: string;
  arch: string;
  workDir: string;
  env: NodeJS.ProcessEnv;
}): Invocation;

export function loadTestInvocation(options: {
  electronBinary: string;
  bindingPath: string;
  projectRoot: string;
  env: NodeJS.ProcessEnv;
}): Invocation;

export function electronRunEnv(env: NodeJS.ProcessEnv, bindingPath: string): NodeJS.ProcessEnv;

export function nativeCacheDir(options: {
  projectRoot: string;
  electronVersion: string;
  sqliteVersion: string;
  platform: string;
  arch: string;
}): string;

export function isBuildStale(options: { inputs: number[]; outputs: Array<number | undefined> }): boolean;

export function crossBuildRefusal(options: {
  args: string[];
  hostPlatform: string;
  hostArch: string;
}): string | null;
