import { parsePlanRequest } from '../contract/plan';
import type { PlanRequest } from '../engine/types';
import { exitCodes, type CliIO } from './command';

export type ReadRequest = { ok: true; request: PlanRequest } | { ok: false; exitCode: number };

/**
 * Reads `--in`: the file, its JSON, the PlanRequest schema. Every problem goes to stderr (one
 * `path: reason` line per invalid field) with the exit code the commands share: 1 when the file
 * cannot be read, 2 for bad JSON or an invalid request. `override` changes fields before the
 * schema sees them (`--today`).
 */
export function readPlanRequest(
  path: string,
  io: CliIO,
  override: Record<string, unknown> = {},
): ReadRequest {
  let source: string;
  try {
    source = io.readFile(path).toString('utf8');
  } catch (error) {
    io.stderr(`${path}: cannot read the file (${(error as Error).message})\n`);
    return { ok: false, exitCode: exitCodes.failure };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    io.stderr(`${path}: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})\n`);
    return { ok: false, exitCode: exitCodes.invalidInput };
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) raw = { ...raw, ...override };
  const parsed = parsePlanRequest(raw);
  if (!parsed.ok) {
    for (const issue of parsed.issues) io.stderr(`${issue.path}: ${issue.message}\n`);
    return { ok: false, exitCode: exitCodes.invalidInput };
  }
  return { ok: true, request: parsed.value };
}
