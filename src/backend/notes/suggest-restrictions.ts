/**
 * Suggests restrictions from the words of an injury note, in English and German, for the
 * clinician to confirm ("No hills for 4 weeks" → no_hills until the note date + 28 days).
 *
 * Decisions, because notes are free text and a suggestion is only a proposal:
 * - A keyword suggests its restriction unless the same sentence clearly permits it ("hills are
 *   fine now", "may resume speed work", "Tempo wieder erlaubt"): a mention of hills in a physio's
 *   note is nearly always a limit, and a permission must not turn into its opposite.
 * - "Intervals" after walk/run ("walk-run intervals") is the ladder, not speed work.
 * - A duration ("for 4 weeks", "für 10 Tage", "until 2026-12-18", "bis 18.12.2026") applies to
 *   every restriction in its sentence. Weeks and days count from the note date, so a 4-week
 *   restriction from 20 Nov ends on 18 Dec (the plan-engine.md example); months are calendar months.
 * - A limit in minutes is on running when "run"/"laufen" stands next to it ("run max 10 min",
 *   "max 10 minutes of running"), otherwise on the whole session.
 * Pure: no clock; the note date comes in.
 */
import { addDays, isIsoDate } from '../../engine/dates';
import type { IsoDate, RestrictionCode } from '../../engine/types';

export interface Suggestion {
  code: RestrictionCode;
  value: number | null;
  until: IsoDate | null;
  /** The words that suggested it, as written. */
  match: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  ein: 1,
  eine: 1,
  einen: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwölf: 12,
};

const NUMBER = String.raw`\b(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\b`;

function toNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

interface FlagRule {
  code: RestrictionCode;
  pattern: RegExp;
}

// Lower-case text; \b does not know umlauts, so German words use explicit boundaries where it matters.
const FLAG_RULES: readonly FlagRule[] = [
  {
    code: 'no_hills',
    pattern: /\b(?:hills?|hilly|uphill|inclines?)\b|hügel\w*|bergauf|steigung\w*|anstieg\w*/,
  },
  { code: 'no_downhill', pattern: /\b(?:downhill|descents?)\b|bergab\w*|gefälle/ },
  {
    code: 'no_speed',
    pattern:
      /\b(?:speed(?:work)?|sprint\w*|tempo|strides|fast running|track sessions?)\b|(?<!walk[-/ ]?(?:run[-/ ]?)?)\bintervals?\b|(?<!geh[-/ ]?(?:lauf[-/ ]?)?)intervall\w*|schnelle? läufe/,
  },
  {
    code: 'no_consecutive_days',
    pattern:
      /\bconsecutive\b|\bback[- ]to[- ]back\b|\bdays? in a row\b|\bevery other day\b|\balternate days\b|aufeinanderfolgend\w*|hintereinander|jeden zweiten tag/,
  },
  {
    code: 'flat_surface',
    pattern: /\bflat\b|\blevel (?:ground|surfaces?)\b|\bflach\w*|ebene[mnr]? (?:untergrund|boden|strecke)/,
  },
  {
    code: 'soft_surface',
    pattern:
      /\bsoft (?:surfaces?|ground)\b|\bgrass\b|woodchip|weiche[mnr]? (?:untergrund|boden)|\brasen\b|waldboden/,
  },
  { code: 'treadmill_only', pattern: /\btreadmill\b|laufband/ },
  {
    code: 'no_cycling',
    pattern:
      /\b(?:no|avoid|without) (?:cycling|bike|biking|the bike|spinning)\b|(?:kein|keine|nicht|ohne) (?:rad\w*|fahrrad\w*)/,
  },
  { code: 'no_swimming', pattern: /\b(?:no|avoid|without) swim\w*|(?:kein|nicht|ohne) schwimm\w*/ },
  {
    code: 'no_impact_cross_training',
    pattern:
      /\bno (?:high[- ])?impact\b|\blow[- ]impact only\b|\bno (?:jumping|plyometrics?|hopping)\b|keine? (?:sprünge|springen|stoßbelastung\w*)/,
  },
];

/** Words that turn a mention into a permission in the same sentence. */
const PERMISSION =
  /\b(?:fine|ok|okay|allowed|permitted|can resume|may resume|resume|cleared for|no longer restricted|back to)\b|\berlaubt\b|in ordnung|\bwieder\b|freigegeben|\bkein problem\b/;

const UNIT_DAYS = /^(?:days?|tage?n?)$/;
const UNIT_WEEKS = /^(?:weeks?|wochen?)$/;

