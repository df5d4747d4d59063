/**
 * Golden programmes: each request in examples/ and the programme it must produce, byte for byte.
 * After an intended change, rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/unit/engine/golden.test.ts`
 * and read the diff as a clinician would before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanRequest } from '../../../src/contract/plan';
import { generatePlan } from '../../../src/engine';

const root = join(import.meta.dirname, '../../..');
const examples = join(root, 'examples');
const golden = join(root, 'test/fixtures/golden');
// The plan requests in examples/ (the folder also holds other example files).
const names = [
  'achilles-walk-run-10k',
  'achilles-with-logs',
  'acl-continuous',
  'bsi-not-cleared',
  'postnatal-walking',
  'pfp-flare-acceptable-pain',
  'femoral-neck-teen-de',
  'postnatal-impact-tests',
  'acl-hop-lsi-82',
];

describe('golden programmes for examples/', () => {
  it('every listed example exists', () => {
    const files = readdirSync(examples);
    for (const name of names) expect(files).toContain(`${name}.json`);
  });

  it.each(names)('%s', (name) => {
    const parsed = parsePlanRequest(JSON.parse(readFileSync(join(examples, `${name}.json`), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const actual = `${JSON.stringify(generatePlan(parsed.value), null, 2)}\n`;
    const file = join(golden, `${name}.programme.json`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
