/**
 * Language is a view (issue 11, item 3): every text the engine writes carries its message, and
 * rendering that message in another language gives exactly what the engine writes in it. For the
 * examples and random requests (with logs and with clinician adjustments), derived in English and
 * in German: each text of the English programme, rendered in German, is the German programme's
 * text, and rendered in English, the English text. Message arguments are locale-neutral.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanRequest } from '../../../src/contract/plan';
import { generatePlan } from '../../../src/engine';
import type { Locale, PlanAdjustment, PlanRequest, Programme } from '../../../src/engine';
import type { Message, MessageArg } from '../../../src/engine/i18n/message';
import { renderMessage } from '../../../src/engine/i18n/message';
import { adjustedRequestArb } from '../../fixtures/adjustments.arbitrary';
import { planRequestArb, planRequestWithLogsArb } from '../../fixtures/plan-request.arbitrary';

const RUNS = Number(process.env.SAFETY_RUNS ?? 300);

interface Field {
  path: string;
  text: string;
  message: Message | undefined;
}

/** Every text a person reads in a programme, with the message that should say it. */
export function textFields(p: Programme): Field[] {
  const out: Field[] = [];
  p.weeks.forEach((w, wi) => {
    out.push({ path: `weeks[${wi}].focus`, text: w.focus, message: w.focusI18n });
    w.sessions.forEach((s, si) => {
      const at = `weeks[${wi}].sessions[${si}]`;
      out.push({ path: `${at}.title`, text: s.title, message: s.titleI18n });
      if (s.lockedReason !== null)
        out.push({ path: `${at}.lockedReason`, text: s.lockedReason, message: s.lockedReasonI18n });
      out.push({ path: `${at}.effort.talkTest`, text: s.effort.talkTest, message: s.effort.talkTestI18n });
      s.exercises.forEach((e, ei) => {
        out.push({ path: `${at}.exercises[${ei}].name`, text: e.name, message: e.nameI18n });
        out.push({ path: `${at}.exercises[${ei}].notes`, text: e.notes, message: e.notesI18n });
      });
      s.explain.forEach((e, ei) => out.push({ path: `${at}.explain[${ei}]`, text: e.text, message: e.i18n }));
    });
  });
  p.checkpoints.forEach((c, ci) =>
    c.criteria.forEach((k, ki) =>
      out.push({ path: `checkpoints[${ci}].criteria[${ki}]`, text: k.text, message: k.i18n }),
    ),
  );
  out.push({ path: 'painGuide', text: p.painGuide.text, message: p.painGuide.i18n });
  p.warnings.forEach((w, i) => out.push({ path: `warnings[${i}]`, text: w.message, message: w.i18n }));
  return out;
}

/** The same request asked in another language. */
const inLocale = (request: PlanRequest, locale: Locale): PlanRequest => ({ ...request, locale });

/** Checks one request; returns the first mismatch in words, or null. */
function mismatch(request: PlanRequest): string | null {
  const en = generatePlan(inLocale(request, 'en'));
  const de = generatePlan(inLocale(request, 'de'));
  const enFields = textFields(en);
  const deFields = textFields(de);
  if (enFields.length !== deFields.length) return `field count ${enFields.length} ≠ ${deFields.length}`;
  for (let i = 0; i < enFields.length; i++) {
    const e = enFields[i];
    const d = deFields[i];
    if (!e || !d) return `missing field ${i}`;
    if (e.path !== d.path) return `paths differ: ${e.path} / ${d.path}`;
    if (!e.message) return `${e.path}: no message for "${e.text}"`;
    if (renderMessage('en', e.message) !== e.text)
      return `${e.path}: en renders "${renderMessage('en', e.message)}", text is "${e.text}"`;
    if (renderMessage('de', e.message) !== d.text)
      return `${e.path}: de renders "${renderMessage('de', e.message)}", German text is "${d.text}"`;
    if (JSON.stringify(d.message) !== JSON.stringify(e.message))
      return `${e.path}: the message depends on the request's language`;
  }
  return null;
}

const FORMATTED_DATE = /\d{4}-\d\d-\d\d|\d\d?\.\d\d?\.\d{4}|\d{1,2} [A-Z][a-z]{2} \d{4}/;

