import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/backend/pdf/build-document';
import { de } from '../../../src/backend/pdf/i18n/de';
import { en } from '../../../src/backend/pdf/i18n/en';
import {
  formatDate,
  formatDuration,
  formatLongDate,
  formatNumber,
  formatRaceDistance,
  formatShortDate,
  placeholdersOf,
} from '../../../src/backend/pdf/i18n/format';
import { documentTexts } from '../../fixtures/pdf/document-text';
import { fixtureInput, fixtureOptions, fixtureProgramme } from '../../fixtures/pdf/programme-fixture';

describe('PDF message catalogues', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])(
    '%s: German text is present with the same placeholders',
    (key) => {
      expect(de[key].trim()).not.toBe('');
      expect(placeholdersOf(de[key])).toEqual(placeholdersOf(en[key]));
    },
  );

  it('leaves no English catalogue text and no unfilled placeholder in a German document', () => {
    // Engine texts come from the programme; blank them so only the PDF's own words remain.
    const weeks = fixtureProgramme.weeks.map((w) => ({
      ...w,
      focus: 'Fokus',
      sessions: w.sessions.map((s) => ({
        ...s,
        effort: { ...s.effort, talkTest: 'ganze Sätze' },
        exercises: s.exercises.map((e) => ({ ...e, name: 'Übung', notes: 'Hinweis' })),
      })),
    }));
    const programme = {
      ...fixtureProgramme,
      weeks,
      checkpoints: [],
      warnings: [],
      painGuide: { ...fixtureProgramme.painGuide, text: '' },
    };
    const german = buildDocument(fixtureInput({ programme, options: { ...fixtureOptions, locale: 'de' } }));
    const texts = documentTexts(german).filter((text) => text !== german.footer.pageLabel);
    const english = new Set<string>(
      Object.entries(en)
        .filter(([key, value]) => de[key as keyof typeof en] !== value && !value.includes('{'))
        .map(([, value]) => value),
    );
    for (const text of texts) {
      expect(english.has(text), text).toBe(false);
      expect(text, text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('PDF formats', () => {
  it.each([
    ['en', '2026-12-01', 'Tue 1 Dec 2026', '1 Dec 2026', '1 Dec'],
    ['de', '2026-12-01', 'Di., 01.12.2026', '01.12.2026', '01.12.'],
    ['en', '2026-11-30', 'Mon 30 Nov 2026', '30 Nov 2026', '30 Nov'],
    ['de', '2027-03-07', 'So., 07.03.2027', '07.03.2027', '07.03.'],
  ] as const)('%s %s → %s', (locale, date, long, medium, short) => {
    expect(formatLongDate(locale, date)).toBe(long);
    expect(formatDate(locale, date)).toBe(medium);
    expect(formatShortDate(locale, date)).toBe(short);
  });

  it('uses a decimal comma in German', () => {
    expect(formatNumber('en', 13.109)).toBe('13.1');
    expect(formatNumber('de', 13.109)).toBe('13,1');
    expect(formatRaceDistance('de', 21.0975, 'mi')).toBe('21,1 km (13,1 mi)');
    expect(formatRaceDistance('en', 10, 'km')).toBe('10 km');
  });

  it('writes durations in minutes and seconds', () => {
    expect(formatDuration('en', 300)).toBe('5 min');
    expect(formatDuration('en', 90)).toBe('1 min 30 s');
    expect(formatDuration('de', 30)).toBe('30 Sek.');
    expect(formatDuration('de', 150)).toBe('2 Min. 30 Sek.');
  });
});
