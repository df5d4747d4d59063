/** Message catalogues and the exercise library: complete in English and German. */
import { describe, expect, it } from 'vitest';
import { de } from '../../../src/engine/i18n/de';
import { en } from '../../../src/engine/i18n/en';
import {
  placeholdersOf,
  translate,
  formatDate,
  formatList,
  formatNumber,
} from '../../../src/engine/i18n/messages';
import { EXERCISES } from '../../../src/engine/exercises/library';
import { usedExerciseIds } from '../../../src/engine/exercises/selection';
import { toDay } from '../../../src/engine/dates';

describe('message catalogues', () => {
  it('en and de have the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as Array<keyof typeof en>)(
    '%s: same placeholders, non-empty, translated',
    (key) => {
      expect(placeholdersOf(de[key])).toEqual(placeholdersOf(en[key]));
      expect(en[key].trim().length).toBeGreaterThan(0);
      expect(de[key].trim().length).toBeGreaterThan(0);
    },
  );

  it('fills placeholders and formats dates, numbers and lists per locale', () => {
    expect(translate('en', 'title.walk_run', { stage: 3 })).toBe('Walk-run, stage 3');
    expect(translate('de', 'title.walk_run', { stage: 3 })).toBe('Geh-Lauf, Stufe 3');
    expect(translate('en', 'title.walk_run')).toBe('Walk-run, stage {stage}');
    expect(formatDate('en', toDay('2026-12-18'))).toBe('18 Dec 2026');
    expect(formatDate('de', toDay('2026-12-18'))).toBe('18.12.2026');
    expect(formatNumber('de', 2.5)).toBe('2,5');
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatList('de', ['a', 'b'])).toBe('a und b');
  });
});

describe('exercise library', () => {
  it.each(usedExerciseIds())('%s has a name and cue in both languages and a dose', (id) => {
    const def = EXERCISES[id];
    for (const locale of ['en', 'de'] as const) {
      expect(def.name[locale].length).toBeGreaterThan(3);
      expect(def.cue[locale].length).toBeGreaterThan(10);
    }
    expect(def.sets).toBeGreaterThan(0);
    expect('reps' in def || 'seconds' in def).toBe(true);
  });
});
