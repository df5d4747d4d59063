import { z } from 'zod';
import { CLEARANCE_LEVELS, INJURY_TYPES, PAIN_LIGHTS, PROGRAMME_STATUSES, SIDES } from '../engine/types';
import { calendarDate } from './dates';
import { idOf, oneOf, wholeNumber } from './fields';

/**
 * The caseload flags, each relative to today's local date:
 * - `refer`: the latest programme's status is refer, or the last log's light is refer;
 * - `red_7d`: a red or refer light in a log dated within the last 7 days (today − 7 … today);
 * - `review_due`: the current clearance's review date is at most 7 days away, or past;
 * - `awaiting_clearance`: no clearance recorded, or the current one is not_cleared;
 * - `no_log_10d`: has a programme, and no log dated within the last 10 days;
 * - `ready_to_advance`: the latest programme is active and the last two logged sessions were both
 *   green (the engine counts two successes as a stage done, so the next step is up);
 * - `no_log_since_flare`: the programme is active or awaiting clearance, and it warned
 *   `no_log_since_flare` when it was last computed, or, counted against today, its last log was
 *   orange or red and is at least 10 days old (the engine's rule, so the flag appears without a
 *   recomputation);
 * - `stalled`: the programme warned `no_progress` when it was last computed (the running load has
 *   not progressed for 14+ days although sessions were logged).
 * - `criteria_met`: every test-based criterion of the next clearance step is met (E42) while the
 *   clearance is still below it: review the clearance;
 * - `retest_due`: a test-based criterion holds the plan back with a failed result, and that result
 *   is at least the clinic's re-test interval old (settings, 2 weeks by default): a result of
 *   1 December is due for a re-test from 15 December on.
 * - `morning_pain_due`: a session logged in the last 7 days (before today) still has its
 *   next-morning pain unknown: ask the client and add it to the log. A log of 6 December is due
 *   from 7 December and reminds until 13 December (the earliest such log counts).
 * New flags go at the end: a flag's position is its bit in the caseload queries.
 */
export const DASHBOARD_FLAGS = [
  'refer',
  'red_7d',
  'review_due',
  'awaiting_clearance',
  'no_log_10d',
  'ready_to_advance',
  'no_log_since_flare',
  'stalled',
  'criteria_met',
  'retest_due',
  'morning_pain_due',
] as const;
export type DashboardFlag = (typeof DASHBOARD_FLAGS)[number];

export const dashboardFilters = ['all', ...DASHBOARD_FLAGS] as const;
export type DashboardFilter = (typeof dashboardFilters)[number];

/** One client's line on the dashboard and in a group roster. */
export const dashboardRowSchema = z.object({
  clientId: z.number().int(),
  name: z.string(),
  archived: z.boolean(),
  groups: z.array(z.string()),
  injuryType: z.enum(INJURY_TYPES).nullable(),
  side: z.enum(SIDES).nullable(),
  clearanceLevel: z.enum(CLEARANCE_LEVELS).nullable(),
  reviewDate: calendarDate.nullable(),
  programmeStatus: z.enum(PROGRAMME_STATUSES).nullable(),
  currentStage: z.number().int().nullable(),
  lastLight: z.enum(PAIN_LIGHTS).nullable(),
  lastLogDate: calendarDate.nullable(),
  flags: z.array(z.enum(DASHBOARD_FLAGS)),
});

export type DashboardRow = z.infer<typeof dashboardRowSchema>;

export const dashboardCountsSchema = z.object({
  active: z.number().int(),
  refer: z.number().int(),
  red7d: z.number().int(),
  reviewDue: z.number().int(),
  awaitingClearance: z.number().int(),
  noLog10d: z.number().int(),
  readyToAdvance: z.number().int(),
  noLogSinceFlare: z.number().int(),
  stalled: z.number().int(),
  criteriaMet: z.number().int(),
  retestDue: z.number().int(),
  morningPainDue: z.number().int(),
});

export type DashboardCounts = z.infer<typeof dashboardCountsSchema>;

