/**
 * Wording of the calendar and watch exports, in the languages the engine speaks. The engine's own
 * texts (titles, talk tests, explanations, the pain guide) arrive as messages inside the
 * programme (rendered in the export's language); this catalogue only adds the words around them.
 */
import type { Locale, SimpleBlockType, Surface } from '../../engine/types';

export interface ExportTexts {
  /** Calendar name shown by calendar apps: {client}. */
  calendarName: string;
  /** First description line: {title}, {minutes}. */
  heading: string;
  /** {rpe} is "3" or "3–4"; {talk} is the engine's talk test. */
  effort: string;
  steps: string;
  /** One repeat group: {times}, {steps}. */
  repeat: string;
  exercises: string;
  surface: string;
  why: string;
  /** {text} is the engine's pain guide for the tissue. */
  painRule: string;
  /** {max}, {preferred}: the tissue's limits out of 10. */
  painLimit: string;
  /** Footer: {clinic}. */
  footer: string;
  minute: string;
  second: string;
  /** Labels of the timed blocks as a person reads them. */
  blocks: Readonly<Record<SimpleBlockType, string>>;
  /** Short step names for a watch screen. */
  stepNames: Readonly<Record<SimpleBlockType, string>>;
  /** Notes under each watch step. */
  stepNotes: Readonly<Record<SimpleBlockType, string>>;
  surfaces: Readonly<Record<Surface, string>>;
}

const en: ExportTexts = {
  calendarName: 'Return to running – {client}',
  heading: '{title} · {minutes}',
  effort: 'Effort: RPE {rpe} out of 10 – talk test: {talk}',
  steps: 'Steps',
  repeat: '{times} times: {steps}',
  exercises: 'Exercises',
  surface: 'Where',
  why: 'Why',
  painRule: 'Pain rule: {text}',
  painLimit: 'Stop and tell your physio if pain goes above {max}/10 (aim for {preferred}/10 or less).',
  footer: 'Planned with {clinic}',
  minute: 'min',
  second: 's',
  blocks: {
    warmup: 'Warm-up: brisk walk',
    cooldown: 'Cool-down: easy walk',
    walk: 'Walk',
    run: 'Run easy',
    steady: 'Run steady',
    stride: 'Stride',
    hill: 'Run uphill',
    activity: 'Activity',
  },
  stepNames: {
    warmup: 'Warm-up',
    cooldown: 'Cool-down',
    walk: 'Walk',
    run: 'Run',
    steady: 'Steady run',
    stride: 'Stride',
    hill: 'Hill',
    activity: 'Activity',
  },
  stepNotes: {
    warmup: 'Brisk walk',
    cooldown: 'Easy walk',
    walk: 'Walk briskly and recover',
    run: 'Easy, you can talk',
    steady: 'A little quicker, still in control',
    stride: 'Quick and light, not a sprint',
    hill: 'Steady effort uphill, walk back down',
    activity: 'Steady effort',
  },
  surfaces: {
    any: 'any easy route',
    flat: 'a flat route',
    soft: 'a soft surface such as grass or a track',
    flat_soft: 'a flat, soft surface',
    treadmill: 'a treadmill',
    hills: 'a gentle hill',
  },
};

const de: ExportTexts = {
  calendarName: 'Zurück zum Laufen – {client}',
  heading: '{title} · {minutes}',
  effort: 'Anstrengung: RPE {rpe} von 10 – Sprechtest: {talk}',
  steps: 'Ablauf',
  repeat: '{times}-mal: {steps}',
  exercises: 'Übungen',
  surface: 'Wo',
  why: 'Warum',
  painRule: 'Schmerzregel: {text}',
  painLimit:
    'Aufhören und der Physiotherapie Bescheid geben, wenn der Schmerz über {max}/10 steigt (Ziel: höchstens {preferred}/10).',
  footer: 'Geplant mit {clinic}',
  minute: 'Min.',
  second: 'Sek.',
  blocks: {
    warmup: 'Aufwärmen: zügig gehen',
    cooldown: 'Auslaufen: locker gehen',
    walk: 'Gehen',
    run: 'Locker laufen',
    steady: 'Zügiger laufen',
    stride: 'Steigerungslauf',
    hill: 'Bergauf laufen',
    activity: 'Training',
  },
  stepNames: {
    warmup: 'Aufwärmen',
    cooldown: 'Auslaufen',
    walk: 'Gehen',
    run: 'Laufen',
    steady: 'Zügig laufen',
    stride: 'Steigerung',
    hill: 'Bergauf',
    activity: 'Training',
  },
  stepNotes: {
    warmup: 'Zügig gehen',
    cooldown: 'Locker gehen',
    walk: 'Zügig gehen und erholen',
    run: 'Locker, Sprechen geht',
    steady: 'Etwas schneller, noch kontrolliert',
    stride: 'Schnell und leicht, kein Sprint',
    hill: 'Gleichmäßig bergauf, zurück gehen',
    activity: 'Gleichmäßige Anstrengung',
  },
  surfaces: {
    any: 'eine beliebige leichte Strecke',
    flat: 'eine flache Strecke',
    soft: 'weicher Untergrund wie Wiese oder Bahn',
    flat_soft: 'flacher, weicher Untergrund',
    treadmill: 'ein Laufband',
    hills: 'ein sanfter Hügel',
  },
};

const CATALOGUES: Readonly<Record<Locale, ExportTexts>> = { en, de };

/** The export wording for a locale. */
export function exportTexts(locale: Locale): ExportTexts {
  return CATALOGUES[locale];
}

/** Fills `{name}` placeholders; an unknown name stays visible so a gap shows in review. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Minutes or seconds as a person reads them: "5 min", "1 min 30 s", "45 s" (and German). */
export function formatDuration(seconds: number, locale: Locale): string {
  const texts = exportTexts(locale);
  const whole = Math.round(seconds);
  const min = Math.floor(whole / 60);
  const sec = whole % 60;
  if (min === 0) return `${sec} ${texts.second}`;
  if (sec === 0) return `${min} ${texts.minute}`;
  return `${min} ${texts.minute} ${sec} ${texts.second}`;
}

/** A session's minutes (the engine gives two decimals) with the locale's decimal mark. */
export function formatMinutes(minutes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes);
  return `${number} ${exportTexts(locale).minute}`;
}
