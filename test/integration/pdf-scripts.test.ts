/**
 * Names in scripts beyond Latin print as themselves (issue 12 item 9): Greek, Cyrillic, Hebrew,
 * Arabic and Chinese with embedded, subset fonts and right-to-left runs in bidi order; a character
 * no shipped font has (an emoji) prints as � with a line saying so, never as a missing-glyph box.
 * Pages are rendered to PNG in test/artifacts/pdf-scripts/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderProgrammePdf } from '../../src/backend/pdf/index';
import type { PrintOptions, ProgrammePrintInput } from '../../src/backend/pdf/types';
import { parsePlanRequest } from '../../src/contract/plan';
import { generatePlan } from '../../src/engine/index';

const ARTIFACTS = join('test', 'artifacts', 'pdf-scripts');

function input(
  name: string,
  options: Partial<PrintOptions> = {},
  clinician = 'Jo Physio',
  brand: { clinicName?: string; contact?: string } = {},
): ProgrammePrintInput {
  const parsed = parsePlanRequest(JSON.parse(readFileSync('examples/achilles-walk-run-10k.json', 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const full: PrintOptions = { locale: 'en', paper: 'a4', units: 'km', printedOn: '2026-12-01', ...options };
  const request = {
    ...parsed.value,
    client: { ...parsed.value.client, name },
    locale: full.locale,
    units: full.units,
  };
  const clinic = {
    clinicName: 'Riverside Physiotherapy',
    clinician,
    contact: '01234 567890',
    logo: null,
    ...brand,
  };
  return { request, programme: generatePlan(request), clinic, options: full };
}

interface Rendered {
  bytes: Buffer;
  text: string;
  fonts: string;
  /** Page 1's lines as drawn, left to right (from `pdftotext -bbox`, see `visualLines`). */
  visual: string[];
}

/**
 * `pdftotext -bbox` gives each word's box and its characters in the order they stand on the page,
 * left to right; its plain output guesses a logical order back, and that guess goes wrong around a
 * hyphen between Hebrew words ("לוי-דוד כהן" for a correctly drawn "דוד כהן-לוי"). So a
 * right-to-left name is checked in visual order: its words from right to left, each mirrored.
 */
function visualLines(path: string): string[] {
  const xml = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', path, '-'], { encoding: 'utf8' });
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: m[3] ?? '',
  }));
  const lines = new Map<number, { x: number; text: string }[]>();
  for (const word of words) {
    const key = [...lines.keys()].find((y) => Math.abs(y - word.y) < 6) ?? word.y;
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  return [...lines.values()].map((line) =>
    line
      .sort((a, b) => a.x - b.x)
      .map((w) => w.text)
      .join(' '),
  );
}

async function render(file: string, printInput: ProgrammePrintInput): Promise<Rendered> {
  const bytes = await renderProgrammePdf(printInput);
  const path = join(ARTIFACTS, `${file}.pdf`);
  writeFileSync(path, bytes);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(ARTIFACTS, file)]);
  return {
    bytes,
    text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' }),
    visual: visualLines(path),
  };
}

/** pdffonts rows: name, type, encoding, embedded, subset, unicode. */
const fontRows = (fonts: string): string[] => fonts.trim().split('\n').slice(2);

const NAMES = {
  greek: 'Ελένη Παπαδοπούλου',
  cyrillic: 'Анна Иванова',
  hebrew: 'דוד כהן-לוי',
  arabic: 'محمد الأحمد',
  chinese: '李小龙',
};

/** The right-to-left names as they must stand on the page, left to right (Unicode bidi, rule L2). */
const VISUAL = {
  hebrew: 'יול-ןהכ דוד',
  arabic: 'دمحألا دمحم',
};

/** Marks pdftotext puts around a right-to-left run of its logical-order output. */
const unmarked = (text: string): string => text.replace(/[\u202a-\u202e]/g, '');

const rendered: Partial<
  Record<keyof typeof NAMES | 'emoji' | 'missing' | 'missingDe' | 'mixed' | 'long', Rendered>
> = {};

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [key, name] of Object.entries(NAMES))
    rendered[key as keyof typeof NAMES] = await render(key, input(name));
  rendered.emoji = await render('emoji', input('Anna 😀'));
  rendered.missing = await render('missing', input('Anna 🦄'));
  rendered.missingDe = await render('missing-de', input('Anna 🦄', { locale: 'de' }));
  rendered.long = await render(
    'long',
    input(NAMES.chinese, {}, 'Jo Physio', {
      clinicName: '河畔物理治疗中心'.repeat(6),
      contact: 'مركز العلاج الطبيعي على ضفة النهر، شارع الجامعة ١٢، الطابق الثاني، هاتف 01234 567890',
    }),
  );
  rendered.mixed = await render('mixed', input('Dana (דנה) 2 Smith', {}, 'ד״ר מרים לוי 3'));
}, 60_000);

