/** What no file system takes: Windows' reserved characters and every control character. */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/gu;
/**
 * Bidi controls: allowed by file systems, but they make a name display as another one
 * ("ann\u202Efdp.exe"). Zero-width joiners stay (emoji sequences, Persian words need them).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Names Windows opens as devices, with or without an extension, in any case (COM0/LPT0 and ¹²³ too). */
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/iu;
/** Graphemes kept of a name: readable in a file list, and far below 255 bytes with a suffix. */
const MAX_GRAPHEMES = 80;
/** UTF-8 bytes kept of a name (a CJK character is 3, an emoji up to 25), so any suffix still fits. */
const MAX_BYTES = 150;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Cuts at a grapheme boundary (never inside an emoji or before a combining accent). */
function cut(text: string): string {
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (count === MAX_GRAPHEMES || Buffer.byteLength(kept + segment, 'utf8') > MAX_BYTES) break;
    kept += segment;
    count += 1;
  }
  return kept;
}

/** Leading dots (hidden files, `..`) and spaces, trailing dots and spaces (Windows drops them). */
const trimEnds = (text: string): string => text.replace(/^[.\s]+|[.\s]+$/gu, '');

/**
 * The name a file or folder gets from a person's or a batch's name: every letter of any script,
 * digits, punctuation and emoji stay (`Sean O'Brien`, `Ελένη`, `王秀英`); only what a file system
 * forbids goes — `<>:"/\|?*`, control characters, bidi controls, leading dots, trailing dots and
 * spaces — and a Windows device name (`CON`, `nul.txt`, `Com1`) gets a `_` after its base
 * (`CON_`, `nul_.txt`). At most 80 characters and 150 UTF-8 bytes; `unnamed` when nothing is left.
 * Not unique: two names can give the same result (see `clientFileBase`).
 */
export function safeFileName(name: string): string {
  const cleaned = trimEnds(
    cut(
      trimEnds(
        name.normalize('NFC').replace(FORBIDDEN, ' ').replace(BIDI_CONTROLS, '').replace(/\s+/gu, ' '),
      ),
    ),
  );
  if (cleaned === '') return 'unnamed';
  const dot = cleaned.indexOf('.');
  const base = dot === -1 ? cleaned : cleaned.slice(0, dot);
  // Windows ignores spaces before the extension too: `CON .txt` is the device.
  return WINDOWS_DEVICE.test(base.trimEnd())
    ? `${base.trimEnd()}_${dot === -1 ? '' : cleaned.slice(dot)}`
    : cleaned;
}

/** The client number as file names carry it: the id, at least four digits (`0042`). */
export function clientNumber(clientId: number): string {
  return String(clientId).padStart(4, '0');
}

/**
 * The start of every file name of one client's prints: the safe name and the client number
 * (`Sean O'Brien – 0042`), so two clients never share a file name, even when their names read
 * the same once made safe, or are emoji only.
 */
export function clientFileBase(name: string, clientId: number): string {
  return `${safeFileName(name)} – ${clientNumber(clientId)}`;
}

/**
 * Whether a file name in a print folder is one of this client's (`… – 0042.pdf` or
 * `… – 0042 (2).pdf`): how erasure finds a print whose record a crash prevented.
 */
export function isClientPrintFile(fileName: string, clientId: number): boolean {
  const suffix = new RegExp(` – ${clientNumber(clientId)}(?: \\(\\d+\\))?\\.pdf$`, 'u');
  return suffix.test(fileName);
}
