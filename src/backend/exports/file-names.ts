/**
 * File names the exports propose: letters (any script), digits, spaces, dots, dashes and
 * underscores only, so a name is safe on every file system and inside a zip.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} .\-_]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80)
    .trim();
  return cleaned === '' ? 'unnamed' : cleaned;
}