const get = (key: keyof typeof rendered): Rendered => {
  const value = rendered[key];
  if (value === undefined) throw new Error(`${key} was not rendered`);
  return value;
};

describe('printing names in other scripts', () => {
  it.each(['greek', 'cyrillic', 'chinese', 'emoji'] as const)('prints the %s name as itself', (key) => {
    const name = key === 'emoji' ? 'Anna 😀' : NAMES[key];
    const { text } = get(key);
    expect(text).toContain(`Prepared for ${name}`);
    // The footer line (client · print date) on every page.
    expect(text.split(`${name} · Printed 1 Dec 2026`).length - 1).toBeGreaterThan(5);
    expect(text).not.toContain('\ufffd');
    expect(text).not.toContain('could not be printed');
  });

  it('gives the Arabic name back in logical order to text extraction', () => {
    expect(unmarked(get('arabic').text)).toContain(`Prepared for ${NAMES.arabic}`);
  });

  it.each(Object.entries(VISUAL))('draws the %s name right to left, words in bidi order', (key, visual) => {
    const { visual: lines, text } = get(key as keyof typeof VISUAL);
    expect(lines).toContain(`Prepared for ${visual}`);
    // The footer: the name, then (to its right) the print date.
    expect(lines.some((line) => line.startsWith(`${visual} · Printed 1 Dec 2026`))).toBe(true);
    expect(text).not.toContain('\ufffd');
    expect(text).not.toContain('could not be printed');
  });

  it('draws Greek and Cyrillic with DejaVu alone, as before', () => {
    for (const key of ['greek', 'cyrillic'] as const) {
      const rows = fontRows(get(key).fonts);
      expect(rows.length).toBe(2);
      for (const row of rows)
        expect(row).toMatch(/DejaVuSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('embeds the Noto font of each script as a subset with a Unicode map', () => {
    const expected = { hebrew: /NotoSansHebrew/, arabic: /NotoSansArabic/, chinese: /NotoSansSC/ } as const;
    for (const [key, font] of Object.entries(expected)) {
      const rows = fontRows(get(key as keyof typeof expected).fonts);
      const noto = rows.filter((row) => font.test(row));
      expect(noto.length, key).toBeGreaterThan(0);
      // Embedded, subset (the ABCDEF+ prefix), with ToUnicode.
      for (const row of noto)
        expect(row, key).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/);
      // DejaVu and the script's Noto files (CJK comes in files by Unicode range), nothing else.
      expect(rows.length - noto.length, key).toBe(2);
    }
  });

  it('keeps a mixed line in bidi order: left-to-right text around a right-to-left run', () => {
    // Brackets around a right-to-left run are mirrored (rule L4), so they still open towards it.
    const { visual } = get('mixed');
    expect(visual).toContain('Prepared for Dana (הנד) 2 Smith');
    // A number after right-to-left words belongs to their run (rules W and N1), so it stands left.
    expect(visual).toContain('Clinician: 3 יול םירמ ר״ד');
  });

  it('wraps long Chinese and Arabic text in its column, breaking between Chinese characters', () => {
    const { visual, text } = get('long');
    const header = visual.slice(
      0,
      visual.findIndex((line) => line.startsWith('Your return-to-running')),
    );
    // The 48-character clinic name takes more than one line, and every character is printed.
    const chinese = header.filter((line) => /\p{Script=Han}/u.test(line));
    expect(chinese.length).toBeGreaterThan(1);
    expect(chinese.join('').replace(/\s/g, '')).toBe('河畔物理治疗中心'.repeat(6));
    // Numbers read left to right inside the right-to-left run (Arabic-Indic ones too, "١٢" is 12);
    // after Arabic letters they are Arabic numbers (rule W2) and stand in the run's order.
    // (pdftotext splits some Arabic words where Noto draws a letter's dots as a separate glyph.)
    const contact = header.find((line) => line.includes('567890')) ?? '';
    expect(contact).toContain('،١٢ ');
    expect(contact).toMatch(/^567890 01234 \p{Script=Arabic}/u);
    expect(text).not.toContain('\ufffd');
  });

  it('prints a character no font has as � and says so, in the print language', () => {
    const en = get('missing').text;
    expect(en).toContain('Prepared for Anna \ufffd');
    expect(en.replace(/\s+/g, ' ')).toContain(
      'Some characters could not be printed and are shown as �: U+1F984.',
    );
    const de = get('missingDe').text;
    expect(de.replace(/\s+/g, ' ')).toContain(
      'Einige Zeichen konnten nicht gedruckt werden und erscheinen als �: U+1F984.',
    );
    // Said once, not on every page.
    expect(en.split('could not be printed').length - 1).toBe(1);
  });

  it('is byte-identical for the same inputs', async () => {
    for (const [key, name] of Object.entries(NAMES)) {
      const again = await renderProgrammePdf(input(name));
      expect(again.equals(get(key as keyof typeof NAMES).bytes), key).toBe(true);
    }
  });
});
