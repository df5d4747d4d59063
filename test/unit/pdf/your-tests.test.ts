/**
 * The "Your tests" page of the printed programme (issue 10): the latest result of each recorded
 * test in plain words, grouped by the step it decides, and what must improve for the next step,
 * for a postnatal client with a failing load and impact battery and an ACL client with a hop LSI
 * of 82%. Programmes come from the real engine; requests are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/backend/pdf/build-document';
import { renderHtml } from '../../../src/backend/pdf/render-html';
import type { DocBlock, PrintDocument, Section } from '../../../src/backend/pdf/types';
import { ASSESSMENT_TESTS } from '../../../src/engine/assessments/tests';
import { generatePlan } from '../../../src/engine';
import type { Assessment, PlanRequest } from '../../../src/engine/types';
import { FAILING_POSTNATAL_BATTERY } from '../../fixtures/assessments';
import { documentTexts } from '../../fixtures/pdf/document-text';
import { fixtureInput, fixtureOptions, fixtureRequest } from '../../fixtures/pdf/programme-fixture';

const POSTNATAL_TESTS: Assessment[] = [FAILING_POSTNATAL_BATTERY];

function postnatal(assessments: Assessment[] | undefined): PlanRequest {
  return {
    ...fixtureRequest,
    startDate: '2027-01-07',
    today: '2027-01-07',
    client: { ...fixtureRequest.client, name: 'Doris Example', breastfeeding: true },
    injury: {
      ...fixtureRequest.injury,
      type: 'postnatal',
      side: 'na',
      onsetDate: null,
      weeksWithoutRunning: 30,
      severity: 'mild',
      deliveryDate: '2026-10-12',
    },
    notes: [],
    clearance: {
      ...fixtureRequest.clearance,
      level: 'walking',
      date: '2027-01-05',
      reviewDate: '2027-02-04',
    },
    goal: { kind: 'run_30min', date: null },
    ...(assessments ? { assessments } : {}),
  };
}

const ACL_TESTS: Assessment[] = [
  {
    // An older hop result: only the latest of each test is printed.
    date: '2026-10-28',
    by: 'S. Physio',
    results: [{ test: 'single_hop', left: 120, right: 180 }],
  },
  {
    date: '2026-11-25',
    by: 'S. Physio',
    results: [
      { test: 'knee_extension_deficit', value: 0 },
      { test: 'knee_flexion_percent', value: 96 },
      { test: 'knee_effusion', value: 1 },
      { test: 'single_hop', left: 150, right: 183, pain: 1 },
      { test: 'triple_hop', left: 460, right: 520 },
      { test: 'visa_a', value: 64 },
    ],
  },
];

function acl(side: 'left' | 'both' = 'left'): PlanRequest {
  return {
    ...fixtureRequest,
    client: { ...fixtureRequest.client, name: 'Carla Example' },
    injury: {
      ...fixtureRequest.injury,
      type: 'acl_reconstruction',
      side,
      onsetDate: '2026-05-20',
      weeksWithoutRunning: 28,
      surgeryDate: '2026-06-15',
    },
    notes: [],
    clearance: {
      ...fixtureRequest.clearance,
      level: 'continuous',
      date: '2026-11-25',
      reviewDate: '2027-01-27',
    },
    goal: { kind: '5k', date: '2027-04-18' },
    assessments: ACL_TESTS,
  };
}

function print(request: PlanRequest, locale: 'en' | 'de'): PrintDocument {
  const programme = generatePlan({ ...request, locale });
  return buildDocument(
    fixtureInput({ request, programme, options: { ...fixtureOptions, locale, printedOn: request.today } }),
  );
}

function testsOf(document: PrintDocument): Section {
  const found = document.sections.find((s) => s.id === 'tests');
  if (!found) throw new Error('no "Your tests" section');
  return found;
}

function only<T extends DocBlock['type']>(section: Section, type: T): Extract<DocBlock, { type: T }>[] {
  return section.blocks.filter((b): b is Extract<DocBlock, { type: T }> => b.type === type);
}

const checklist = (section: Section) => only(section, 'checklist')[0]?.items ?? [];
const rows = (section: Section): string[][] => only(section, 'table')[0]?.rows.map((r) => r.cells) ?? [];
const row = (section: Section, test: string): string[] | undefined =>
  rows(section).find((cells) => cells[0] === test);

describe('"Your tests": postnatal client with a failing load and impact battery', () => {
  const english = testsOf(print(postnatal(POSTNATAL_TESTS), 'en'));
  const german = testsOf(print(postnatal(POSTNATAL_TESTS), 'de'));

  it('is a page of its own, right after the checkpoints', () => {
    const ids = print(postnatal(POSTNATAL_TESTS), 'en').sections.map((s) => s.id);
    expect(ids[ids.indexOf('checkpoints') + 1]).toBe('tests');
    expect(english.heading).toBe('Your tests');
    expect(english.newPage).toBe(true);
  });

  it('says what must improve for the next step: failed results with target and latest, untested ones', () => {
    const items = checklist(english);
    expect(items.map((i) => [i.title, i.status, i.tone])).toEqual([
      ['Jogging on the spot for 1 minute, without symptoms', 'Not yet reached', 'warning'],
      ['10 forward bounds, without symptoms', 'Not yet reached', 'warning'],
      ['10 hops on the spot on each leg, without symptoms', 'Still to be tested', 'info'],
      ['10 single-leg "running man" swings on each side, without symptoms', 'Still to be tested', 'info'],
      [expect.stringContaining('Strength: 20 single-leg calf raises'), 'Not yet reached', 'warning'],
    ]);
    expect(items[1]?.lines).toEqual([
      'Target: Done without pain, heaviness, dragging or leaking',
      'Your latest result (5 Jan 2027): symptoms: leaking and heaviness',
    ]);
    expect(items[2]?.lines).toEqual([
      'Target: Done without pain, heaviness, dragging or leaking',
      'Not tested yet. Your clinician will do this test with you.',
    ]);
  });

  it('lists the criteria met briefly as achieved', () => {
    const achieved = only(english, 'bullets')[0]?.items ?? [];
    expect(achieved).toEqual([
      'Pelvic floor assessed; no leaking, heaviness or dragging – reached on 5 Jan 2027',
      'Walking 30 minutes without pain, heaviness, dragging or leaking – reached on 5 Jan 2027',
      'Single-leg balance 10 s on each leg, without symptoms – reached on 5 Jan 2027',
      '10 single-leg squats on each leg, without symptoms – reached on 5 Jan 2027',
    ]);
  });

  it('prints each result with its date, grouped by the step it decides, scores last', () => {
    expect(rows(english)).toEqual([
      ['For walk-run', '', ''],
      ['Pelvic floor assessment', '5 Jan 2027', 'Passed'],
      ['Walk 30 minutes', '5 Jan 2027', 'Done · no symptoms'],
      ['Single-leg balance, 10 seconds each leg', '5 Jan 2027', 'Done · no symptoms'],
      ['Single-leg squat ×10 each leg', '5 Jan 2027', 'Done · no symptoms'],
      ['Jog on the spot, 1 minute', '5 Jan 2027', 'Done · symptoms: leaking'],
      ['Forward bounds ×10', '5 Jan 2027', 'Not managed · symptoms: leaking and heaviness'],
      ['Strength tests, 20 each side', '5 Jan 2027', 'Not passed'],
      ['Other results', '', ''],
      ['LEFS score', '5 Jan 2027', '61 of 80'],
    ]);
  });

  it('reads the same in German, engine texts rendered in German', () => {
    expect(german.heading).toBe('Ihre Tests');
    const bounds = checklist(german)[1];
    expect(bounds?.status).toBe('Noch nicht erreicht');
    expect(bounds?.lines).toEqual([
      'Ziel: Ohne Schmerz, Schweregefühl, Ziehen oder Urinverlust geschafft',
      'Ihr letztes Ergebnis (05.01.2027): Symptome: Urinverlust und Schweregefühl',
    ]);
    expect(checklist(german)[2]?.status).toBe('Noch zu testen');
    expect(row(german, 'Sprünge nach vorn ×10')).toEqual([
      'Sprünge nach vorn ×10',
      '05.01.2027',
      'Nicht geschafft · Symptome: Urinverlust und Schweregefühl',
    ]);
    expect(row(german, 'LEFS-Score')?.[2]).toBe('61 von 80');
    expect(rows(german)[0]?.[0]).toBe('Für Geh-Lauf-Intervalle');
  });

  it('is in the HTML rendering too', () => {
    const html = renderHtml(print(postnatal(POSTNATAL_TESTS), 'en'));
    expect(html).toContain('<strong>10 forward bounds, without symptoms</strong>');
    expect(html).toContain('Not managed · symptoms: leaking and heaviness');
  });

  it('lists the tests still to come without a results table when nothing is recorded yet', () => {
    const section = testsOf(print(postnatal(undefined), 'en'));
    expect(section.newPage).toBe(false);
    expect(only(section, 'table')).toEqual([]);
    expect(checklist(section).every((i) => i.status === 'Still to be tested')).toBe(true);
    expect(checklist(section).map((i) => i.title)).toContain(
      'Pelvic floor assessed; no leaking, heaviness or dragging',
    );
  });
});

describe('"Your tests": ACL client with a hop LSI of 82%', () => {
  const english = testsOf(print(acl(), 'en'));
  const german = testsOf(print(acl(), 'de'));

  it('prints the latest hop result per side with the symmetry in plain words', () => {
    expect(row(english, 'Single hop for distance')).toEqual([
      'Single hop for distance',
      '25 Nov 2026',
      'Left 150 cm · right 183 cm · pain 1/10\nYour injured side reaches 82% of the other side.',
    ]);
    expect(row(german, 'Einbeiniger Weitsprung')?.[2]).toBe(
      'Links 150 cm · rechts 183 cm · Schmerz 1/10\nIhre verletzte Seite erreicht 82 % der anderen Seite.',
    );
    // The earlier result (28 Oct) is history: one row per test.
    expect(rows(english).filter((cells) => cells[0] === 'Single hop for distance')).toHaveLength(1);
  });

  it('says the hop symmetry holds back the next step: the threshold and the latest result', () => {
    const [hops] = checklist(english);
    expect(hops?.title).toBe('Hop tests close to the other leg before speed, hills and uneven ground');
    expect(hops?.status).toBe('Not yet reached');
    expect(hops?.lines).toEqual([
      'Target: LSI at least 90% in every hop test recorded',
      'Your latest result (25 Nov 2026): Single hop for distance: LSI 82%; Triple hop for distance: LSI 88.5%',
    ]);
    expect(checklist(german)[0]?.lines[0]).toBe('Ziel: LSI mindestens 90 % in jedem erfassten Sprungtest');
  });

  it('groups the hop tests under the step they decide and the rest as other results', () => {
    expect(rows(english).map((cells) => cells[0])).toEqual([
      'For full training (speed and hills)',
      'Single hop for distance',
      'Triple hop for distance',
      'Other results',
      'Knee extension deficit',
      'Knee flexion, % of the other side',
      'Effusion (stroke test)',
      'VISA-A score',
    ]);
    expect(row(english, 'Knee extension deficit')?.[2]).toBe('0°');
    expect(row(english, 'Effusion (stroke test)')?.[2]).toBe('trace');
    expect(row(german, 'Erguss (Stroke-Test)')?.[2]).toBe('Spur');
  });

  it('prints questionnaires as scores only, never their text', () => {
    expect(row(english, 'VISA-A score')).toEqual(['VISA-A score', '25 Nov 2026', '64 of 100']);
    const texts = documentTexts(print(acl(), 'en')).join('\n');
    for (const id of ['visa_a', 'lefs', 'koos_pain'] as const)
      expect(texts).not.toContain(ASSESSMENT_TESTS[id].how.en);
  });

  it('compares the weaker side with the stronger when no single side is injured', () => {
    const section = testsOf(print(acl('both'), 'en'));
    expect(row(section, 'Single hop for distance')?.[2]).toBe(
      'Left 150 cm · right 183 cm · pain 1/10\nYour weaker side reaches 82% of the stronger side.',
    );
  });
});

describe('"Your tests" is left out', () => {
  it('for a client with no recorded tests and no checkpoint waiting for one', () => {
    const document = buildDocument(fixtureInput());
    expect(document.sections.map((s) => s.id)).not.toContain('tests');
    expect(documentTexts(document)).not.toContain('Your tests');
  });

  it('for an engine programme whose checkpoints carry no test-based criteria', () => {
    const request = postnatal(undefined);
    const programme = generatePlan(request);
    const stripped = {
      ...programme,
      checkpoints: programme.checkpoints.map((c) => ({
        ...c,
        criteria: c.criteria.map(({ assessment: _assessment, ...rest }) => rest),
      })),
    };
    const document = buildDocument(fixtureInput({ request, programme: stripped }));
    expect(document.sections.map((s) => s.id)).not.toContain('tests');
  });
});
