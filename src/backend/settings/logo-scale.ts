/**
 * A saved logo is scaled down once, at save, to what the printed header needs, so no print ever
 * decodes a large image again. The header box is 130×48 pt; 600 px on the long side is over
 * 300 dpi for it. Pure-JS codecs (pngjs, jpeg-js): no native build for Electron.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { imageSize } from '../pdf/image-size';
import { logoBytes } from '../pdf/logo';

/** Longest side, in pixels, of a logo as saved. */
export const LOGO_SAVED_PIXELS = 600;

interface Bitmap {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel. */
  data: Uint8Array;
}

/** Area-average downscale (each target pixel averages the source pixels it covers), alpha-weighted. */
export function downscale(source: Bitmap, width: number, height: number): Bitmap {
  const data = new Uint8Array(width * height * 4);
  const sx = source.width / width;
  const sy = source.height / height;
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let n = 0;
      for (let yy = y0; yy < y1; yy += 1) {
        let at = (yy * source.width + x0) * 4;
        for (let xx = x0; xx < x1; xx += 1, at += 4) {
          const alpha = source.data[at + 3]!;
          r += source.data[at]! * alpha;
          g += source.data[at + 1]! * alpha;
          b += source.data[at + 2]! * alpha;
          a += alpha;
          n += 1;
        }
      }
      const out = (y * width + x) * 4;
      data[out] = a === 0 ? 0 : Math.round(r / a);
      data[out + 1] = a === 0 ? 0 : Math.round(g / a);
      data[out + 2] = a === 0 ? 0 : Math.round(b / a);
      data[out + 3] = Math.round(a / n);
    }
  }
  return { width, height, data };
}

/**
 * The logo as it is stored: unchanged when it is already at most `LOGO_SAVED_PIXELS` on its long
 * side, otherwise decoded once and scaled down (PNG stays PNG with its transparency, JPEG stays
 * JPEG). Call only with a logo whose size was checked against the cap.
 */
export function scaleLogoForPrint(url: string): string {
  const bytes = logoBytes(url);
  const size = bytes && imageSize(bytes);
  if (!bytes || !size) return url;
  const long = Math.max(size.width, size.height);
  if (long <= LOGO_SAVED_PIXELS) return url;
  const factor = LOGO_SAVED_PIXELS / long;
  const width = Math.max(1, Math.round(size.width * factor));
  const height = Math.max(1, Math.round(size.height * factor));
  try {
    return scaled(url, bytes, width, height);
  } catch {
    // pdfkit reads it (checked before) but the codec does not: keep it as it is, within the cap.
    return url;
  }
}

function scaled(url: string, bytes: Buffer, width: number, height: number): string {
  if (url.startsWith('data:image/png')) {
    const decoded = PNG.sync.read(bytes);
    const scaled = downscale(
      { width: decoded.width, height: decoded.height, data: decoded.data },
      width,
      height,
    );
    const png = new PNG({ width, height });
    png.data = Buffer.from(scaled.data.buffer, scaled.data.byteOffset, scaled.data.byteLength);
    return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
  }
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const scaled = downscale(decoded, width, height);
  const encoded = jpeg.encode({ width, height, data: scaled.data }, 90);
  return `data:image/jpeg;base64,${Buffer.from(encoded.data).toString('base64')}`;
}
