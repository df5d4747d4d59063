/** Issue 12 item 7: logo pixel cap and scaling at save; one limit for the header's text. */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageSize } from '../../src/backend/pdf/image-size';
import { isPrintableLogo, logoBytes } from '../../src/backend/pdf/logo';
import type { Settings } from '../../src/contract/settings';
import { call, callError, createTestBackend, type TestBackend } from '../fixtures/backend';
import { jpegHeaderOnly, pngHeaderOnly } from '../unit/pdf/image-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

const pngUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;
const jpegUrl = (bytes: Uint8Array) => `data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}`;

async function refusal(input: unknown) {
  const result = await backend.dispatch('settings.save', input);
  if (result.ok) throw new Error('settings.save should have failed');
  return result.error.issues ?? [];
}

describe('settings: logo pixel size (issue 12 item 7)', () => {
  it('refuses a PNG claiming 16000×16000 pixels from its header, fast, naming the largest size accepted', async () => {
    await call(backend, 'settings.save', { clinicName: 'Kept' });
    const started = performance.now();
    const issues = await refusal({ logo: pngUrl(pngHeaderOnly(16000, 16000)) });
    expect(performance.now() - started).toBeLessThan(500);
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'logo',
        code: 'too_big',
        message: expect.stringContaining('4000×4000'),
      }),
    ]);
    expect(issues[0]?.message).toContain('16000×16000');
    expect(await call(backend, 'settings.get', {})).toMatchObject({ clinicName: 'Kept', logo: null });
  });

  it('refuses a JPEG claiming 16000×12000 pixels likewise', async () => {
    const started = performance.now();
    expect(
      (await callError(backend, 'settings.save', { logo: jpegUrl(jpegHeaderOnly(16000, 12000)) })).issues,
    ).toEqual({
      logo: 'too_big',
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('scales an accepted large logo once at save to 600 px on its long side', async () => {
    const png = new PNG({ width: 2400, height: 800 });
    png.data.fill(200);
    const saved = await call<Settings>(backend, 'settings.save', { logo: pngUrl(PNG.sync.write(png)) });
    expect(imageSize(logoBytes(saved.logo!)!)).toEqual({ width: 600, height: 200 });
    expect(isPrintableLogo(saved.logo!)).toBe(true);

    const photo = jpeg.encode(
      { width: 900, height: 1200, data: new Uint8Array(900 * 1200 * 4).fill(90) },
      85,
    ).data;
    const savedJpeg = await call<Settings>(backend, 'settings.save', { logo: jpegUrl(photo) });
    expect(savedJpeg.logo!.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(imageSize(logoBytes(savedJpeg.logo!)!)).toEqual({ width: 450, height: 600 });
  });

  it('keeps a small logo exactly as sent', async () => {
    const png = new PNG({ width: 300, height: 100 });
    png.data.fill(255);
    const url = pngUrl(PNG.sync.write(png));
    expect((await call<Settings>(backend, 'settings.save', { logo: url })).logo).toBe(url);
  });
});

describe('settings: one limit for the printed header’s text (issue 12 item 7)', () => {
  it('accepts the longest texts the header holds and refuses longer ones', async () => {
    const longest = {
      clinicName: 'C'.repeat(120),
      clinician: 'D'.repeat(120),
      contact: ['a'.repeat(50), 'b'.repeat(50), 'c'.repeat(50), 'd'.repeat(47)].join('\n'),
    };
    expect(await call<Settings>(backend, 'settings.save', longest)).toMatchObject(longest);
    expect(
      (
        await callError(backend, 'settings.save', {
          clinicName: 'C'.repeat(121),
          clinician: 'D'.repeat(121),
          contact: 'x'.repeat(201),
        })
      ).issues,
    ).toEqual({ clinicName: 'too_big', clinician: 'too_big', contact: 'too_big' });
  });

  it('refuses a contact of more than four lines', async () => {
    const issues = await refusal({ contact: 'a\nb\nc\nd\ne' });
    expect(issues).toEqual([
      expect.objectContaining({ path: 'contact', message: 'Contact must be at most 4 lines' }),
    ]);
  });
});
