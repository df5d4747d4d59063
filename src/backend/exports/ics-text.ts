/**
 * RFC 5545 content lines: TEXT escaping (§3.3.11) and folding at 75 octets (§3.1). Written here
 * rather than left to the `ics` library, which neither escapes X-WR-CALNAME nor counts octets.
 */

/** Octets a content line may use before it is folded (the CRLF is not counted). */
const MAX_OCTETS = 75;

/**
 * A TEXT value as written: backslash, semicolon and comma escaped, every line break as `\n`.
 * Control characters other than tab have no place in TEXT and are left out.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n|\r|\n/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))
  );
}

/**
 * One content line folded so no physical line exceeds 75 octets of UTF-8: a fold goes between two
 * characters, never inside one, and each continuation line starts with a single space.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The continuation's leading space is one of its 75 octets.
  let room = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `NAME:value` (the value written as given), folded, with its CRLF. */
export function contentLine(name: string, value: string): string {
  return `${foldLine(`${name}:${value}`)}\r\n`;
}

/** `NAME:value` for a TEXT property: escaped, folded, with its CRLF. */
export function textLine(name: string, value: string): string {
  return contentLine(name, escapeText(value));
}
