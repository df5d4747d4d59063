import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { thresholdOptions, type Settings } from '../../src/contract/settings';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

const pngLogo =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('settings', () => {
  it('answers the defaults before anything is saved', async () => {
    expect(await call(backend, 'settings.get', {})).toEqual({
      clinicName: null,
      clinician: null,
      contact: null,
      logo: null,
      units: 'km',
      language: 'en',
      paper: 'a4',
      criteriaThresholds: {},
      retestWeeks: 2,
      thresholdOptions: thresholdOptions({}),
      updatedAt: null,
    });
  });

  it('saves partially: fields left out keep their value; empty text clears a field', async () => {
    await call(backend, 'settings.save', { clinicName: 'Riverside Physio', units: 'mi', logo: pngLogo });
    const saved = await call<Settings>(backend, 'settings.save', { language: 'de', clinicName: '' });
    expect(saved).toEqual({
      clinicName: null,
      clinician: null,
      contact: null,
      logo: pngLogo,
      units: 'mi',
      language: 'de',
      paper: 'a4',
      criteriaThresholds: {},
      retestWeeks: 2,
      thresholdOptions: thresholdOptions({}),
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(await call(backend, 'settings.get', {})).toEqual(saved);
    expect(await countRows(backend, 'settings')).toBe(1);
  });

  it('reports every invalid field and changes nothing', async () => {
    await call(backend, 'settings.save', { clinicName: 'Kept' });
    const error = await callError(backend, 'settings.save', {
      clinicName: 'x'.repeat(121),
      units: 'furlongs',
      language: 'fr',
      paper: 'a5',
      logo: 'data:image/gif;base64,R0lGOD',
    });
    expect(error.issues).toEqual({
      clinicName: 'too_big',
      units: 'invalid_value',
      language: 'invalid_value',
      paper: 'invalid_value',
      logo: 'invalid_image',
    });
    expect(await call(backend, 'settings.get', {})).toMatchObject({ clinicName: 'Kept', units: 'km' });
  });

  it('refuses a logo over about 1 MB', async () => {
    const big = `data:image/jpeg;base64,${'A'.repeat(1_400_001)}`;
    expect((await callError(backend, 'settings.save', { logo: big })).issues).toEqual({ logo: 'too_big' });
  });
});