/** Every string argument in a message, nested ones included (dates sit in `{ date }`, not here). */
function stringArgs(message: Message): string[] {
  const out: string[] = [];
  const visit = (arg: MessageArg): void => {
    if (typeof arg === 'string') out.push(arg);
    else if (typeof arg === 'number') return;
    else if ('message' in arg) for (const a of Object.values(arg.message.args ?? {})) visit(a);
    else if ('list' in arg) arg.list.forEach(visit);
  };
  for (const a of Object.values(message.args ?? {})) visit(a);
  return out;
}

function preformatted(request: PlanRequest): string | null {
  // The person's own words (names, reasons, note texts) are verbatim and may hold anything.
  const own = new Set<string>([
    request.client.name,
    request.clearance.by,
    ...request.notes.flatMap((n) => [n.author, n.text]),
    ...(request.adjustments ?? []).flatMap((a) => [a.by, a.reason]),
  ]);
  for (const f of textFields(generatePlan(request))) {
    if (!f.message) return `${f.path}: no message`;
    for (const s of stringArgs(f.message))
      if (!own.has(s) && FORMATTED_DATE.test(s)) return `${f.path}: pre-formatted date in "${s}"`;
  }
  return null;
}

const examples = join(import.meta.dirname, '../../../examples');
const exampleRequests = readdirSync(examples)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, parsed: parsePlanRequest(JSON.parse(readFileSync(join(examples, f), 'utf8'))) }))
  .flatMap(({ name, parsed }) => (parsed.ok ? [{ name, request: parsed.value }] : []));

describe('language is a view', () => {
  it('the examples folder holds plan requests', () => {
    expect(exampleRequests.length).toBeGreaterThanOrEqual(7);
  });

  it.each(exampleRequests)(
    '$name: every text is its message rendered, in English and German',
    ({ request }) => {
      expect(mismatch(request)).toBeNull();
      expect(preformatted(request)).toBeNull();
    },
  );

  it.each([
    ['random requests', planRequestArb],
    ['random requests with logs', planRequestWithLogsArb],
  ] as const)('%s: every text is its message rendered, in English and German', (_, arb) => {
    fc.assert(
      fc.property(arb, (request) => {
        const problem = mismatch(request) ?? preformatted(request);
        if (problem) throw new Error(problem);
      }),
      { numRuns: RUNS },
    );
  });

  it('random requests with clinician adjustments: every text is its message rendered', () => {
    fc.assert(
      fc.property(adjustedRequestArb, ({ request, adjustments }) => {
        const adjusted = { ...request, adjustments };
        const problem = mismatch(adjusted) ?? preformatted(adjusted);
        if (problem) throw new Error(problem);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('a session an adjustment keeps locked carries its reason as a message (found by the property above)', () => {
    const { request, adjustments } = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/adjusted-locked-session.json'), 'utf8'),
    ) as { request: PlanRequest; adjustments: PlanAdjustment[] };
    const adjusted = { ...request, adjustments };
    expect(mismatch(adjusted) ?? preformatted(adjusted)).toBeNull();
  });

  it('a missing message is caught: the check fails on a text without one', () => {
    const request = exampleRequests[0]?.request;
    if (!request) throw new Error('no example');
    const p = generatePlan(request);
    const first = p.weeks[0]?.sessions[0];
    if (!first) throw new Error('no session');
    delete first.titleI18n;
    expect(textFields(p).find((f) => f.path.endsWith('.title'))?.message).toBeUndefined();
  });

  it('renders dates, numbers, lists and nested messages per locale', () => {
    const m: Message = {
      id: 'explain.adjusted_shorten_clinician',
      args: { from: 32.5, minutes: 20, by: 'J. Physio', at: { date: '2026-12-18' }, reason: 'sore' },
    };
    expect(renderMessage('en', m)).toBe('Shortened from 32.5 to 20 min by J. Physio on 18 Dec 2026: sore.');
    expect(renderMessage('de', m)).toContain('18.12.2026');
    expect(renderMessage('de', m)).toContain('32,5');
    const list: Message = {
      id: 'explain.cross_excluded',
      args: {
        modalities: { list: [{ message: { id: 'modality.bike' } }, { message: { id: 'modality.swim' } }] },
      },
    };
    expect(renderMessage('en', list)).toBe(
      'Not planned: cycling and swimming (can aggravate this injury or restricted).',
    );
    expect(renderMessage('de', list)).toContain('Radfahren und Schwimmen');
  });
});
