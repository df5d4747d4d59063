/**
 * What reaches the client's print (issue 9 items 12–13): only texts written for the client, the
 * injury's default restrictions said as what they are, "not logged" rather than "missed", and the
 * postnatal advice.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/backend/pdf/build-document';
import type { DocBlock, PrintDocument } from '../../../src/backend/pdf/types';
import type { Explanation, PlanRequest, Programme, Warning } from '../../../src/engine/types';
import { documentTexts, section, sectionTexts } from '../../fixtures/pdf/document-text';
import {
  fixtureInput,
  fixtureOptions,
  fixtureProgramme,
  fixtureRequest,
} from '../../fixtures/pdf/programme-fixture';

const LOCALES = ['en', 'de'] as const;

function print(
  request: PlanRequest = fixtureRequest,
  programme: Programme = fixtureProgramme,
  locale: 'en' | 'de' = 'en',
): PrintDocument {
  return buildDocument(
    fixtureInput({ request: { ...request, locale }, programme, options: { ...fixtureOptions, locale } }),
  );
}

function summaryValue(document: PrintDocument, label: string): string | undefined {
  const block = section(document, 'summary').blocks.find(
    (b): b is Extract<DocBlock, { type: 'key_values' }> => b.type === 'key_values',
  );
  return block?.rows.find((r) => r.label === label)?.value;
}

function allText(document: PrintDocument): string {
  return documentTexts(document).join('\n');
}

/** Warnings and explanations in both audiences, in the engine's words for each language. */
const TEXTS = {
  en: {
    clinicianWarning:
      'Running is paused after a red flag on 3 Dec 2026. Review the client; a new clearance reopens the plan.',
    clinicianGoal: 'Not reached within 26 weeks. Review the goal or the restrictions.',
    clientWarning: 'Do not race on 2 May 2027; a realistic goal is a 5 km race.',
    clientCritical: 'Stop running and contact your clinician.',
    legacyWarning: 'An old warning without an audience, for the clinician.',
    clinicianExplanation: 'Review the client before raising the clearance (clinician only).',
    clientExplanation: 'Runs on alternate days, at most 3 a week, while the tissues re-adapt.',
    legacyExplanation: 'An old explanation without an audience, written for the client.',
  },
  de: {
    clinicianWarning:
      'Das Laufen ist pausiert nach einem Warnzeichen am 03.12.2026. Bitte Klientin bzw. Klienten untersuchen; eine neue Freigabe öffnet den Plan wieder.',
    clinicianGoal: 'Wird nicht erreicht. Bitte Ziel oder Vorgaben prüfen.',
    clientWarning: 'Laufen Sie am 02.05.2027 keinen Wettkampf; realistisch ist ein Lauf über 5 km.',
    clientCritical: 'Hören Sie mit dem Laufen auf und melden Sie sich in der Praxis.',
    legacyWarning: 'Eine alte Warnung ohne Zielgruppe, für die Praxis.',
    clinicianExplanation: 'Bitte Klientin bzw. Klienten vor der nächsten Freigabe untersuchen.',
    clientExplanation: 'Laufen an jedem zweiten Tag, höchstens 3-mal pro Woche.',
    legacyExplanation: 'Eine alte Erklärung ohne Zielgruppe, für die Klientin geschrieben.',
  },
} as const;

function mixedProgramme(locale: 'en' | 'de'): Programme {
  const t = TEXTS[locale];
  const warnings: Warning[] = [
    {
      code: 'refer_to_clinician',
      severity: 'critical',
      audience: 'clinician',
      message: t.clinicianWarning,
      rules: [],
    },
    {
      code: 'goal_not_reached',
      severity: 'warning',
      audience: 'clinician',
      message: t.clinicianGoal,
      rules: [],
    },
    // Client warnings of every severity are printed, an info one included.
    { code: 'race_not_advised', severity: 'info', audience: 'client', message: t.clientWarning, rules: [] },
    {
      code: 'running_paused',
      severity: 'critical',
      audience: 'client',
      message: t.clientCritical,
      rules: [],
    },
    // Stored before warnings had an audience: written for the clinician.
    { code: 'legacy', severity: 'warning', message: t.legacyWarning, rules: [] } as unknown as Warning,
  ];
  const explain: Explanation[] = [
    { rule: 'R3', text: t.clientExplanation, audience: 'client' },
    { rule: 'R1', text: t.clinicianExplanation, audience: 'clinician' },
    { rule: 'R4', text: t.legacyExplanation } as unknown as Explanation,
  ];
  return {
    ...fixtureProgramme,
    warnings,
    weeks: fixtureProgramme.weeks.map((week) => ({
      ...week,
      sessions: week.sessions.map((s) => ({ ...s, explain })),
    })),
  };
}

