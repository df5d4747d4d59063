import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/backend/pdf/build-document';
import { SECTION_IDS, type DocBlock } from '../../../src/backend/pdf/types';
import { TISSUE_LIMITS } from '../../../src/engine/protocols/tissue-limits';
import { documentTexts, section, sectionTexts } from '../../fixtures/pdf/document-text';
import {
  fixtureInput,
  fixtureOptions,
  fixtureProgramme,
  fixtureRequest,
} from '../../fixtures/pdf/programme-fixture';

const doc = buildDocument(fixtureInput());

function blocksOf<T extends DocBlock['type']>(blocks: DocBlock[], type: T): Extract<DocBlock, { type: T }>[] {
  return blocks.filter((b): b is Extract<DocBlock, { type: T }> => b.type === type);
}

describe('buildDocument: structure', () => {
  it('has every section of issue 6 §2, in order (status and tests only when needed)', () => {
    const ids = doc.sections.map((s) => s.id);
    expect(ids).toEqual(SECTION_IDS.filter((id) => id !== 'status' && id !== 'tests'));
    const order = ids.map((id) => SECTION_IDS.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('opens with the clinic branding and the client name', () => {
    const texts = sectionTexts(section(doc, 'header'));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Riverside Physiotherapy',
        'Clinician: Jo Physio',
        '01234 567890',
        'Prepared for Anna Example',
      ]),
    );
  });

  it('summarises injury, clearance (who, when, review), restrictions in force with until-dates, and the goal', () => {
    const rows = blocksOf(section(doc, 'summary').blocks, 'key_values')[0]?.rows ?? [];
    const value = (label: string): string => rows.find((r) => r.label === label)?.value ?? '';
    expect(value('Injury')).toBe('Achilles tendinopathy, left');
    expect(value('Clearance')).toBe('Cleared for walk-run – given by J. Physio on 20 Nov 2026');
    expect(value('Next review')).toBe('Fri 18 Dec 2026 with Jo Physio');
    // The note's no_speed ended on 25 Nov and its no_hills ends on 18 Dec, but both are defaults of
    // Achilles tendinopathy that last until full clearance: printed as such, once each.
    expect(value('Restrictions')).toBe(
      [
        'Sessions of at most 45 min',
        'No hills – standard for this injury until full clearance',
        'No fast running or strides – standard for this injury until full clearance',
      ].join('\n'),
    );
    expect(value('Goal')).toBe('10 km run on Sun 2 May 2027');
    // The fixture's only warning is for the clinician: nothing to note for the client.
    expect(rows.map((r) => r.label)).not.toContain('Please note');
  });

  it('puts the footer texts (page x of y, print date, disclaimer) on the document', () => {
    expect(doc.footer.pageLabel).toBe('Page {page} of {pages}');
    expect(doc.footer.printed).toBe('Printed 1 Dec 2026');
    expect(doc.footer.disclaimer.length).toBeGreaterThan(20);
  });
});

