import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parsePlanRequest, PlanRequestSchema } from '../../../src/contract/plan';

/**
 * docs/plan-request.md documents the CLI's and the engine's input (README: "`--in` is a
 * PlanRequest"). It is written by hand and kept true by this test: every field name and every
 * allowed value of the zod schema (src/contract/plan.ts, src/contract/assessment.ts) appears in it,
 * and its example parses.
 */
const doc = readFileSync('docs/plan-request.md', 'utf8');

interface SchemaWords {
  fields: Set<string>;
  values: Set<string>;
}

/** Walks a zod schema: the names of its object fields and the values of its enums and literals. */
function collect(schema: z.core.$ZodType, words: SchemaWords, seen = new Set<unknown>()): SchemaWords {
  if (seen.has(schema)) return words;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (inner: unknown) => collect(inner as z.core.$ZodType, words, seen);
  switch (def.type) {
    case 'object':
      for (const [name, field] of Object.entries(def.shape as Record<string, unknown>)) {
        words.fields.add(name);
        walk(field);
      }
      break;
    case 'enum':
      for (const value of Object.values(def.entries as Record<string, string>)) words.values.add(value);
      break;
    case 'literal':
      for (const value of def.values as unknown[]) words.values.add(String(value));
      break;
    case 'array':
      walk(def.element);
      break;
    case 'union':
      for (const option of def.options as unknown[]) walk(option);
      break;
    case 'pipe':
      walk(def.in);
      walk(def.out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType);
      break;
    case 'lazy':
      walk((def.getter as () => unknown)());
      break;
    default:
      // Strings, numbers, booleans, transforms and custom checks name no field and no value.
      break;
  }
  return words;
}

const words = collect(PlanRequestSchema, { fields: new Set(), values: new Set() });

/** The example: the first JSON block of the document. */
function example(): unknown {
  const block = /```json\n([\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/plan-request.md has no ```json example');
  return JSON.parse(block[1]!);
}

describe('docs/plan-request.md', () => {
  it('reads the whole schema: top-level and nested fields, tests and thresholds', () => {
    // A walk that found nothing would make the checks below pass vacuously.
    for (const field of ['schemaVersion', 'client', 'bsiSite', 'restrictions', 'painNextMorning'])
      expect(words.fields).toContain(field);
    for (const field of ['toDate', 'minutes', 'modality', 'symptoms', 'passed', 'acl_hop_lsi_sport'])
      expect(words.fields).toContain(field);
    for (const value of ['achilles_tendinopathy', 'walk_run', 'hold_week', 'single_hop', 'leaking'])
      expect(words.values).toContain(value);
  });

  it.each([...words.fields].sort())('documents the field `%s`', (field) => {
    expect(doc).toContain(`\`${field}\``);
  });

  it.each([...words.values].sort())('documents the value `%s`', (value) => {
    expect(doc).toContain(`\`${value}\``);
  });

  it('has an example that parsePlanRequest accepts', () => {
    const parsed = parsePlanRequest(example());
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it("example uses every top-level field, so it shows each section's shape", () => {
    const shape = (PlanRequestSchema._zod.def as unknown as { in: { shape: Record<string, unknown> } }).in
      .shape;
    expect(Object.keys(example() as object).sort()).toEqual(Object.keys(shape).sort());
  });

  it('is what the README links for the CLI input', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('(docs/plan-request.md)');
    expect(readme).not.toContain('../shared/design/plan-engine.md');
  });
});
