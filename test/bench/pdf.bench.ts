/**
 * pdf.programme.12w: our pdfkit renderer on a 12-week programme (warm, fonts read once).
 * pdf.chromium-ratio: the same document as HTML printed by an already-running headless Chromium
 * (what Electron's printToPDF costs), against ours.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildDocument } from '../../src/backend/pdf/build-document';
import { renderHtml } from '../../src/backend/pdf/render-html';
import { renderPdf } from '../../src/backend/pdf/render-pdf';
import type { ProgrammePrintInput } from '../../src/backend/pdf/types';
import { parsePlanRequest } from '../../src/contract/plan';
import { generatePlan } from '../../src/engine/index';
import { bench } from './harness';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The example request with its goal twelve weeks out: a 12-week programme. */
function twelveWeeks(): ProgrammePrintInput {
  const raw = JSON.parse(readFileSync('examples/achilles-walk-run-10k.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const parsed = parsePlanRequest({ ...raw, goal: { kind: '5k', date: '2027-02-22' } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const programme = generatePlan(parsed.value);
  if (programme.weeks.length !== 12) throw new Error(`expected 12 weeks, got ${programme.weeks.length}`);
  return {
    request: parsed.value,
    programme,
    clinic: {
      clinicName: 'Riverside Physiotherapy',
      clinician: 'Jo Physio',
      contact: '01234 567890',
      logo: null,
    },
    options: { locale: 'en', paper: 'a4', units: 'km', printedOn: '2026-12-01' },
  };
}

export async function run(): Promise<void> {
  const document = buildDocument(twelveWeeks());
  const size = (await renderPdf(document)).length;
  const ours = await bench('pdf.programme.12w', () => renderPdf(document), {
    runs: 30,
    extra: {
      goal_median_ms: 150,

      size_kb: Math.round((size / 1024) * 10) / 10,
      goal_size_kb: 300,
    },
  });

  const html = renderHtml(document);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const printHtml = async (): Promise<Buffer> => {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', printBackground: true });
    };
    const chromiumSize = (await printHtml()).length;
    const theirs = await bench('pdf.chromium-print', printHtml, {
      runs: 15,
      extra: { size_kb: Math.round(chromiumSize / 1024) },
    });
    const again = await bench('pdf.programme.12w.rerun', () => renderPdf(document), { runs: 15 });
    // The slower of our two passes, so load on the machine never flatters our side of the ratio.
    const oursMedian = Math.max(ours.median_ms, again.median_ms);
    console.log(
      JSON.stringify({
        name: 'pdf.chromium-ratio',
        chromium_median_ms: theirs.median_ms,
        ours_median_ms: oursMedian,
        ratio: Math.round((theirs.median_ms / oursMedian) * 100) / 100,
        goal_ratio: 1.5,
      }),
    );
  } finally {
    await browser.close();
  }
}
