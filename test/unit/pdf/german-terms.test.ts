/**
 * One German vocabulary across the engine's texts, the app and the printed programme (issue 9
 * item 13): walk-run is "Geh-Lauf", effort (RPE) is "Anstrengung", cross-training is
 * "Ausgleichstraining", strides ("Steigerungen") and the progressive run are never confused, and a
 * date is written 01.12.2026.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/backend/pdf/build-document';
import { de as pdfDe } from '../../../src/backend/pdf/i18n/de';
import { formatDate } from '../../../src/backend/pdf/i18n/format';
import { de as engineDe } from '../../../src/engine/i18n/de';
import { translate } from '../../../src/engine/i18n/messages';
import { de as uiDe } from '../../../src/renderer/i18n/locales/de';
import { documentTexts } from '../../fixtures/pdf/document-text';
import { fixtureInput, fixtureOptions } from '../../fixtures/pdf/programme-fixture';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));

const CATALOGUES = {
  engine: Object.values(engineDe),
  ui: leaves(uiDe as unknown as Tree),
  pdf: Object.values(pdfDe),
} as const;

describe('German terms', () => {
  it.each(Object.entries(CATALOGUES))(
    '%s: says "Geh-Lauf", never "Gehen-Laufen" or "Gehen und Laufen"',
    (_name, texts) => {
      for (const text of texts) expect(text).not.toMatch(/Gehen-Laufen|Gehen und Laufen/);
    },
  );

  it.each(Object.entries(CATALOGUES))(
    '%s: cross-training is "Ausgleichstraining", never "Ausdauertraining"',
    (_name, texts) => {
      for (const text of texts) expect(text).not.toContain('Ausdauertraining');
      expect(texts.some((text) => text.includes('Ausgleichstraining'))).toBe(true);
    },
  );

  it('names cross-training the same in the engine, the app and the print', () => {
    expect(engineDe['title.cross_training']).toBe('Ausgleichstraining: {modality}');
    expect(pdfDe['kind.cross_training_with']).toBe('Ausgleichstraining: {modality}');
    expect(pdfDe['kind.cross_training']).toBe('Ausgleichstraining');
    expect(uiDe.intake.crossTraining).toContain('Ausgleichstraining');
  });

  it('calls the RPE "Anstrengung", not "Belastung"', () => {
    expect(pdfDe['col.effort']).toBe('Anstrengung');
    expect(pdfDe['sessions.meta']).toContain('Anstrengung {rpe}/10');
    expect(uiDe.programme.effort).toContain('Anstrengung');
    expect(uiDe.log.rpe).toContain('Anstrengung');
    expect(engineDe['explain.effort_easy']).toContain('Anstrengung');
    for (const text of [
      pdfDe['col.effort'],
      pdfDe['sessions.meta'],
      pdfDe['pain.intro'],
      uiDe.programme.effort,
      uiDe.log.rpe,
    ]) {
      expect(text).not.toContain('Belastung');
    }
  });

  it('keeps strides ("Steigerungen") and the progressive run apart', () => {
    const progressive = [engineDe['title.progressive_run'], pdfDe['kind.progressive_run']];
    for (const name of progressive) expect(name).not.toMatch(/Steigerung/);
    expect(progressive.every((name) => name.startsWith('Lauf mit Tempoanstieg'))).toBe(true);
    for (const name of [engineDe['title.strides'], pdfDe['kind.strides']]) {
      expect(name).toMatch(/^Lockerer Lauf mit Steigerungen/);
    }
    expect(uiDe.programme.blocks.stride).toBe('Steigerung');
    expect(pdfDe['step.stride']).toBe('Steigerung {time}');
  });

  it('names a race goal in the nominative and uses it only where the nominative fits', () => {
    const goal = translate('de', 'goal.race', { distance: '5 km' });
    expect(goal).toBe('ein Lauf über 5 km');
    // A preposition before {goal} would need "einen"/"einem": none may stand there.
    const withGoal = Object.values(engineDe).filter((text) => text.includes('{goal}'));
    expect(withGoal.length).toBeGreaterThan(0);
    for (const text of withGoal) {
      expect(text).not.toMatch(/\b(für|vor|auf|zu|bei|mit|nach|um|ohne|gegen|bis|durch) \{goal\}/);
    }
    expect(translate('de', 'explain.long_run', { target: 60, goal })).toContain('ein Lauf über 5 km');
    for (const text of Object.values(engineDe)) expect(text).not.toContain('einen Lauf über');
  });

  it('says "einen Tag Laufpause"', () => {
    expect(engineDe['action.rest_repeat']).toMatch(/^einen Tag Laufpause/);
    expect(engineDe['action.step_back']).toMatch(/^zwei Tage Laufpause/);
    expect(pdfDe['pain.amber.text']).toContain('einen Tag Laufpause');
    expect(uiDe.log.actions.rest_repeat).toContain('Einen Tag Laufpause');
  });

  it('writes dates as 01.12.2026 in the printed programme, as the engine does', () => {
    expect(formatDate('de', '2026-12-01')).toBe('01.12.2026');
    const texts = documentTexts(
      buildDocument(fixtureInput({ options: { ...fixtureOptions, locale: 'de' } })),
    ).join('\n');
    expect(texts).toContain('Gedruckt am 01.12.2026');
    expect(texts).not.toMatch(/\d\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)/);
  });
});