/**
 * Where a page of the caseload starts: the first or last page, or the page after (next) or before
 * (previous) the row a cursor names. Pages are found by key (the list's order: sort name, then
 * id), not by counting rows from the start, so the last of a hundred thousand clients comes as fast
 * as the first, and a client added or removed meanwhile shifts no page.
 */
export const CASELOAD_PAGES = ['first', 'next', 'previous', 'last'] as const;
export type CaseloadPage = (typeof CASELOAD_PAGES)[number];

/** A row's place in the list order: its sort name (lower case, accents folded) and id. */
export interface CaseloadKey {
  sortName: string;
  id: number;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (char) => char.charCodeAt(0)),
  );
}

/** The opaque cursor of a row (the UI hands it back as it got it). */
export function encodeCaseloadCursor(key: CaseloadKey): string {
  return toBase64Url(JSON.stringify([key.sortName, key.id]));
}

/** The key a cursor names, or null when it is not a cursor this contract made. */
export function decodeCaseloadCursor(cursor: string): CaseloadKey | null {
  try {
    const value: unknown = JSON.parse(fromBase64Url(cursor));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [sortName, id] = value as unknown[];
    if (typeof sortName !== 'string' || typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
    return { sortName, id };
  } catch {
    return null;
  }
}

/** Where the answered page sits in the list: cursors of its first and last rows, and what lies around it. */
export const caseloadPageInfoSchema = z.object({
  /** The cursor of the page's first row (for `previous`), null for an empty page. */
  startCursor: z.string().nullable(),
  /** The cursor of the page's last row (for `next`), null for an empty page. */
  endCursor: z.string().nullable(),
  hasPrevious: z.boolean(),
  hasNext: z.boolean(),
});

export type CaseloadPageInfo = z.infer<typeof caseloadPageInfoSchema>;

export const dashboardOutputSchema = z.object({
  /** The local date the flags were computed for. */
  today: calendarDate,
  /** Over every active client, whatever the filter and query. */
  counts: dashboardCountsSchema,
  /** How many active clients match the filter and query (all pages). */
  total: z.number().int(),
  /** This page of the matching clients, by name (then id). */
  rows: z.array(dashboardRowSchema),
  page: caseloadPageInfoSchema,
});

/** The most rows one dashboard.get answers with. */
export const DASHBOARD_PAGE_MAX = 500;

export type Dashboard = z.infer<typeof dashboardOutputSchema>;

export const dashboardChannels = {
  'dashboard.get': {
    input: z
      .object({
        filter: oneOf(dashboardFilters, 'Filter').default('all'),
        /** Matches name, email, phone and group names, case-insensitively. */
        query: z.string().trim().max(120, { error: 'Search must be at most 120 characters' }).default(''),
        /** At most this many matching clients. */
        limit: wholeNumber('Limit', 1, DASHBOARD_PAGE_MAX).default(100),
        /** Which page: the first, the last, or the one after or before `cursor`. */
        page: oneOf(CASELOAD_PAGES, 'Page').default('first'),
        /** For `next`: the endCursor of the page shown; for `previous`: its startCursor. */
        cursor: z
          .string({ error: 'Cursor must be text' })
          .max(1000, { error: 'Cursor is not one this list made' })
          .transform((cursor, ctx) => {
            const key = decodeCaseloadCursor(cursor);
            if (key === null) ctx.addIssue({ code: 'custom', message: 'Cursor is not one this list made' });
            return key ?? z.NEVER;
          })
          .nullable()
          .default(null),
      })
      .superRefine((value, ctx) => {
        if ((value.page === 'next' || value.page === 'previous') && value.cursor === null) {
          ctx.addIssue({
            code: 'custom',
            path: ['cursor'],
            message: 'The next and previous pages need the cursor of the page shown',
          });
        }
      }),
    output: dashboardOutputSchema,
  },
  /**
   * One client's caseload line (archived clients too): the latest log's date and light, clearance,
   * stage and flags, exactly as the caseload shows them. The one source of "latest light" for the
   * client's own screens.
   */
  'caseload.get': {
    input: z.object({ clientId: idOf('A client id') }),
    output: dashboardRowSchema,
  },
} as const;
