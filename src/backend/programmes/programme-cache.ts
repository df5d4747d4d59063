import { createHash } from 'node:crypto';
import type { Programme } from '../../engine/types';

/**
 * Programmes by the request that produced them. The engine is pure, so a request (with its
 * `today`) and the engine version name one programme, whichever database or client it came from:
 * the cache can never answer for the wrong client, and a write that changes any input changes the
 * key. Small: opening a client reads the programme three or four times (overview, programme,
 * progress); a caseload is not kept in memory.
 */
const MAX_ENTRIES = 24;
const entries = new Map<string, Programme>();

export function requestKey(engineVersion: string, requestJson: string): string {
  return createHash('sha256').update(engineVersion).update('\n').update(requestJson).digest('base64url');
}

export function cachedProgramme(key: string): Programme | undefined {
  const programme = entries.get(key);
  if (programme) {
    // Most recently used last, so the oldest entry is the first to go.
    entries.delete(key);
    entries.set(key, programme);
  }
  return programme;
}

export function rememberProgramme(key: string, programme: Programme): void {
  entries.set(key, programme);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}