function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  // Clamp to the month's last day (31 Jan + 1 month → 28/29 Feb).
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The end date a sentence gives, counted from the note date, or null. */
function untilIn(sentence: string, noteDate: IsoDate): IsoDate | null {
  const iso = /\b(?:until|till|to|bis(?: zum)?)\s+(\d{4}-\d{2}-\d{2})\b/.exec(sentence);
  if (iso?.[1] && isIsoDate(iso[1])) return iso[1];
  const dotted = /\b(?:until|till|bis(?: zum)?)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(sentence);
  if (dotted) {
    const date = `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}`;
    if (isIsoDate(date)) return date;
  }
  const span = new RegExp(
    String.raw`\b(?:for(?: the next)?|next|für(?: die nächsten)?|die nächsten|nächste)\s+${NUMBER}\s+(days?|weeks?|months?|tage?n?|wochen?|monate?n?)\b`,
  ).exec(sentence);
  const count = toNumber(span?.[1]);
  const unit = span?.[2];
  if (count === null || unit === undefined || count <= 0) return null;
  if (UNIT_DAYS.test(unit)) return addDays(noteDate, count);
  if (UNIT_WEEKS.test(unit)) return addDays(noteDate, count * 7);
  return addMonths(noteDate, count);
}

interface Found {
  code: RestrictionCode;
  value: number | null;
  index: number;
  match: string;
}

const MINUTES = String.raw`(?:minutes?|mins?\.?|minuten|min\.?)`;
const AT_MOST = String.raw`(?:max(?:imum)?\.?|no more than|not more than|up to|at most|höchstens|maximal|bis zu|nicht mehr als)`;
const RUN_WORD = /\b(?:run|running|jog|jogging|laufen|lauf|laufzeit|joggen)\b/;

function minuteLimits(sentence: string): Found[] {
  const found: Found[] = [];
  const forward = new RegExp(String.raw`${AT_MOST}\s*(\d{1,3})\s*${MINUTES}(?:\s+(?:of\s+)?(\w+))?`, 'g');
  const backward = new RegExp(String.raw`(\d{1,3})\s*${MINUTES}\s+max(?:imum)?\b`, 'g');
  for (const pattern of [forward, backward]) {
    for (const match of sentence.matchAll(pattern)) {
      const value = Number(match[1]);
      const before = sentence.slice(Math.max(0, match.index - 14), match.index);
      const after = match[2] ?? '';
      const onRunning = RUN_WORD.test(before) || RUN_WORD.test(after);
      found.push({
        code: onRunning ? 'max_run_minutes' : 'max_session_minutes',
        value,
        index: match.index,
        match: match[0].trim(),
      });
    }
  }
  return found;
}

function sessionsPerWeek(sentence: string): Found[] {
  const pattern = new RegExp(
    String.raw`${NUMBER}\s*(?:x|×|times|sessions?|runs?|mal|einheiten|läufe)\s*(?:a|per|each|every|/|pro|je|in der)\s*(?:week|woche)`,
    'g',
  );
  const wordTimes =
    /\b(einmal|zweimal|dreimal|viermal|fünfmal|once|twice)\s+(?:a|per|pro|in der)\s+(?:week|woche)/g;
  const found: Found[] = [];
  for (const match of sentence.matchAll(pattern)) {
    const value = toNumber(match[1]);
    if (value !== null && value > 0) {
      found.push({ code: 'max_sessions_per_week', value, index: match.index, match: match[0] });
    }
  }
  const times: Record<string, number> = {
    einmal: 1,
    once: 1,
    zweimal: 2,
    twice: 2,
    dreimal: 3,
    viermal: 4,
    fünfmal: 5,
  };
  for (const match of sentence.matchAll(wordTimes)) {
    const value = times[match[1] ?? ''];
    if (value) found.push({ code: 'max_sessions_per_week', value, index: match.index, match: match[0] });
  }
  return found;
}

function painLimit(sentence: string): Found[] {
  const pattern =
    /\b(?:pain|schmerz\w*)\s+(?:limit(?:\s+of)?|up to|at most|no more than|max(?:imum)?\.?|below|under|bis|unter|höchstens|maximal|≤|<=?)\s*(\d{1,2})(?:\s*\/\s*10)?/g;
  const found: Found[] = [];
  for (const match of sentence.matchAll(pattern)) {
    const value = Number(match[1]);
    if (value <= 10) found.push({ code: 'pain_limit', value, index: match.index, match: match[0] });
  }
  return found;
}

/** Sentences: a full stop only ends one before a capital letter, so "max. 20 Minuten" stays whole. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ])|[\n;]+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Restrictions the text suggests, in the order they appear, each code at most once. */
export function suggestRestrictions(text: string, noteDate: IsoDate): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const seen = new Set<RestrictionCode>();
  for (const original of sentencesOf(text)) {
    const sentence = original.toLowerCase();
    const found: Found[] = [...minuteLimits(sentence), ...sessionsPerWeek(sentence), ...painLimit(sentence)];
    if (!PERMISSION.test(sentence)) {
      for (const rule of FLAG_RULES) {
        const match = rule.pattern.exec(sentence);
        if (match) found.push({ code: rule.code, value: null, index: match.index, match: match[0] });
      }
    }
    const until = untilIn(sentence, noteDate);
    found.sort((a, b) => a.index - b.index);
    for (const item of found) {
      if (seen.has(item.code)) continue;
      seen.add(item.code);
      suggestions.push({
        code: item.code,
        value: item.value,
        until,
        // Lower-casing keeps positions for the alphabets notes are written in.
        match: original.slice(item.index, item.index + item.match.length),
      });
    }
  }
  return suggestions;
}
