/**
 * Text beyond what DejaVu Sans draws: Arabic, Hebrew and CJK from Noto fonts (OFL, installed from
 * the npm registry as @fontsource packages, so `npm ci` brings them to every machine and the
 * packaged app carries them in node_modules), right-to-left runs put in visual order with the
 * Unicode bidi algorithm (bidi-js), and a visible replacement for a character no font has.
 *
 * Only text that needs it takes this path (a character DejaVu lacks, or a right-to-left one):
 * Latin, Greek and Cyrillic text is laid out by pdfkit exactly as before, so such PDFs do not
 * change by a byte. Arabic is shaped by fontkit (pdfkit's font engine), which detects the script
 * of each run, applies its OpenType features and returns the glyphs of a right-to-left run in
 * visual order; so every piece handed to pdfkit here is one font, one bidi level and, when
 * right-to-left, one word, and the pieces are ordered by the bidi algorithm's rule L2.
 *
 * @fontsource ships each font cut into files by `unicode-range` (CJK in about a hundred). The
 * ranges are read from the package's CSS and a file is parsed only when a character in its range
 * is printed; pdfkit embeds each used file as a subset of the glyphs printed. The .woff files, not
 * the .woff2: fontkit's subsetter copies glyphs from the raw `glyf` table, which WOFF2 stores
 * transformed, and the glyphs came out empty (invisible text).
 *
 * A right-to-left name inside an English or German line is one right-to-left run: the paragraph
 * direction is left to right. Emoji that DejaVu has (the emoticons block) print in DejaVu; others
 * print as the replacement character, and render-pdf.ts adds a line naming them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import bidiFactory from 'bidi-js';
import { create, type Font } from 'fontkit';

/** The Noto packages, in the order they are tried after DejaVu Sans. */
const PACKAGES = ['@fontsource/noto-sans-arabic', '@fontsource/noto-sans-hebrew', '@fontsource/noto-sans-sc'];

/** What a right-to-left character is drawn with first (DejaVu's Arabic and Hebrew are meagre). */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Scripts fontkit lays out right to left: a piece without one must be reversed by us. */
const FONTKIT_RTL =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
/** Joins to the character before it: drawn with that character's font where it can be. */
const CLINGS = /[\p{M}\u200c\u200d]/u;
/** Invisible format characters: dropped silently when no font has them. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
/** A line may break before and after these (CJK has no spaces between words). */
const BREAKS_AROUND =
  /[\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Drawn in place of a character that no shipped font has. */
export const REPLACEMENT = '\ufffd';

interface Face {
  /** The name pdfkit knows the font by. */
  readonly name: string;
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
  font: Font | null;
}

type Weight = 400 | 700;

const bidi = bidiFactory();
const faces = new Map<Weight, Face[]>();
const chosen = new Map<Weight, Map<number, Face | null>>();

/** The faces of one weight from each package's CSS (`400.css`, `700.css`), in package order. */
function facesOf(weight: Weight): Face[] {
  let list = faces.get(weight);
  if (list !== undefined) return list;
  list = [];
  const require = createRequire(import.meta.url);
  for (const pkg of PACKAGES) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const block of css.split('@font-face').slice(1)) {
      const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (file === undefined || range === undefined) continue;
      const ranges = range.split(',').map((part): [number, number] => {
        const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to ?? from, 16)];
      });
      list.push({ name: `noto:${file.slice(6, -5)}`, file: join(dir, file), ranges, font: null });
    }
  }
  faces.set(weight, list);
  return list;
}

function loaded(face: Face): Font {
  face.font ??= create(readFileSync(face.file));
  return face.font;
}

/** The Noto face that draws `codePoint` in `weight`, or null. */
function notoFace(codePoint: number, weight: Weight): Face | null {
  let memo = chosen.get(weight);
  if (memo === undefined) chosen.set(weight, (memo = new Map()));
  const known = memo.get(codePoint);
  if (known !== undefined) return known;
  let found: Face | null = null;
  for (const face of facesOf(weight)) {
    if (!face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) continue;
    if (loaded(face).hasGlyphForCodePoint(codePoint)) {
      found = face;
      break;
    }
  }
  memo.set(codePoint, found);
  return found;
}

/** Whether `text` needs this module: a right-to-left character, or one `primary` lacks. */
export function needsScripts(text: string, primary: Font): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    if (bidiIsRtl(ch) || !primary.hasGlyphForCodePoint(cp)) return true;
  }
  return false;
}

function bidiIsRtl(ch: string): boolean {
  const type = bidi.getBidiCharTypeName(ch);
  return type === 'R' || type === 'AL';
}

