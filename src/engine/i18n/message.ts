/**
 * Language is a view: the engine's texts as message ids with locale-neutral arguments. The engine
 * attaches a Message next to every text it writes; the UI, the PDF and the exports render it in
 * the reader's language at display time with `renderMessage`. Pure TypeScript, importable from
 * the renderer and the backend alike.
 */
import type { DayNumber } from '../dates';
import { fromDay } from '../dates';
import type { IsoDate, Locale } from '../types';
import type { MessageKey } from './messages';
import { formatIsoDate, formatNumber, hasMessage, templateParts } from './messages';

/**
 * A message argument, never formatted for a language:
 * - a string is the person's own words (a name, a reason) and is shown verbatim;
 * - a number is formatted per locale (up to one decimal, a decimal comma in German);
 * - `{ date }` is a calendar date (`18 Dec 2026` / `18.12.2026`);
 * - `{ message }` is another message rendered in the same language (a modality, a light);
 * - `{ list }` joins its items (`a, b and c` / `a, b und c`; `join: 'semicolon'`: `a; b; c`).
 */
export type MessageArg =
  | string
  | number
  | { readonly date: IsoDate }
  | { readonly message: Message }
  | { readonly list: readonly MessageArg[]; readonly join?: 'semicolon' };

export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** A text as the engine means it: its catalogue id and its arguments. */
export interface Message {
  readonly id: MessageKey;
  readonly args?: MessageArgs;
}

function hasKeys(args: MessageArgs): boolean {
  for (const _ in args) return true;
  return false;
}

/** A message; empty arguments are left out. */
export function msg(id: MessageKey, args?: MessageArgs): Message {
  return args !== undefined && hasKeys(args) ? { id, args } : { id };
}

/** A nested message as an argument. */
export function sub(id: MessageKey, args?: MessageArgs): { readonly message: Message } {
  return { message: msg(id, args) };
}

// Date arguments are shared per day (immutable): a programme names the same few days often.
const DATE_ARGS = new Map<DayNumber, { readonly date: IsoDate }>();

/** A day as a date argument. */
export function dateArg(day: DayNumber): { readonly date: IsoDate } {
  let arg = DATE_ARGS.get(day);
  if (!arg) {
    if (DATE_ARGS.size > 50_000) DATE_ARGS.clear();
    arg = { date: fromDay(day) };
    DATE_ARGS.set(day, arg);
  }
  return arg;
}

/** A list argument, joined with "and" (or semicolons) in the reader's language. */
export function listArg(
  items: readonly MessageArg[],
  join?: 'semicolon',
): { readonly list: readonly MessageArg[]; readonly join?: 'semicolon' } {
  return join ? { list: items, join } : { list: items };
}

/** One argument in words. */
export function renderArg(locale: Locale, arg: MessageArg): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return formatNumber(locale, arg);
  if ('date' in arg) return formatIsoDate(locale, arg.date);
  if ('message' in arg) return renderMessage(locale, arg.message);
  const items = arg.list.map((item) => renderArg(locale, item));
  if (arg.join === 'semicolon') return items.join('; ');
  if (items.length <= 1) return items.join('');
  const and = locale === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1] ?? ''}`;
}

/** The message in words in `locale`; a missing argument stays visible as `{name}`. */
export function renderMessage(locale: Locale, message: Message): string {
  const parts = templateParts(locale, message.id);
  if (parts.length === 1) return parts[0] ?? '';
  const args = message.args;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 0) {
      out += part;
    } else {
      const value = args?.[part];
      out += value === undefined ? `{${part}}` : renderArg(locale, value);
    }
  }
  return out;
}

/** Whether a string is a message id this version knows. */
export function isMessageKey(id: string): id is MessageKey {
  return hasMessage(id);
}

/** Whether a value looks like a Message with a known id (for programmes read back from outside). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && isMessageKey(id);
}

/**
 * A text field for display: the message rendered in `locale` when there is one whose id is known,
 * else the text as the engine wrote it (older programmes, prints and snapshots carry only text).
 */
export function localised(locale: Locale, message: Message | null | undefined, fallback: string): string {
  if (!message || !isMessageKey(message.id)) return fallback;
  return renderMessage(locale, message);
}