describe('buildDocument: weeks', () => {
  it('lists every session in the week table, locked ones muted and marked "after review"', () => {
    const table = blocksOf(section(doc, 'weeks').blocks, 'table')[0];
    const sessions = fixtureProgramme.weeks.flatMap((w) => w.sessions);
    expect(table?.rows).toHaveLength(sessions.length);
    const locked = table?.rows.filter((r) => r.muted) ?? [];
    expect(locked).toHaveLength(sessions.filter((s) => s.locked).length);
    expect(locked.every((r) => r.cells[3]?.endsWith('(after review)'))).toBe(true);
    expect(table?.rows[0]?.cells).toEqual(['Week 1', '1 Dec', 'Tue', 'Walk-run, stage 1', '30', '3/10']);
  });

  it('details only the unlocked weeks and summarises the rest as "after your review on <date>"', () => {
    const sessions = section(doc, 'sessions');
    const headings = blocksOf(sessions.blocks, 'subheading').map((b) => b.text);
    expect(headings).toEqual([
      'Week 1 · 1 Dec – 7 Dec 2026 · Walk-run',
      'Week 2 · 8 Dec – 14 Dec 2026 · Walk-run',
      'Week 3 · 15 Dec – 21 Dec 2026 · Walk-run',
    ]);
    const cards = blocksOf(sessions.blocks, 'sessions').flatMap((b) => b.cards);
    expect(cards).toHaveLength(12);
    expect(cards[0]).toMatchObject({ date: 'Tue 1 Dec 2026', title: 'Walk-run, stage 1' });
    const later = section(doc, 'after_review');
    expect(sectionTexts(later)).toContain(
      'Weeks 4–6 (22 Dec – 11 Jan 2027): Continuous running – after your review on 18 Dec 2026',
    );
  });

  it('shows the phase timeline with the locked phase marked', () => {
    const timeline = blocksOf(section(doc, 'timeline').blocks, 'timeline')[0];
    expect(timeline?.items.map((i) => [i.label, i.weeks, i.locked])).toEqual([
      ['Walk-run', 3, false],
      ['Continuous running', 3, true],
    ]);
  });

  it('draws a bar for walking and running sessions only', () => {
    const cards = blocksOf(section(doc, 'sessions').blocks, 'sessions').flatMap((b) => b.cards);
    const withBar = cards.filter((c) => c.bar !== null).map((c) => c.title);
    expect(new Set(withBar)).toEqual(
      new Set(['Walk-run, stage 1', 'Walk-run, stage 2', 'Walk-run, stage 3']),
    );
    expect(cards.find((c) => c.title === 'Walk-run, stage 1')?.steps).toBe(
      'Warm-up 5 min · 4 × (run 1 min, walk 4 min) · cool-down 5 min',
    );
  });

  it('details a fully locked current week rather than printing nothing to do now', () => {
    const allLocked = {
      ...fixtureProgramme,
      status: 'awaiting_clearance' as const,
      weeks: fixtureProgramme.weeks.slice(3),
    };
    const locked = buildDocument(
      fixtureInput({ programme: allLocked, request: { ...fixtureRequest, today: '2026-12-22' } }),
    );
    const headings = blocksOf(section(locked, 'sessions').blocks, 'subheading').map((b) => b.text);
    expect(headings).toEqual(['Week 4 · 22 Dec – 28 Dec 2026 · Continuous running']);
    expect(sectionTexts(section(locked, 'sessions'))).toContain(
      'Tue 22 Dec 2026: Easy run – after your review on 18 Dec 2026',
    );
  });

  it('leaves weeks that are over out of the details and the log', () => {
    const later = buildDocument(fixtureInput({ request: { ...fixtureRequest, today: '2026-12-09' } }));
    const headings = blocksOf(section(later, 'sessions').blocks, 'subheading').map((b) => b.text);
    expect(headings[0]).toMatch(/^Week 2 /);
    const log = blocksOf(section(later, 'log').blocks, 'log_sheet')[0];
    expect(log?.rows[0]?.[0]).toBe('Thu 10 Dec');
  });
});

describe('buildDocument: pain guide and status', () => {
  it('takes the pain limits from programme.painGuide (the injury’s tissue class)', () => {
    const texts = sectionTexts(section(doc, 'pain_guide')).join('\n');
    expect(texts).toContain('Your limit during activity is 5/10.');
    expect(texts).toContain('no more than 3/10');
    expect(texts).toContain('Pain above 5/10');
  });

  it.each(Object.entries(TISSUE_LIMITS))('uses the %s limits', (tissue, limits) => {
    const programme = {
      ...fixtureProgramme,
      painGuide: {
        tissue: tissue as 'bone',
        duringMax: limits.duringMax,
        preferredMax: limits.preferredMax,
        text: '',
      },
    };
    const light = blocksOf(
      section(buildDocument(fixtureInput({ programme })), 'pain_guide').blocks,
      'traffic_light',
    )[0];
    expect(light?.rows.map((r) => r.tone)).toEqual(['success', 'warning', 'danger']);
    expect(light?.rows[2]?.text).toContain(`Pain above ${limits.duringMax}/10`);
    if (limits.preferredMax === 0) expect(light?.rows[0]?.text).toMatch(/^No pain at the injury/);
    else expect(light?.rows[0]?.text).toContain(`no more than ${limits.preferredMax}/10`);
  });

  it('lists red flags, with the pelvic floor ones only after childbirth', () => {
    const flags = (type: typeof fixtureRequest.injury.type): string =>
      sectionTexts(
        section(
          buildDocument(
            fixtureInput({ request: { ...fixtureRequest, injury: { ...fixtureRequest.injury, type } } }),
          ),
          'pain_guide',
        ),
      ).join('\n');
    expect(flags('achilles_tendinopathy')).toContain('Pain at night');
    expect(flags('achilles_tendinopathy')).not.toContain('pelvic health physiotherapist');
    expect(flags('postnatal')).toContain('Ask to be seen by a pelvic health physiotherapist.');
    expect(flags('acl_reconstruction')).toContain('A swollen knee after running.');
  });

  it.each([
    ['refer', 'danger', 'Running is paused – please contact your clinician'],
    ['awaiting_clearance', 'warning', 'Not yet cleared to run'],
  ] as const)('says prominently, right after the header, when the status is %s', (status, tone, title) => {
    const document = buildDocument(fixtureInput({ programme: { ...fixtureProgramme, status } }));
    expect(document.sections[1]?.id).toBe('status');
    expect(document.sections[1]?.blocks[0]).toMatchObject({ type: 'banner', tone, title });
  });

  it('shows the clinician’s time-gate override', () => {
    const request = { ...fixtureRequest, clearance: { ...fixtureRequest.clearance, overrideTimeGate: true } };
    const texts = sectionTexts(section(buildDocument(fixtureInput({ request })), 'summary'));
    expect(texts).toContain('J. Physio has lifted the usual waiting time after this injury.');
  });
});

