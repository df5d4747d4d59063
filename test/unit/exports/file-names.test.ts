/** File names from people's and batches' names: readable in any script, safe on every file system. */
import { describe, expect, it } from 'vitest';
import {
  clientFileBase,
  clientNumber,
  isClientPrintFile,
  safeFileName,
} from '../../../src/backend/exports/file-names';

describe('safeFileName', () => {
  it.each([
    ['Anna Keller', 'Anna Keller'],
    ["Sean O'Brien", "Sean O'Brien"],
    ['Ελένη Παπαδοπούλου', 'Ελένη Παπαδοπούλου'],
    ['Анна Смирнова', 'Анна Смирнова'],
    ['王秀英', '王秀英'],
    ['דוד כהן-לוי', 'דוד כהן-לוי'],
    ['🏃‍♀️', '🏃‍♀️'],
    ['AC/DC: a <b> "c" | d? e* \\ f', 'AC DC a b c d e f'],
    ['Tab\tand\nnewline\u0000nul', 'Tab and newline nul'],
    ['ann\u202Efdp.exe', 'annfdp.exe'],
    ['  ..hidden', 'hidden'],
    ['trailing dots and spaces. . ', 'trailing dots and spaces'],
    ['..', 'unnamed'],
    ['', 'unnamed'],
    ['/\\:*?"<>|', 'unnamed'],
    ['Zoe\u0308', 'Zoë'],
  ])('%j → %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it.each([
    ['CON', 'CON_'],
    ['con', 'con_'],
    ['Prn', 'Prn_'],
    ['AUX', 'AUX_'],
    ['NUL', 'NUL_'],
    ['nul.txt', 'nul_.txt'],
    ['CON .pdf', 'CON_.pdf'],
    ['COM1', 'COM1_'],
    ['com9.tar.gz', 'com9_.tar.gz'],
    ['LPT1', 'LPT1_'],
    ['lpt9', 'lpt9_'],
    ['COM¹', 'COM¹_'],
    ['CON.', 'CON_'],
  ])('makes the Windows device name %j safe: %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it.each(['Con O’Brien', 'Connor', 'CONSOLE', 'COM10', 'LPT', 'nullable.txt'])(
    'leaves %j alone (not a device name)',
    (name) => {
      expect(safeFileName(name)).toBe(name);
    },
  );

  it('cuts long names at a character boundary, within 80 characters and 150 bytes', () => {
    const latin = safeFileName('a'.repeat(200));
    expect(latin).toBe('a'.repeat(80));
    const cjk = safeFileName('王'.repeat(200));
    expect(Buffer.byteLength(cjk)).toBeLessThanOrEqual(150);
    expect(cjk).toBe('王'.repeat(50));
    // A family emoji is one character of 25 bytes: never cut in half.
    const family = '👨‍👩‍👧‍👦';
    const emoji = safeFileName(family.repeat(10));
    expect(emoji).toBe(family.repeat(6));
    expect(safeFileName(`${'a'.repeat(79)} .b`)).toBe('a'.repeat(79));
  });
});

describe('client file names', () => {
  it('carry the client number, so names that read the same stay apart', () => {
    expect(clientNumber(42)).toBe('0042');
    expect(clientNumber(123456)).toBe('123456');
    expect(clientFileBase("Sean O'Brien", 42)).toBe("Sean O'Brien – 0042");
    expect(clientFileBase('Sean OBrien', 43)).toBe('Sean OBrien – 0043');
    expect(clientFileBase('CON', 1)).toBe('CON_ – 0001');
    expect(clientFileBase('\u0007', 7)).toBe('unnamed – 0007');
  });

  it.each([
    ["Sean O'Brien – 0042.pdf", 42, true],
    ["Sean O'Brien – 0042 (2).pdf", 42, true],
    ['unnamed – 0042 (17).pdf', 42, true],
    ["Sean O'Brien – 0042.pdf", 4, false],
    ["Sean O'Brien – 10042.pdf", 42, false],
    ['X – 0042 – 0007.pdf', 42, false],
    ['X – 0042 – 0007.pdf', 7, true],
    ["Sean O'Brien – 0042.pdf.tmp", 42, false],
    ['Sean OBrien.pdf', 42, false],
  ])('%j is client %i’s print: %s', (fileName, clientId, expected) => {
    expect(isClientPrintFile(fileName, clientId)).toBe(expected);
  });
});
