/**
 * The embedded font (DejaVu Sans, regular and bold, in resources/fonts with its licence). Built-in
 * Helvetica only knows WinAnsi and would garble ≤, ≥ and the like; DejaVu covers German, typographic
 * quotes, dashes and the symbols we print. The files are read and parsed once per process: pdfkit
 * would otherwise parse each 700 KB font again for every document, a third of a render's time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_REGULAR = 'body';
export const FONT_BOLD = 'bold';

const FILES = { [FONT_REGULAR]: 'DejaVuSans.ttf', [FONT_BOLD]: 'DejaVuSans-Bold.ttf' } as const;

let fontDirectory: string | null = null;
let cache: Record<keyof typeof FILES, Font> | null = null;

/**
 * Points the renderer at the folder holding the font files, for packaged apps whose resources
 * live elsewhere (e.g. Electron's `process.resourcesPath`). Clears the cache.
 */
export function setFontDirectory(directory: string): void {
  fontDirectory = directory;
  cache = null;
}

/** Walks up from this module to the first `resources/fonts` holding the regular font. */
function findFontDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FILES[FONT_REGULAR]))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`PDF fonts not found: no resources/fonts/${FILES[FONT_REGULAR]} above ${dir}`);
    dir = parent;
  }
}

/**
 * The parsed fonts, read on first use. pdfkit's `registerFont` takes a fontkit font as well as
 * bytes (PDFFontFactory.open); each document still makes its own subset, so sharing is safe.
 */
export function embeddedFonts(): Readonly<Record<keyof typeof FILES, PDFKit.Mixins.PDFFontSource>> {
  if (cache === null) {
    const dir = fontDirectory ?? findFontDirectory();
    cache = {
      [FONT_REGULAR]: create(readFileSync(join(dir, FILES[FONT_REGULAR]))),
      [FONT_BOLD]: create(readFileSync(join(dir, FILES[FONT_BOLD]))),
    };
  }
  // @types/pdfkit lists only paths and bytes as font sources.
  return cache as unknown as Record<keyof typeof FILES, PDFKit.Mixins.PDFFontSource>;
}

/** The parsed DejaVu font of a style, to ask which characters it has (see pdf-scripts.ts). */
export function primaryFont(bold: boolean): Font {
  embeddedFonts();
  const fonts = cache as Record<keyof typeof FILES, Font>;
  return bold ? fonts[FONT_BOLD] : fonts[FONT_REGULAR];
}

/** Per font, the shaped words of every document so far (pdfkit keeps one such cache per document). */
const layoutCaches: Record<keyof typeof FILES, Record<string, unknown>> = {
  [FONT_REGULAR]: Object.create(null) as Record<string, unknown>,
  [FONT_BOLD]: Object.create(null) as Record<string, unknown>,
};

interface WithFont {
  _font?: { layoutCache?: unknown };
}

/**
 * Registers the fonts on `doc` and lets its fonts share the process-wide word-layout cache.
 * Shaping words (kerning, ligatures) is most of a render's time and gives the same glyph run for
 * the same word and font every time; each document still subsets and encodes for itself. Relies
 * on pdfkit's EmbeddedFont keeping its cache in `layoutCache`; if that ever changes, the check
 * below quietly leaves pdfkit's own per-document cache in place.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = embeddedFonts();
  for (const name of [FONT_REGULAR, FONT_BOLD] as const) {
    doc.registerFont(name, fonts[name]);
    doc.font(name);
    const font = (doc as unknown as WithFont)._font;
    if (font && typeof font.layoutCache === 'object' && font.layoutCache !== null)
      font.layoutCache = layoutCaches[name];
  }
}
