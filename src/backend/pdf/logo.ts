import PDFDocument from 'pdfkit';
import { imageSize, isWithinLogoCap } from './image-size';

/** The image bytes of a `data:image/png|jpeg;base64,…` URL, or null when it is not one. */
export function logoBytes(url: string): Buffer | null {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/s.exec(url);
  return match?.[2] ? Buffer.from(match[2], 'base64') : null;
}

/**
 * Whether pdfkit can actually read the logo (a truncated file passes a format check but breaks
 * every print). Opening the image parses it without drawing anything. An image over the pixel cap
 * (saved before there was one) is not printable: decoding it took seconds and gigabytes a print.
 */
export function isPrintableLogo(url: string): boolean {
  const bytes = logoBytes(url);
  if (!bytes) return false;
  const size = imageSize(bytes);
  if (!size || !isWithinLogoCap(size)) return false;
  try {
    // openImage is pdfkit API that its type declarations leave out.
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(src: Buffer): unknown };
    doc.openImage(bytes);
    return true;
  } catch {
    return false;
  }
}
