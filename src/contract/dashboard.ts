import { z } from 'zod';
import { CLEARANCE_LEVELS, INJURY_TYPES, PAIN_LIGHTS, PROGRAMME_STATUSES, SIDES } from '../engine/types';
import { calendarDate } from './dates';
import { oneOf, wholeNumber } from './fields';

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
});

export type DashboardCounts = z.infer<typeof dashboardCountsSchema>;

export const dashboardOutputSchema = z.object({
  /** The local date the flags were computed for. */
  today: calendarDate,
  /** Over every active client, whatever the filter and query. */
  counts: dashboardCountsSchema,
  /** How many active clients match the filter and query (all pages). */
  total: z.number().int(),
  /** This page of the matching clients, by name (then id). */
  rows: z.array(dashboardRowSchema),
});

/** The most rows one dashboard.get answers with. */
export const DASHBOARD_PAGE_MAX = 500;

export type Dashboard = z.infer<typeof dashboardOutputSchema>;

export const dashboardChannels = {
  'dashboard.get': {
    input: z.object({
      filter: oneOf(dashboardFilters, 'Filter').default('all'),
      /** Matches name, email, phone and group names, case-insensitively. */
      query: z.string().trim().max(120, { error: 'Search must be at most 120 characters' }).default(''),
      /** The page: at most `limit` matching clients, after skipping `offset` of them. */
      limit: wholeNumber('Limit', 1, DASHBOARD_PAGE_MAX).default(100),
      offset: z
        .number({ error: 'Offset is required' })
        .int({ error: 'Offset must be a whole number' })
        .min(0, { error: 'Offset must be at least 0' })
        .default(0),
    }),
    output: dashboardOutputSchema,
  },
} as const;
