/**
 * Language is a view, for the prints and exports: a programme derived in English and printed or
 * exported in German reads exactly like the programme derived in German. The engine's texts are
 * rendered from their messages in the print's or export's language.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/backend/pdf/build-document';
import { describeSession, sessionTitle } from '../../../src/backend/exports/session-text';
import { generatePlan } from '../../../src/engine';
import type { Locale, PlanRequest, Programme } from '../../../src/engine';
import { documentTexts } from '../../fixtures/pdf/document-text';
import { fixtureInput, fixtureOptions, fixtureRequest } from '../../fixtures/pdf/programme-fixture';

const derive = (locale: Locale): { request: PlanRequest; programme: Programme } => {
  const request: PlanRequest = { ...fixtureRequest, locale };
  return { request, programme: generatePlan(request) };
};

describe('prints and exports render the engine texts in their own language', () => {
  it.each(['en', 'de'] as const)(
    'a print in %s is the same whichever language the programme was derived in',
    (print) => {
      const texts = (derived: Locale): string[] =>
        documentTexts(
          buildDocument(fixtureInput({ ...derive(derived), options: { ...fixtureOptions, locale: print } })),
        );
      const other: Locale = print === 'en' ? 'de' : 'en';
      expect(texts(other)).toEqual(texts(print));
    },
  );

  it('a German print of an English programme shows German session reasons, not English ones', () => {
    const { request, programme } = derive('en');
    const all = documentTexts(
      buildDocument(fixtureInput({ request, programme, options: { ...fixtureOptions, locale: 'de' } })),
    ).join('\n');
    expect(all).not.toContain('Keep it easy');
    expect(all).not.toContain('Walk-run, stage');
  });

  it.each(['en', 'de'] as const)(
    'calendar and watch texts in %s do not depend on the derivation language',
    (locale) => {
      const en = derive('en').programme;
      const de = derive('de').programme;
      const enSessions = en.weeks.flatMap((w) => w.sessions);
      const deSessions = de.weeks.flatMap((w) => w.sessions);
      expect(enSessions.length).toBe(deSessions.length);
      enSessions.forEach((session, i) => {
        const twin = deSessions[i]!;
        expect(sessionTitle(session, locale)).toBe(sessionTitle(twin, locale));
        const options = (p: Programme) => ({ painGuide: p.painGuide, locale, clinicName: 'Clinic' });
        expect(describeSession(session, options(en))).toBe(describeSession(twin, options(de)));
      });
    },
  );

  it('a programme without messages (an older snapshot) prints the texts it carries', () => {
    const { request, programme } = derive('en');
    const bare = JSON.parse(
      JSON.stringify(programme, (key, value: unknown) =>
        key === 'i18n' || key.endsWith('I18n') ? undefined : value,
      ),
    ) as Programme;
    const withMessages = documentTexts(
      buildDocument(fixtureInput({ request, programme, options: fixtureOptions })),
    );
    const without = documentTexts(
      buildDocument(fixtureInput({ request, programme: bare, options: fixtureOptions })),
    );
    expect(without).toEqual(withMessages);
  });
});
