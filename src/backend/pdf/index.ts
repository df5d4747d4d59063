/**
 * The printable programme: `renderProgrammePdf` for callers (CLI, app handlers, "Print all"),
 * the model and renderers for tests and the bench.
 */
import { buildDocument } from './build-document';
import { renderPdf } from './render-pdf';
import type { ProgrammePrintInput } from './types';

export { buildDocument } from './build-document';
export { renderPdf } from './render-pdf';
export { renderHtml } from './render-html';
export { setFontDirectory } from './pdf-fonts';
export type * from './types';
export { PAPER_SIZES, SECTION_IDS } from './types';

/**
 * The client's programme as PDF bytes, in one call. Generate `programme` from `request` in the
 * print locale (`request.locale = options.locale`) so the engine's texts match the document's.
 */
export function renderProgrammePdf(input: ProgrammePrintInput): Promise<Buffer> {
  return renderPdf(buildDocument(input));
}
