/**
 * Lays a PrintDocument out with pdfkit. Deterministic: the creation and modification dates come
 * from the print date, and the file ID is derived from a digest of the document model (pdfkit
 * hashes the info dictionary into the ID), so the same inputs give the same bytes.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { t } from './i18n/format';
import { drawBlock, leadHeight } from './pdf-blocks';
import { registerFonts } from './pdf-fonts';
import { drawFooters } from './pdf-footer';
import { Layout } from './pdf-layout';
import { colours, sizes, space } from './pdf-theme';
import type { DocBlock, PrintDocument, Section } from './types';

const PAGE_SIZE = { a4: 'A4', letter: 'LETTER' } as const;

/** Blocks that only introduce what follows: a heading must stay with the block after them too. */
const INTRO_BLOCKS: ReadonlySet<DocBlock['type']> = new Set(['paragraph', 'legend', 'subheading']);

/** What must fit after a heading: the first block's lead, and the next one's after an intro. */
function leadAfterHeading(layout: Layout, blocks: readonly DocBlock[]): number {
  let height = 0;
  for (const block of blocks) {
    height += leadHeight(layout, block) + space.block;
    if (!INTRO_BLOCKS.has(block.type)) break;
  }
  return height;
}

function drawSection(layout: Layout, section: Section): void {
  if (section.newPage && !layout.atTop) layout.newPage();
  const headingStyle = { size: sizes.heading, bold: true, colour: colours.text };
  const headingHeight =
    section.heading === null
      ? 0
      : layout.measure(section.heading, layout.width, headingStyle) + space.afterHeading;
  if (section.keepTogether) {
    const total = section.blocks.reduce((sum, block) => sum + leadHeight(layout, block) + space.block, 0);
    layout.ensure(space.beforeSection + headingHeight + total);
  }
  if (section.heading !== null) {
    if (!layout.atTop) layout.y += space.beforeSection;
    // Keep the heading with the start of its content.
    layout.ensure(headingHeight + leadAfterHeading(layout, section.blocks));
    layout.text(section.heading, layout.left, layout.y, layout.width, headingStyle);
    layout.y += headingHeight;
  }
  section.blocks.forEach((block, i) => {
    if (i > 0) layout.y += block.type === 'subheading' ? space.block + 4 : space.block;
    if (block.type === 'subheading') {
      // A subheading travels with the start of what it introduces.
      layout.ensure(leadAfterHeading(layout, section.blocks.slice(i)));
    }
    drawBlock(layout, block);
  });
}

/**
 * If a character had no glyph in any shipped font (it printed as �), one line at the end says so
 * and names the characters by code point. The footer is drawn later: its texts are checked first.
 */
function drawMissingNotice(layout: Layout, document: PrintDocument): void {
  const { footer } = document;
  for (const text of [footer.client, footer.disclaimer, footer.printed])
    layout.measure(text, layout.width, { size: sizes.tiny });
  if (layout.missing.size === 0) return;
  const chars = [...layout.missing]
    .sort((a, b) => a - b)
    .map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
  const notice = t(document.locale, 'notice.missingGlyphs', { chars });
  const style = { size: sizes.small, colour: colours.muted };
  const height = layout.measure(notice, layout.width, style);
  layout.ensure(space.beforeSection + height);
  if (!layout.atTop) layout.y += space.beforeSection;
  layout.text(notice, layout.left, layout.y, layout.width, style);
  layout.y += height;
}

/** A stable digest of the model: part of the PDF's info, hence of its ID. */
function digest(document: PrintDocument): string {
  return createHash('sha256').update(JSON.stringify(document)).digest('hex').slice(0, 32);
}

/** Renders the document to PDF bytes. */
export function renderPdf(document: PrintDocument): Promise<Buffer> {
  const printed = new Date(`${document.meta.printedOn}T12:00:00Z`);
  // Extra info keys are valid PDF; pdfkit's type lists only the standard ones.
  const info: PDFKit.DocumentInfo & { ReStrideDigest: string } = {
    Title: document.meta.title,
    Author: document.meta.author,
    Subject: document.meta.subject,
    Creator: 'ReStride',
    Producer: 'ReStride (PDFKit)',
    CreationDate: printed,
    ModDate: printed,
    ReStrideDigest: digest(document),
  };
  const doc = new PDFDocument({
    size: PAGE_SIZE[document.paper],
    margins: { top: space.margin, bottom: space.margin, left: space.margin, right: space.margin },
    bufferPages: true,
    autoFirstPage: true,
    info,
    lang: document.locale === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const layout = new Layout(doc);
  for (const section of document.sections) drawSection(layout, section);
  drawMissingNotice(layout, document);
  drawFooters(layout, document.footer);
  doc.end();
  return done;
}
