// Types for desktop-runtime.mjs (used by the optional Playwright Electron spec).
import type { EnsureBinaryResult, Invocation } from './launch-logic.mjs';

export const projectRoot: string;
export const electronVersion: string;
export const electronDist: string;
export function log(message: string): void;
export function run(
  invocation: Invocation,
  options: { timeoutMs: number; capture?: boolean },
): Promise<{ code: number | null; timedOut: boolean; output: string }>;
export function prepareElectronBinary(): Promise<EnsureBinaryResult>;
export function prepareElectronSqlite(electronBinary: string): Promise<string>;
export function buildBundles(options: { force: boolean }): Promise<void>;
