/**
 * Message lookup for the engine's plain-language texts. Catalogues are data (en.ts, de.ts with the
 * same keys); `{name}` placeholders are filled from params. Dates and numbers are formatted per
 * locale here so texts never show raw ISO dates to a client.
 */
import type { DayNumber } from '../dates';
import { dateParts } from '../dates';
import type { Locale } from '../types';
import type { ExerciseId } from '../exercises/library';
import { EXERCISES } from '../exercises/library';
import type { AssessmentTestId } from '../assessments/tests';
import { ASSESSMENT_TEST_IDS, ASSESSMENT_TESTS } from '../assessments/tests';
import { de } from './de';
import type { MessageKey as CatalogueKey } from './en';
import { en } from './en';

/** An exercise's name or cue, kept in the exercise library (both languages side by side). */
export type ExerciseMessageKey = `exercise.${ExerciseId}.name` | `exercise.${ExerciseId}.cue`;

/** A test's name or instructions, kept in the test catalogue (both languages side by side). */
export type TestMessageKey = `test.${AssessmentTestId}.name` | `test.${AssessmentTestId}.how`;

/** Every message id: the catalogue keys (en.ts, de.ts), the exercise library's and the test catalogue's texts. */
export type MessageKey = CatalogueKey | ExerciseMessageKey | TestMessageKey;

export type MessageParams = Readonly<Record<string, string | number>>;

function exerciseTexts(locale: Locale): Record<ExerciseMessageKey, string> {
  const out: Partial<Record<ExerciseMessageKey, string>> = {};
  for (const [id, def] of Object.entries(EXERCISES) as Array<[ExerciseId, (typeof EXERCISES)[ExerciseId]]>) {
    out[`exercise.${id}.name`] = def.name[locale];
    out[`exercise.${id}.cue`] = def.cue[locale];
  }
  return out as Record<ExerciseMessageKey, string>;
}

function testTexts(locale: Locale): Record<TestMessageKey, string> {
  const out: Partial<Record<TestMessageKey, string>> = {};
  for (const id of ASSESSMENT_TEST_IDS) {
    out[`test.${id}.name`] = ASSESSMENT_TESTS[id].name[locale];
    out[`test.${id}.how`] = ASSESSMENT_TESTS[id].how[locale];
  }
  return out as Record<TestMessageKey, string>;
}

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en: { ...en, ...exerciseTexts('en'), ...testTexts('en') },
  de: { ...de, ...exerciseTexts('de'), ...testTexts('de') },
};

/** Whether `id` is a message id of this version's catalogues. */
export function hasMessage(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, id);
}

/** The template of `key` in `locale` split into literal text (even indexes) and placeholders. */
export function templateParts(locale: Locale, key: MessageKey): readonly string[] {
  const byKey = PARTS_BY_KEY[locale];
  let parts = byKey.get(key);
  if (!parts) {
    parts = compile(CATALOGUES[locale][key]);
    byKey.set(key, parts);
  }
  return parts;
}

// By key as well: looking a key up in the large catalogue objects (several hundred keys) took
// about 6% of generatePlan in profiles, more than filling the templates in.
const PARTS_BY_KEY = { en: new Map<MessageKey, Compiled>(), de: new Map<MessageKey, Compiled>() };

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template split into literal text (even indexes) and placeholder names (odd indexes). */
type Compiled = readonly string[];

// Memoised per template: splitting is pure, and the planner fills the same templates thousands
// of times per programme.
const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    compiled.set(template, parts);
  }
  return parts;
}

/** The text of `key` in `locale` with its placeholders filled; a missing param stays visible. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const parts = compile(CATALOGUES[locale][key]);
  if (parts.length === 1) return parts[0] ?? '';
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 0) {
      out += part;
    } else {
      const value = params[part];
      out += value === undefined ? `{${part}}` : String(value);
    }
  }
  return out;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `18 Dec 2026` in English, `18.12.2026` in German. */
export function formatDate(locale: Locale, day: DayNumber): string {
  const { year, month, day: dom } = dateParts(day);
  return formatDateParts(locale, year, month, dom);
}

/** formatDate for a `YYYY-MM-DD` date. */
export function formatIsoDate(locale: Locale, date: string): string {
  return formatDateParts(
    locale,
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

function formatDateParts(locale: Locale, year: number, month: number, dom: number): string {
  if (locale === 'de') return `${String(dom).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  return `${dom} ${MONTHS_EN[month - 1] ?? ''} ${year}`;
}

/** Up to one decimal; German uses a decimal comma. */
export function formatNumber(locale: Locale, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return locale === 'de' ? text.replace('.', ',') : text;
}

/** Joins list items: `a, b and c` / `a, b und c`. */
export function formatList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1] ?? ''}`;
}

/** Every placeholder name used in a template, sorted (for the catalogue completeness test). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}
