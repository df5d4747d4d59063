/**
 * A strict RFC 5545 reader for tests: checks the physical lines (CRLF, at most 75 octets, no
 * character split across a fold, continuation lines start with one space), unfolds them, and
 * unescapes TEXT values, refusing what a strict parser refuses (a bare `,` or `;` in a TEXT value,
 * an unknown backslash escape, a control character).
 */

/** Properties whose value is one TEXT (RFC 5545 §3.3.11), as ReStride writes them. */
const TEXT_PROPERTIES = new Set([
  'PRODID',
  'UID',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'COMMENT',
  'X-WR-CALNAME',
  'X-WR-CALDESC',
]);

export interface ContentLine {
  name: string;
  params: string[];
  /** The value as written (escaped), after unfolding. */
  raw: string;
  /** TEXT values unescaped; other values as written. */
  value: string;
}

/** Every problem with the physical lines; empty when the text is well-formed. */
export function physicalLineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    if (/[\r\n]/.test(line)) problems.push(`${at}: bare CR or LF`);
    const bytes = Buffer.from(line, 'utf8');
    if (bytes.length > 75) problems.push(`${at}: ${bytes.length} octets`);
    // A 4-byte character (an emoji) cut in two leaves half of its surrogate pair on each line.
    // With the u flag a surrogate pair is one code point: only a half of a split pair matches.
    if (/[\uD800-\uDFFF]/u.test(line)) {
      problems.push(`${at}: splits a character`);
    }
    if (index > 0 && /^\t/.test(line)) problems.push(`${at}: continuation starts with a tab`);
  });
  return problems;
}

/** Unescapes one TEXT value; throws on what RFC 5545 does not allow in it. */
export function unescapeText(raw: string, list = false): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === '\\') {
      const next = raw[++i];
      if (next === '\\' || next === ';' || next === ',') current += next;
      else if (next === 'n' || next === 'N') current += '\n';
      else throw new Error(`unknown escape \\${next ?? ''} in "${raw}"`);
    } else if (char === ',' && list) {
      values.push(current);
      current = '';
    } else if (char === ',' || char === ';') {
      throw new Error(`unescaped "${char}" in TEXT "${raw}"`);
      // eslint-disable-next-line no-control-regex
    } else if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(char)) {
      throw new Error(`control character in TEXT "${raw}"`);
    } else {
      current += char;
    }
  }
  values.push(current);
  return values;
}

/** The unfolded content lines, TEXT values unescaped; throws on any strictness problem. */
export function readStrict(text: string): ContentLine[] {
  const problems = physicalLineProblems(text);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const unfolded = text.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  return unfolded.map((line) => {
    const match = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: "${line}"`);
    const [, name = '', params = '', raw = ''] = match;
    const value = TEXT_PROPERTIES.has(name)
      ? unescapeText(raw)[0]!
      : name === 'CATEGORIES'
        ? unescapeText(raw, true).join(',')
        : raw;
    return { name, params: params.split(';').filter(Boolean), raw, value };
  });
}

/** The unescaped values of one property, in order. */
export function valuesOf(lines: readonly ContentLine[], name: string): string[] {
  return lines.filter((line) => line.name === name).map((line) => line.value);
}
