import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The impacts that fail a screen: "0 critical and 0 serious everywhere" (issue 13, item 16). */
const failing = new Set(['critical', 'serious']);

export type ColourScheme = 'light' | 'dark';

/** One axe rule that a screen breaks, with the elements that break it. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Mantine keeps the colour scheme the header's toggle chose in localStorage: set it before the
 * app starts, so every screen opens in `scheme` as it would after a clinician's toggle.
 */
export async function useColourScheme(page: Page, scheme: ColourScheme): Promise<void> {
  await page.addInitScript((value) => {
    window.localStorage.setItem('mantine-color-scheme-value', value);
  }, scheme);
}

/**
 * Runs axe-core (every rule axe runs by default: WCAG 2.x A and AA and best practices) on the page,
 * or only inside `scope` (e.g. an open dialog), and answers the critical and serious findings.
 * Every finding is also written to test/artifacts/axe/<name>.json for the lead to read.
 */
export async function axeFindings(page: Page, name: string, scope?: string): Promise<AxeFinding[]> {
  // Let transitions (a modal's fade-in) end, so colours are measured as a person sees them.
  await page.waitForTimeout(400);
  let builder = new AxeBuilder({ page });
  if (scope) builder = builder.include(scope);
  const results = await builder.analyze();
  const findings = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.join(' '),
      summary: (node.failureSummary ?? '').split('\n').slice(1, 2).join('').trim(),
    })),
  }));
  const folder = 'test/artifacts/axe';
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(findings, null, 2));
  return findings.filter((finding) => failing.has(finding.impact));
}

/** "color-contrast (serious): 12 nodes, e.g. .m_123 > p" — one line per rule, for a failure message. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      (finding) =>
        `${finding.rule} (${finding.impact}): ${finding.nodes.length} node(s), e.g. ${finding.nodes
          .slice(0, 3)
          .map((node) => node.target)
          .join(' | ')} — ${finding.help}`,
    )
    .join('\n');
}
