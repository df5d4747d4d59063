/**
 * A cursor over pdfkit pages. We break pages ourselves (measure, then `ensure`), so pdfkit's own
 * automatic breaks never fire mid-block and a heading is never left alone at the bottom of a page.
 */
import type PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR } from './pdf-fonts';
import { colours, space } from './pdf-theme';

export type Doc = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  size: number;
  bold?: boolean;
  colour?: string;
  align?: 'left' | 'right' | 'center';
}

export class Layout {
  readonly doc: Doc;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
  /** Heights already measured: tables and cards measure the same text several times. */
  private readonly heights = new Map<string, number>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.left = space.margin;
    this.width = doc.page.width - 2 * space.margin;
    this.top = space.margin;
    this.bottom = doc.page.height - space.margin - space.footer;
    this.y = this.top;
  }

  /** Room left on the current page. */
  get room(): number {
    return this.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits (or we are already at the top). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  private style(style: TextStyle): void {
    this.doc.font(style.bold ? FONT_BOLD : FONT_REGULAR).fontSize(style.size);
  }

  /** Height of `text` set in `width`. */
  measure(text: string, width: number, style: TextStyle): number {
    if (text === '') return 0;
    const key = `${style.bold ? 'b' : 'r'}${style.size}|${width}|${text}`;
    let height = this.heights.get(key);
    if (height === undefined) {
      this.style(style);
      height = this.doc.heightOfString(text, { width, lineGap: space.lineGap });
      this.heights.set(key, height);
    }
    return height;
  }

  /** Width of a single line of `text`. */
  textWidth(text: string, style: TextStyle): number {
    this.style(style);
    return this.doc.widthOfString(text);
  }

  /** Draws `text` at (x, y) wrapped to `width`; returns its height. Does not move the cursor. */
  text(text: string, x: number, y: number, width: number, style: TextStyle): number {
    if (text === '') return 0;
    const height = this.measure(text, width, style);
    this.style(style);
    this.doc.fillColor(style.colour ?? colours.text);
    const align = style.align ?? 'left';
    if (height <= this.measure('X', width, style) && !text.includes('\n')) {
      // One line: place it ourselves and skip pdfkit's line wrapper, most of the drawing cost.
      const offset = align === 'left' ? 0 : width - this.doc.widthOfString(text);
      this.doc.text(text, x + (align === 'center' ? offset / 2 : offset), y, {
        lineBreak: false,
        lineGap: space.lineGap,
      });
    } else {
      this.doc.text(text, x, y, { width, lineGap: space.lineGap, align });
    }
    return height;
  }
}
