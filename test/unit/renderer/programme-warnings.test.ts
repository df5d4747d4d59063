import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Warning } from '../../../src/engine/types';
import { warningDisplays, type ShownWarning } from '../../../src/renderer/components/programme/warnings';
import { formatDate, formatDay } from '../../../src/renderer/format';

const warning = (partial: Partial<Warning>): ShownWarning => ({
  code: 'x',
  severity: 'info',
  audience: 'clinician',
  message: 'm',
  rules: [],
  ...partial,
});

describe('programme warnings in the app', () => {
  it('shows every warning, marking those the client’s print carries too', () => {
    const shown = warningDisplays(
      [
        warning({ code: 'refer_to_clinician', severity: 'critical', message: 'Review the client.' }),
        warning({ code: 'race_not_advised', audience: 'client', message: 'Do not race on 2 May 2027.' }),
        warning({
          code: 'running_paused',
          severity: 'critical',
          audience: 'client',
          message: 'Stop running.',
        }),
      ],
      'en',
    );
    expect(shown.map((w) => [w.message, w.onClientPrint, w.colour])).toEqual([
      ['Review the client.', false, 'red'],
      ['Do not race on 2 May 2027.', true, 'blue'],
      ['Stop running.', true, 'red'],
    ]);
  });

  it('treats a stored warning without an audience as the clinician’s (not printed)', () => {
    const legacy: ShownWarning = warning({ severity: 'warning' });
    delete legacy.audience;
    expect(warningDisplays([legacy], 'en')[0]).toMatchObject({ onClientPrint: false, colour: 'orange' });
  });

  it('gives each warning its own key, even two of one code', () => {
    const keys = warningDisplays([warning({}), warning({})], 'en').map((w) => w.key);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('dates in the app', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'en', resources: {} });
  });

  it('writes one format per language: 1 Dec 2026 / 01.12.2026', async () => {
    await i18next.changeLanguage('en');
    expect(formatDate('2026-12-01')).toBe('1 Dec 2026');
    expect(formatDay('2026-12-01')).toBe('Tue 1 Dec');
    await i18next.changeLanguage('de');
    expect(formatDate('2026-12-01')).toBe('01.12.2026');
    expect(formatDay('2026-12-01')).toBe('Di., 01.12.');
    expect(formatDay('2026-12-01', true)).toBe('Di., 01.12.2026');
  });
});
