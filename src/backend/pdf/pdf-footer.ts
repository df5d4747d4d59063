/** The footer of every page: disclaimer, client and print date, "Page x of y". */
import type { Layout } from './pdf-layout';
import { colours, sizes, space } from './pdf-theme';
import type { PrintDocument } from './types';

/** Draws the footer on every buffered page; call once all content is laid out. */
export function drawFooters(layout: Layout, footer: PrintDocument['footer']): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // The footer sits below the text area; without this pdfkit would start a new page for it.
    const margins = doc.page.margins;
    const savedBottom = margins.bottom;
    margins.bottom = 0;
    const top = doc.page.height - space.margin - space.footer + 14;
    doc
      .moveTo(layout.left, top)
      .lineTo(layout.left + layout.width, top)
      .lineWidth(0.5)
      .strokeColor(colours.rule)
      .stroke();
    const disclaimerHeight = layout.text(footer.disclaimer, layout.left, top + 5, layout.width, {
      size: sizes.tiny,
      colour: colours.muted,
    });
    const lineY = top + 9 + disclaimerHeight;
    const page = footer.pageLabel.replace('{page}', String(i + 1)).replace('{pages}', String(range.count));
    layout.text(`${footer.client} · ${footer.printed}`, layout.left, lineY, layout.width * 0.7, {
      size: sizes.tiny,
      colour: colours.muted,
    });
    layout.text(page, layout.left + layout.width * 0.7, lineY, layout.width * 0.3, {
      size: sizes.tiny,
      bold: true,
      colour: colours.text,
      align: 'right',
    });
    margins.bottom = savedBottom;
  }
}
