import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../../src/renderer/i18n/locales/de';
import { en } from '../../../src/renderer/i18n/locales/en';

type Tree = { [key: string]: string | Tree };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The keys the UI asks for: literal t('a.b') keys, and the prefix of template keys t(`a.${x}`). */
function usedKeys(): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sourceFiles('src/renderer')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) literal.add(match[1]!);
    for (const match of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)) prefixes.add(match[1]!);
  }
  return { literal, prefixes };
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

/** A plural key `x` exists as `x_one` / `x_other`. */
function hasKey(tree: Tree, key: string): boolean {
  return typeof lookup(tree, key) === 'string' || typeof lookup(tree, `${key}_other`) === 'string';
}

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

describe('UI translations', () => {
  const { literal, prefixes } = usedKeys();

  it.each([
    ['English', en as Tree],
    ['German', de as Tree],
  ])('%s has every key the UI uses', (_name, tree) => {
    const missing = [...literal].filter((key) => !hasKey(tree, key));
    expect(missing).toEqual([]);
    const missingGroups = [...prefixes].filter((prefix) => typeof lookup(tree, prefix) !== 'object');
    expect(missingGroups).toEqual([]);
  });

  it('German has exactly the English keys, none left empty or untranslated by accident', () => {
    expect(leaves(de as Tree).sort()).toEqual(leaves(en as Tree).sort());
    expect(leaves(de as Tree).filter((key) => (lookup(de as Tree, key) as string).trim() === '')).toEqual([]);
    expect(literal.size).toBeGreaterThan(100);
  });
});