/** One character (code point) of a paragraph with the font that draws it. */
interface Glyphed {
  ch: string;
  /** pdfkit font name. */
  font: string;
}

export interface Resolved {
  chars: Glyphed[];
  /** Code points that no font has (drawn as REPLACEMENT). */
  missing: number[];
  /** Noto faces used, to register with pdfkit. */
  faces: { name: string; font: Font }[];
}

/** Picks a font for every character of `text`; `primaryName` is DejaVu in the style's weight. */
export function resolveFonts(text: string, primary: Font, primaryName: string, bold: boolean): Resolved {
  const weight: Weight = bold ? 700 : 400;
  const chars: Glyphed[] = [];
  const missing: number[] = [];
  const used = new Map<string, Font>();
  const noto = (cp: number): string | null => {
    const face = notoFace(cp, weight);
    if (face === null) return null;
    used.set(face.name, loaded(face));
    return face.name;
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const before = chars[chars.length - 1];
    let font: string | null = null;
    if (before !== undefined && CLINGS.test(ch)) {
      const previous = before.font === primaryName ? primary : used.get(before.font);
      if (previous?.hasGlyphForCodePoint(cp)) font = before.font;
    }
    if (font === null && RTL_SCRIPT.test(ch)) font = noto(cp);
    if (font === null && primary.hasGlyphForCodePoint(cp)) font = primaryName;
    font ??= noto(cp);
    if (font !== null) chars.push({ ch, font });
    else if (!IGNORABLE.test(ch)) {
      missing.push(cp);
      chars.push({ ch: REPLACEMENT, font: primaryName });
    }
  }
  return { chars, missing, faces: [...used].map(([name, font]) => ({ name, font })) };
}

/** A piece of one line: one font, one bidi level, ready for pdfkit (logical order inside). */
export interface Piece {
  text: string;
  font: string;
}

/** Where a line may break: after a space, and before and after a CJK character. */
export function words(chars: readonly Glyphed[]): Glyphed[][] {
  const out: Glyphed[][] = [];
  let word: Glyphed[] = [];
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    if (word.length > 0 && BREAKS_AROUND.test(c.ch) && c.ch !== ' ') {
      out.push(word);
      word = [];
    }
    word.push(c);
    const breakAfter =
      next === undefined ||
      (c.ch === ' ' && next.ch !== ' ') ||
      (BREAKS_AROUND.test(c.ch) && next.ch !== ' ');
    if (breakAfter) {
      out.push(word);
      word = [];
    }
  });
  return out;
}

/** Splits characters into runs of one font (for measuring). */
export function fontRuns(chars: readonly Glyphed[]): Piece[] {
  const runs: Piece[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.font === c.font) last.text += c.ch;
    else runs.push({ text: c.ch, font: c.font });
  }
  return runs;
}

/**
 * One line in visual order, for a left-to-right paragraph (the print's languages are English and
 * German; a right-to-left name or note sits in it as a right-to-left run).
 */
export function visualPieces(line: readonly Glyphed[]): Piece[] {
  const text = line.map((c) => c.ch).join('');
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  const pieces: (Piece & { level: number })[] = [];
  let unit = 0;
  for (const c of line) {
    const level = levels[unit] ?? 0;
    unit += c.ch.length;
    const last = pieces[pieces.length - 1];
    const rtl = level % 2 === 1;
    const apart = rtl && (c.ch === ' ' || last?.text.endsWith(' ') === true);
    if (last !== undefined && last.font === c.font && last.level === level && !apart) last.text += c.ch;
    else pieces.push({ text: c.ch, font: c.font, level });
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every run at or above it.
  const highest = Math.max(0, ...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 === 1 ? p.level : Infinity)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length;) {
      if ((pieces[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && (pieces[j]?.level ?? 0) >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }
  return pieces.map(({ text: piece, font, level }) => {
    // fontkit lays out any run with an Arabic character right to left, Arabic-Indic digits too
    // (Script=Arabic), though a number reads left to right: hand it over reversed.
    if (level % 2 === 0)
      return { text: FONTKIT_RTL.test(piece) ? [...piece].reverse().join('') : piece, font };
    // Rule L4: mirrored forms of brackets and the like. fontkit reverses a run of a
    // right-to-left script itself; a run of neutrals only (say "-") we reverse here.
    const mirrored = [...piece].map((ch) => bidi.getMirroredCharacter(ch) ?? ch);
    return { text: FONTKIT_RTL.test(piece) ? mirrored.join('') : mirrored.reverse().join(''), font };
  });
}
