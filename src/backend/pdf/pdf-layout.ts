/**
 * A cursor over pdfkit pages. We break pages ourselves (measure, then `ensure`), so pdfkit's own
 * automatic breaks never fire mid-block and a heading is never left alone at the bottom of a page.
 */
import type PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, primaryFont } from './pdf-fonts';
import { fontRuns, needsScripts, resolveFonts, visualPieces, words, type Piece } from './pdf-scripts';
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
  /** Code points printed as the replacement character because no shipped font has them. */
  readonly missing = new Set<number>();
  /** Noto faces already registered with this document. */
  private readonly registered = new Set<string>();

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

  /** Whether `text` takes the path for other scripts (pdf-scripts.ts) rather than pdfkit's own. */
  private scripts(text: string, style: TextStyle): boolean {
    return needsScripts(text, primaryFont(style.bold === true));
  }

  /** Height of `text` set in `width`. */
  measure(text: string, width: number, style: TextStyle): number {
    if (text === '') return 0;
    const key = `${style.bold ? 'b' : 'r'}${style.size}|${width}|${text}`;
    let height = this.heights.get(key);
    if (height === undefined) {
      this.style(style);
      height = this.scripts(text, style)
        ? this.wrap(text, width, style).length * (this.doc.currentLineHeight(true) + space.lineGap)
        : this.doc.heightOfString(text, { width, lineGap: space.lineGap });
      this.heights.set(key, height);
    }
    return height;
  }

  /** Width of a single line of `text`. */
  textWidth(text: string, style: TextStyle): number {
    if (this.scripts(text, style)) return this.piecesWidth(visualPieces(this.resolve(text, style)), style);
    this.style(style);
    return this.doc.widthOfString(text);
  }

  /** Picks a font for each character, registers the Noto faces used and notes missing ones. */
  private resolve(text: string, style: TextStyle): ReturnType<typeof resolveFonts>['chars'] {
    const bold = style.bold === true;
    const resolved = resolveFonts(text, primaryFont(bold), bold ? FONT_BOLD : FONT_REGULAR, bold);
    for (const face of resolved.faces) {
      if (this.registered.has(face.name)) continue;
      // @types/pdfkit lists only paths and bytes as font sources; pdfkit takes a fontkit font too.
      this.doc.registerFont(face.name, face.font as unknown as PDFKit.Mixins.PDFFontSource);
      this.registered.add(face.name);
    }
    for (const cp of resolved.missing) this.missing.add(cp);
    return resolved.chars;
  }

  private piecesWidth(pieces: readonly Piece[], style: TextStyle): number {
    let width = 0;
    for (const piece of pieces)
      width += this.doc.font(piece.font).fontSize(style.size).widthOfString(piece.text);
    this.style(style);
    return width;
  }

  /** Lines of `text` in `width`, each as characters in logical order (trailing spaces dropped). */
  private wrap(text: string, width: number, style: TextStyle): ReturnType<typeof resolveFonts>['chars'][] {
    type Chars = ReturnType<typeof resolveFonts>['chars'];
    const measure = (chars: Chars): number => this.piecesWidth(fontRuns(chars), style);
    const trimmed = (chars: Chars): Chars => {
      let end = chars.length;
      while (end > 0 && chars[end - 1]?.ch === ' ') end--;
      return chars.slice(0, end);
    };
    const lines: Chars[] = [];
    for (const paragraph of text.split('\n')) {
      let line: Chars = [];
      let lineWidth = 0;
      for (const word of words(this.resolve(paragraph, style))) {
        const inked = measure(trimmed(word));
        if (line.length > 0 && lineWidth + inked > width) {
          lines.push(trimmed(line));
          line = [];
          lineWidth = 0;
        }
        if (line.length === 0 && inked > width) {
          // A word wider than the column: break it between characters.
          for (const c of word) {
            const w = measure([c]);
            if (line.length > 0 && lineWidth + w > width) {
              lines.push(trimmed(line));
              line = [];
              lineWidth = 0;
            }
            if (line.length === 0 && c.ch === ' ') continue;
            line.push(c);
            lineWidth += w;
          }
          continue;
        }
        line.push(...word);
        lineWidth += measure(word);
      }
      lines.push(trimmed(line));
    }
    return lines;
  }

  /** Draws text that needs other fonts or bidi reordering, line by line and piece by piece. */
  private scriptText(text: string, x: number, y: number, width: number, style: TextStyle): void {
    const bold = style.bold === true;
    const primary = primaryFont(bold);
    const baseline = (primary.ascent / primary.unitsPerEm) * style.size;
    this.style(style);
    const step = this.doc.currentLineHeight(true) + space.lineGap;
    this.wrap(text, width, style).forEach((line, i) => {
      const pieces = visualPieces(line);
      const lineWidth = this.piecesWidth(pieces, style);
      const align = style.align ?? 'left';
      let cx = x + (align === 'left' ? 0 : align === 'right' ? width - lineWidth : (width - lineWidth) / 2);
      for (const piece of pieces) {
        this.doc.font(piece.font).fontSize(style.size);
        this.doc.text(piece.text, cx, y + i * step + baseline, { lineBreak: false, baseline: 'alphabetic' });
        cx += this.doc.widthOfString(piece.text);
      }
    });
    this.style(style);
  }

  /** Draws `text` at (x, y) wrapped to `width`; returns its height. Does not move the cursor. */
  text(text: string, x: number, y: number, width: number, style: TextStyle): number {
    if (text === '') return 0;
    if (this.scripts(text, style)) {
      const height = this.measure(text, width, style);
      this.doc.fillColor(style.colour ?? colours.text);
      this.scriptText(text, x, y, width, style);
      return height;
    }
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
