/**
 * Pixel dimensions of a PNG or JPEG read from its header, without decoding a single pixel: a
 * 1 MB file can claim 16000×16000 pixels (1 GB once decoded), so the size is checked before any
 * decoder sees it.
 */

export interface ImageSize {
  width: number;
  height: number;
}

/** Largest logo accepted, in pixels on either side (64 MB once decoded, decoded once at save). */
export const MAX_LOGO_PIXELS = 4000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the IHDR chunk must come first, with width and height as big-endian 32-bit numbers. */
function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (type !== 'IHDR' || view.getUint32(8) < 8) return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** JPEG: walk the marker segments up to the first start-of-frame (height, then width). */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    // Any number of 0xFF fill bytes may precede a marker.
    while (bytes[at] === 0xff) at += 1;
    const marker = bytes[at];
    at += 1;
    if (marker === undefined) return null;
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    // End of image or start of scan before any frame: the file has no size to read.
    if (marker === 0xd9 || marker === 0xda) return null;
    if (at + 2 > bytes.length) return null;
    const length = (bytes[at]! << 8) | bytes[at + 1]!;
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (at + 7 > bytes.length) return null;
      const height = (bytes[at + 3]! << 8) | bytes[at + 4]!;
      const width = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      return { width, height };
    }
    at += length;
  }
  return null;
}

/** Width and height of a PNG or JPEG, or null when the header cannot be read. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  return pngSize(bytes) ?? jpegSize(bytes);
}

/** Whether an image of this size is within the logo cap. */
export function isWithinLogoCap(size: ImageSize): boolean {
  return size.width <= MAX_LOGO_PIXELS && size.height <= MAX_LOGO_PIXELS;
}