describe('the client’s print: audience', () => {
  it.each(LOCALES)(
    '%s: never prints a clinician warning or explanation, old stored warnings included',
    (locale) => {
      const t = TEXTS[locale];
      const text = allText(print(fixtureRequest, mixedProgramme(locale), locale));
      expect(text).not.toContain(t.clinicianWarning);
      expect(text).not.toContain(t.clinicianGoal);
      expect(text).not.toContain(t.clinicianExplanation);
      expect(text).not.toContain(t.legacyWarning);
      expect(text).not.toMatch(
        /Review the client|Review the goal|Klientin bzw\. Klienten|Ziel oder Vorgaben prüfen/,
      );
    },
  );

  it.each(LOCALES)('%s: prints client warnings of any severity under "Please note"', (locale) => {
    const t = TEXTS[locale];
    const document = print(fixtureRequest, mixedProgramme(locale), locale);
    const label = locale === 'en' ? 'Please note' : 'Bitte beachten';
    expect(summaryValue(document, label)).toBe(`${t.clientWarning}\n${t.clientCritical}`);
  });

  it.each(LOCALES)(
    '%s: prints client explanations (and old ones without an audience) on the session cards, once',
    (locale) => {
      const t = TEXTS[locale];
      const document = print(fixtureRequest, mixedProgramme(locale), locale);
      const notes = section(document, 'sessions').blocks.flatMap((b) =>
        b.type === 'sessions' ? b.cards.flatMap((c) => c.notes) : [],
      );
      const why = locale === 'en' ? 'Why:' : 'Warum:';
      expect(notes.filter((n) => n === `${why} ${t.clientExplanation} ${t.legacyExplanation}`)).toHaveLength(
        1,
      );
      expect(notes.filter((n) => n.includes(t.clientExplanation))).toHaveLength(1);
    },
  );

  it('gives later cards only what is new, and nothing for locked or logged sessions', () => {
    const explainFor = (text: string): Explanation[] => [
      { rule: 'R4', text, audience: 'client' },
      { rule: 'R3', text: 'Runs on alternate days.', audience: 'client' },
    ];
    const weeks = fixtureProgramme.weeks.map((week) => ({
      ...week,
      sessions: week.sessions.map((s) => ({
        ...s,
        explain: explainFor(s.locked ? 'Locked reason' : `${s.id} explained`),
        status: s.id === 'w1-tue-strength' ? ('done' as const) : s.status,
      })),
    }));
    const cards = section(print(fixtureRequest, { ...fixtureProgramme, weeks }), 'sessions').blocks.flatMap(
      (b) => (b.type === 'sessions' ? b.cards : []),
    );
    const why = cards.map((c) => c.notes.find((n) => n.startsWith('Why:')) ?? '');
    expect(why[0]).toBe('Why: w1-tue-walk_run explained Runs on alternate days.');
    expect(why[1]).toBe(''); // logged: nothing to explain any more
    expect(why[2]).toBe('Why: w1-thu-walk_run explained');
    expect(why.join('\n')).not.toContain('Locked reason');
    expect(why.join('\n').split('Runs on alternate days.')).toHaveLength(2);
  });
});

describe('the client’s print: the engine’s route explanation', () => {
  it('leaves "Route: …" out of the reasons, since the card says where', () => {
    const weeks = fixtureProgramme.weeks.map((week) => ({
      ...week,
      sessions: week.sessions.map((s) => ({
        ...s,
        explain: [
          { rule: 'R8', text: 'Route: a flat route.', audience: 'client' as const },
          { rule: 'R11', text: 'Keep it easy.', audience: 'client' as const },
        ],
      })),
    }));
    const cards = section(print(fixtureRequest, { ...fixtureProgramme, weeks }), 'sessions').blocks.flatMap(
      (b) => (b.type === 'sessions' ? b.cards : []),
    );
    expect(cards[0]?.notes).toEqual(['Where: flat route.', 'Why: Keep it easy.']);
  });
});

