import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { imageSize, isWithinLogoCap, MAX_LOGO_PIXELS } from '../../../src/backend/pdf/image-size';
import { isPrintableLogo, logoBytes } from '../../../src/backend/pdf/logo';
import { downscale, LOGO_SAVED_PIXELS, scaleLogoForPrint } from '../../../src/backend/settings/logo-scale';
import { jpegHeaderOnly, pngHeaderOnly } from './image-fixtures';

function pngOf(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i += 1)
    png.data.set([(i * 7) % 256, 80, 160, i % 3 === 0 ? 0 : 255], i * 4);
  return PNG.sync.write(png);
}

describe('image size from the header, without decoding', () => {
  it('reads a PNG’s IHDR, even one that claims 16000×16000 pixels', () => {
    expect(imageSize(pngOf(3, 2))).toEqual({ width: 3, height: 2 });
    expect(imageSize(pngHeaderOnly(16000, 16000))).toEqual({ width: 16000, height: 16000 });
  });

  it('reads a JPEG’s frame size past APPn and DQT segments and fill bytes, baseline or progressive', () => {
    expect(imageSize(jpegHeaderOnly(16000, 12000))).toEqual({ width: 16000, height: 12000 });
    expect(imageSize(jpegHeaderOnly(640, 480, 0xc2))).toEqual({ width: 640, height: 480 });
    const real = jpeg.encode({ width: 5, height: 4, data: new Uint8Array(5 * 4 * 4).fill(200) }, 80).data;
    expect(imageSize(real)).toEqual({ width: 5, height: 4 });
  });

  it('answers null for what it cannot read: truncated, DHT is not a frame, not an image', () => {
    expect(imageSize(pngHeaderOnly(10, 10).subarray(0, 20))).toBeNull();
    expect(imageSize(jpegHeaderOnly(10, 10).subarray(0, 30))).toBeNull();
    expect(imageSize(jpegHeaderOnly(10, 10, 0xc4))).toBeNull();
    expect(imageSize(Buffer.from('GIF89a....'))).toBeNull();
    expect(imageSize(Buffer.alloc(0))).toBeNull();
  });

  it('caps at 4000 pixels a side, and a logo over the cap is never printed', () => {
    expect(isWithinLogoCap({ width: MAX_LOGO_PIXELS, height: MAX_LOGO_PIXELS })).toBe(true);
    expect(isWithinLogoCap({ width: MAX_LOGO_PIXELS + 1, height: 10 })).toBe(false);
    const huge = `data:image/png;base64,${pngHeaderOnly(16000, 16000).toString('base64')}`;
    const started = performance.now();
    expect(isPrintableLogo(huge)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('logo scaled once at save', () => {
  it('keeps a logo already small enough byte for byte', () => {
    const url = `data:image/png;base64,${pngOf(600, 200).toString('base64')}`;
    expect(scaleLogoForPrint(url)).toBe(url);
  });

  it('scales a large PNG to 600 px on its long side, still a printable PNG with transparency', () => {
    const url = `data:image/png;base64,${pngOf(1800, 900).toString('base64')}`;
    const scaled = scaleLogoForPrint(url);
    expect(scaled.startsWith('data:image/png;base64,')).toBe(true);
    expect(imageSize(logoBytes(scaled)!)).toEqual({ width: LOGO_SAVED_PIXELS, height: 300 });
    expect(PNG.sync.read(logoBytes(scaled)!).data.some((_, i) => i % 4 === 3 && _ < 255)).toBe(true);
    expect(isPrintableLogo(scaled)).toBe(true);
  });

  it('scales a large JPEG to a printable JPEG', () => {
    const data = new Uint8Array(1000 * 1500 * 4).fill(120);
    const url = `data:image/jpeg;base64,${Buffer.from(jpeg.encode({ width: 1000, height: 1500, data }, 85).data).toString('base64')}`;
    const scaled = scaleLogoForPrint(url);
    expect(scaled.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(imageSize(logoBytes(scaled)!)).toEqual({ width: 400, height: LOGO_SAVED_PIXELS });
    expect(isPrintableLogo(scaled)).toBe(true);
  });

  it('averages the source pixels each target pixel covers, weighting colour by alpha', () => {
    const source = { width: 2, height: 1, data: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 0]) };
    expect([...downscale(source, 1, 1).data]).toEqual([255, 0, 0, 128]);
  });
});