describe('buildDocument: exercises, tips, log, signature', () => {
  it('lists each exercise once with sets, reps or seconds and a cue', () => {
    const table = blocksOf(section(doc, 'exercises').blocks, 'table')[0];
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['Single-leg calf raise, straight knee', '3', '12 reps', 'Full height, lower over three seconds.'],
      ['Calf raise hold', '5', '45 s', 'Halfway up and hold.'],
    ]);
  });

  it('gives seven tips and names the client’s own cross-training', () => {
    const tips = blocksOf(section(doc, 'tips').blocks, 'tips')[0]?.items ?? [];
    expect(tips.map((t) => t.title)).toEqual([
      'Pace by effort',
      'Strength work',
      'Cross-training',
      'Food and drink',
      'Running form',
      'Recovery',
      'Shoes and gear',
    ]);
    expect(tips[2]?.text).toContain('cycling and swimming');
  });

  it('prints the log sheet with the pain columns, pre-filled with the coming sessions', () => {
    const log = blocksOf(section(doc, 'log').blocks, 'log_sheet')[0];
    expect(log?.columns.map((c) => c.label)).toEqual([
      'Date',
      'Session',
      'Done',
      'Pain during',
      'after',
      'next morning',
      'Note',
    ]);
    expect(log?.rows[0]?.slice(0, 2)).toEqual(['Tue 1 Dec', 'Walk-run, stage 1']);
    expect(log?.rows.some((r) => r.every((cell) => cell === ''))).toBe(true);
  });

  it('ends with a signature line for the clinician, kept on one page', () => {
    const last = doc.sections[doc.sections.length - 1];
    expect(last?.id).toBe('signature');
    expect(last?.keepTogether).toBe(true);
    expect(sectionTexts(last!)).toContain('Clinician: Jo Physio');
  });
});

describe('buildDocument: options', () => {
  it('gives goal distances in miles as well when units are miles', () => {
    const request = { ...fixtureRequest, goal: { kind: 'half_marathon' as const, date: null } };
    const miles = buildDocument(fixtureInput({ request, options: { ...fixtureOptions, units: 'mi' } }));
    expect(documentTexts(miles)).toContain('Half marathon (21.1 km (13.1 mi))');
    expect(documentTexts(miles).join('\n')).toContain('370–500 mi');
  });

  it('writes German dates, decimal commas and headings', () => {
    const request = { ...fixtureRequest, goal: { kind: 'half_marathon' as const, date: '2027-05-02' } };
    const german = buildDocument(
      fixtureInput({ request, options: { ...fixtureOptions, locale: 'de', units: 'mi' } }),
    );
    const texts = documentTexts(german);
    expect(german.sections.map((s) => s.heading).filter(Boolean)).toContain(
      'Auf den Schmerz hören: die Ampel',
    );
    expect(texts).toContain('Halbmarathon (21,1 km (13,1 mi)) am So., 02.05.2027');
    expect(texts).toContain('Di., 01.12.2026');
    expect(texts).toContain('Gedruckt am 01.12.2026');
  });

  it('is a pure function of its input', () => {
    expect(buildDocument(fixtureInput())).toEqual(doc);
  });
});