describe('the client’s print: restrictions', () => {
  const noNotes: PlanRequest = { ...fixtureRequest, notes: [] };

  it.each([
    [
      'en',
      'Restrictions',
      [
        'No hills – standard for this injury until full clearance',
        'No fast running or strides – standard for this injury until full clearance',
      ],
    ],
    [
      'de',
      'Einschränkungen',
      [
        'Keine Hügel – üblich bei dieser Verletzung bis zur vollen Freigabe',
        'Kein schnelles Laufen, keine Steigerungen – üblich bei dieser Verletzung bis zur vollen Freigabe',
      ],
    ],
  ] as const)('%s: prints the injury’s defaults when the notes restrict nothing', (locale, label, lines) => {
    expect(summaryValue(print(noNotes, fixtureProgramme, locale), label)).toBe(lines.join('\n'));
  });

  it('prints the defaults next to the clinician’s note restrictions, each code once', () => {
    const request: PlanRequest = {
      ...fixtureRequest,
      notes: [
        {
          date: '2026-11-20',
          author: 'J. Physio',
          text: 'no hills at all, max 3 runs a week',
          restrictions: [
            { code: 'no_hills', until: null },
            { code: 'max_sessions_per_week', value: 3, until: null },
          ],
        },
      ],
    };
    expect(summaryValue(print(request), 'Restrictions')).toBe(
      [
        'No hills',
        'At most 3 running sessions a week',
        'No fast running or strides – standard for this injury until full clearance',
      ].join('\n'),
    );
  });

  it('prints "None" only when the clearance is full and no note restricts anything', () => {
    const full: PlanRequest = { ...noNotes, clearance: { ...noNotes.clearance, level: 'full' } };
    expect(summaryValue(print(full), 'Restrictions')).toBe('None');
    // A full clearance dated after today does not count yet.
    const later: PlanRequest = { ...full, clearance: { ...full.clearance, date: '2026-12-10' } };
    expect(summaryValue(print(later), 'Restrictions')).toContain(
      'standard for this injury until full clearance',
    );
  });

  it('after ACL reconstruction keeps speed and hills out until 39 weeks after surgery, unless overridden', () => {
    const acl: PlanRequest = {
      ...noNotes,
      injury: { ...noNotes.injury, type: 'acl_reconstruction', surgeryDate: '2026-06-01' },
      clearance: { ...noNotes.clearance, level: 'full' },
    };
    // 2026-06-01 + 273 days = 2027-03-01.
    expect(summaryValue(print(acl), 'Restrictions')).toBe(
      [
        'No downhill running – standard after this operation until 1 Mar 2027',
        'Flat ground only – standard after this operation until 1 Mar 2027',
        'No fast running or strides – standard after this operation until 1 Mar 2027',
        'No hills – standard after this operation until 1 Mar 2027',
      ].join('\n'),
    );
    const belowFull: PlanRequest = { ...acl, clearance: { ...acl.clearance, level: 'continuous' } };
    expect(summaryValue(print(belowFull, fixtureProgramme, 'de'), 'Einschränkungen')).toContain(
      'Nicht bergab laufen – üblich nach dieser Operation bis zur vollen Freigabe, mindestens bis zum 01.03.2027',
    );
    const overridden: PlanRequest = { ...acl, clearance: { ...acl.clearance, overrideSportGate: true } };
    const document = print(overridden);
    expect(summaryValue(document, 'Restrictions')).toBe('None');
    expect(summaryValue(document, 'Clinician’s decision')).toBe(
      'J. Physio has allowed speed, hills and uneven ground before the usual 9 months after the operation.',
    );
  });
});

describe('the client’s print: sessions nobody logged', () => {
  // Today is Thursday of week 1; Tuesday's strength session was not logged.
  const request: PlanRequest = { ...fixtureRequest, today: '2026-12-03' };
  const programme: Programme = {
    ...fixtureProgramme,
    weeks: fixtureProgramme.weeks.map((week) => ({
      ...week,
      sessions: week.sessions.map((s) =>
        s.id === 'w1-tue-strength' ? { ...s, status: 'not_logged' as const } : s,
      ),
    })),
  };

  it.each([
    ['en', 'Strength – not logged', /missed/],
    ['de', 'Kraft – nicht eingetragen', /ausgelassen|ausgefallen|verpasst/],
  ] as const)('%s: says "%s", grey, never missed', (locale, label, missed) => {
    const document = print(request, programme, locale);
    const table = section(document, 'weeks').blocks.find(
      (b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table',
    );
    const row = table?.rows.find((r) => r.cells[3] === label);
    expect(row?.muted).toBe(true);
    const cards = section(document, 'sessions').blocks.flatMap((b) => (b.type === 'sessions' ? b.cards : []));
    expect(cards.map((c) => c.title)).toContain(label);
    const sessionTexts = [...(table?.rows.map((r) => r.cells[3] ?? '') ?? []), ...cards.map((c) => c.title)];
    expect(sessionTexts.join('\n')).not.toMatch(missed);
  });
});

describe('the client’s print: postnatal advice', () => {
  const postnatal = (breastfeeding: boolean): PlanRequest => ({
    ...fixtureRequest,
    client: { ...fixtureRequest.client, breastfeeding },
    injury: { ...fixtureRequest.injury, type: 'postnatal', deliveryDate: '2026-09-01', side: 'na' },
  });
  const painGuide = (request: PlanRequest, locale: 'en' | 'de'): string =>
    sectionTexts(section(print(request, fixtureProgramme, locale), 'pain_guide')).join('\n');

  it('says missed periods are normal while breastfeeding, and only then', () => {
    expect(painGuide(postnatal(true), 'en')).toContain(
      'While you are breastfeeding, it is normal for periods to stay away.',
    );
    expect(painGuide(postnatal(true), 'en')).not.toContain('Missed periods');
    expect(painGuide(postnatal(false), 'en')).toContain('Missed periods');
    expect(painGuide(postnatal(false), 'en')).not.toContain('breastfeeding');
    expect(painGuide(postnatal(true), 'de')).toContain(
      'In der Stillzeit ist es normal, dass die Regelblutung ausbleibt.',
    );
    expect(painGuide(postnatal(false), 'de')).not.toContain('Stillzeit');
  });

  it('sends pelvic floor symptoms to a pelvic health physiotherapist', () => {
    expect(painGuide(postnatal(false), 'en')).toContain('pelvic health physiotherapist');
    expect(painGuide(postnatal(false), 'de')).toContain(
      'Physiotherapeutin oder einem Physiotherapeuten für Beckenbodengesundheit',
    );
  });
});
