/**
 * E41: the clinician's adjustments to the proposed plan (move, shorten, skip, swap a run for
 * cross-training, hold a week) as inputs of the engine. They are applied on every derivation and
 * find their session like a log does, by its date and family (log-matching.ts), so they survive a
 * re-plan. Each is checked by the rules the planner keeps (clearance, gates, restrictions, rest
 * days, spacing): an adjustment may lower the load or move it within its week, never raise it, and
 * never unlock a session. One that cannot be applied is left out and named in a warning.
 *
 * How: a week that carries adjustments is planned once as proposed (the base), the adjustments are
 * checked against it in order (`at`, then `id`), the week is planned again with them as directives,
 * and the result is compared with the base. An adjustment the result shows to be unsafe is refused
 * and the week planned again without it. Weeks without adjustments take none of these steps.
 */
import type { PlanContext, Said } from './context';
import { derivedFromRestrictions, restrictionsAt, said, text, warningText } from './context';
import type { MessageArg } from './i18n/message';
import { dateArg, listArg, sub } from './i18n/message';
import { formatNumber } from './i18n/messages';
import type { DayNumber } from './dates';
import { fromDay, toDay, weekdayOfDay } from './dates';
import type { LogFamily } from './log-matching';
import { familyOf } from './log-matching';
import { allowedModalities } from './rules/cross-training';
import { restrictedModalities } from './rules/restrictions';
import type { SessionSpec } from './session-factory';
import { crossSpec } from './session-factory';
import type { ProgressState } from './state';
import type {
  Block,
  Explanation,
  Modality,
  PlanAdjustment,
  Session,
  SessionAdjustment,
  Warning,
  Week,
} from './types';
import { WEEKDAYS } from './types';
import { totalsOf } from './week-summary';

/** Why an adjustment was not applied; each has a text `refused.<reason>` in both languages. */
export type RefusalReason =
  | 'not_in_plan'
  | 'past'
  | 'other_week'
  | 'rest_day'
  | 'goal_day'
  | 'consecutive_days'
  | 'strength_consecutive'
  | 'same_day'
  | 'not_shorter'
  | 'not_running'
  | 'no_modality'
  | 'locked'
  | 'clearance'
  | 'load';

/** What became of one adjustment (its position in the schedule's list) in a planned week. */
export interface AdjustmentOutcome {
  index: number;
  refused: RefusalReason | null;
  /** For `not_shorter`: the planned length. */
  minutes?: number;
}

/** The request's adjustments in the order they apply, and the programme week each falls in. */
export interface AdjustmentSchedule {
  list: readonly PlanAdjustment[];
  byWeek: ReadonlyMap<number, readonly number[]>;
}

/** What the planner does differently in one week. */
export type SessionDirective =
  | { type: 'shorten'; minutes: number; plannedRun: number }
  | { type: 'skip'; plannedRun: number }
  | { type: 'swap'; modality: Modality; minutes: number; plannedRun: number };

export interface WeekDirectives {
  hold: number | null;
  moves: { family: LogFamily; from: DayNumber; to: DayNumber; index: number }[];
  /** Shorten, skip and swap, by the session's final day and family. */
  sessions: Map<string, SessionDirective & { index: number }>;
  /** Days a moved session lands on that the client did not offer: planned anyway (clinician's call). */
  extraDays: Set<DayNumber>;
  /** The adjustments that shaped the session now at each day and family, in order. */
  notes: Map<string, number[]>;
}

/** The planner, as this module needs it (passed in, so the planner can call this module). */
export interface WeekPlanner {
  plan(st: ProgressState, directives: WeekDirectives | null): Week;
  /** Whether a run may follow a run on the day before (R3, E9, no_consecutive_days). */
  consecutiveAllowed(st: ProgressState, day: DayNumber): boolean;
}

export const slotKey = (day: DayNumber, family: LogFamily): string => `${day}|${family}`;

const isHold = (a: PlanAdjustment): boolean => a.action.type === 'hold_week';

function targetKey(a: PlanAdjustment, start: DayNumber): string {
  if (isHold(a)) return `week|${Math.floor((toDay(a.date) - start) / 7)}`;
  return `${a.date}|${(a as SessionAdjustment).kind}`;
}

/**
 * Orders the adjustments by `at`, then `id`, and drops any that a later one on the same session
 * (same date and family) or the same week (holds) replaces: the later decision wins.
 */
export function scheduleAdjustments(
  adjustments: readonly PlanAdjustment[] | undefined,
  start: DayNumber,
): AdjustmentSchedule | null {
  if (!adjustments || adjustments.length === 0) return null;
  const ordered = [...adjustments].sort((a, b) =>
    a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at < b.at ? -1 : 1,
  );
  const last = new Map<string, PlanAdjustment>();
  for (const a of ordered) last.set(targetKey(a, start), a);
  const list = ordered.filter((a) => last.get(targetKey(a, start)) === a);
  const byWeek = new Map<number, number[]>();
  list.forEach((a, index) => {
    const offset = toDay(a.date) - start;
    if (offset < 0) return;
    const week = Math.floor(offset / 7);
    byWeek.set(week, [...(byWeek.get(week) ?? []), index]);
  });
  return { list, byWeek };
}

// ---------------------------------------------------------------------------------------------
// Checking the adjustments against the week as proposed
// ---------------------------------------------------------------------------------------------

/** A session of the proposed week as the adjustments reshape it. */
interface Slot {
  day: DayNumber;
  family: LogFamily;
  origin: DayNumber;
  locked: boolean;
  duration: number;
  run: number;
}

interface WeekFrameInfo {
  weekStart: DayNumber;
  weekEnd: DayNumber;
  /** The state at the week's start. */
  start: ProgressState;
}

type Check = { refused: RefusalReason; minutes?: number } | null;

/** The client's cross-training allowed on a day by the injury and the restrictions (E7). */
export function modalitiesOn(ctx: PlanContext, day: DayNumber): readonly Modality[] {
  const derived = derivedFromRestrictions(ctx, day);
  derived.modalities ??= allowedModalities(
    ctx.request.availability.crossTraining,
    ctx.defaults.forbiddenModalities,
    restrictedModalities(restrictionsAt(ctx, day)),
  );
  return derived.modalities;
}

const weekdayIndex = (day: DayNumber): number => WEEKDAYS.indexOf(weekdayOfDay(day));

/** E30, E38, R3/E9 and one session of a family a day: may this slot land on `to`? */
function moveCheck(
  ctx: PlanContext,
  planner: WeekPlanner,
  frame: WeekFrameInfo,
  slots: readonly Slot[],
  slot: Slot,
  to: DayNumber,
  at: DayNumber,
): Check {
  if (to < frame.weekStart || to > frame.weekEnd || to < ctx.start) return { refused: 'other_week' };
  if (to < at) return { refused: 'past' };
  if (to === ctx.goalDay) return { refused: 'goal_day' };
  if (ctx.restWeekdays.includes(weekdayIndex(to))) return { refused: 'rest_day' };
  const others = slots.filter((s) => s !== slot);
  const has = (family: LogFamily, day: DayNumber): boolean =>
    others.some((s) => s.family === family && s.day === day);
  if (has(slot.family, to)) return { refused: 'same_day' };
  if (slot.family === 'run') {
    const before = has('run', to - 1) || frame.start.lastScheduledRunDay === to - 1;
    if ((before || has('run', to + 1)) && !planner.consecutiveAllowed(frame.start, to))
      return { refused: 'consecutive_days' };
  }
  if (slot.family === 'strength') {
    const before = has('strength', to - 1) || frame.start.lastStrengthDay === to - 1;
    if (before || has('strength', to + 1)) return { refused: 'strength_consecutive' };
  }
  return null;
}

function swapCheck(
  ctx: PlanContext,
  slots: readonly Slot[],
  slot: Slot,
  wanted: Modality | undefined,
): Check {
  if (slot.family !== 'run') return { refused: 'not_running' };
  if (slot.locked) return { refused: 'locked' };
  const allowed = modalitiesOn(ctx, slot.day);
  if (wanted ? !allowed.includes(wanted) : allowed.length === 0) return { refused: 'no_modality' };
  if (slots.some((s) => s.family === 'cross_training' && s.day === slot.day)) return { refused: 'same_day' };
  return null;
}

function addNote(directives: WeekDirectives, key: string, index: number): void {
  directives.notes.set(key, [...(directives.notes.get(key) ?? []), index]);
}

/** Moves a slot's directive and notes along with it. */
function rekey(directives: WeekDirectives, from: string, to: string): void {
  const notes = directives.notes.get(from);
  directives.notes.delete(from);
  if (notes) directives.notes.set(to, notes);
  const directive = directives.sessions.get(from);
  directives.sessions.delete(from);
  if (directive) directives.sessions.set(to, directive);
}

/** Applies one session adjustment to the slots and the directives, or says why it cannot be. */
function direct(
  ctx: PlanContext,
  planner: WeekPlanner,
  frame: WeekFrameInfo,
  slots: Slot[],
  directives: WeekDirectives,
  a: SessionAdjustment,
  index: number,
): Check {
  const day = toDay(a.date);
  const slot = slots.find((s) => s.day === day && s.family === a.kind);
  if (!slot) return { refused: 'not_in_plan' };
  const at = toDay(a.at);
  if (day < at) return { refused: 'past' };
  const key = slotKey(day, slot.family);
  const action = a.action;
  if (action.type === 'move') {
    const to = toDay(action.toDate);
    const refused = moveCheck(ctx, planner, frame, slots, slot, to, at);
    if (refused) return refused;
    const move = directives.moves.find((m) => m.family === slot.family && m.to === day);
    if (move) Object.assign(move, { to, index });
    else directives.moves.push({ family: slot.family, from: day, to, index });
    if (!ctx.available[weekdayIndex(to)]) directives.extraDays.add(to);
    slot.day = to;
    rekey(directives, key, slotKey(to, slot.family));
    addNote(directives, slotKey(to, slot.family), index);
    return null;
  }
  if (action.type === 'shorten') {
    if (action.minutes >= slot.duration) return { refused: 'not_shorter', minutes: slot.duration };
    slot.duration = action.minutes;
    directives.sessions.set(key, { type: 'shorten', minutes: action.minutes, plannedRun: slot.run, index });
  } else if (action.type === 'skip') {
    slots.splice(slots.indexOf(slot), 1);
    directives.sessions.set(key, { type: 'skip', plannedRun: slot.run, index });
  } else {
    const refused = swapCheck(ctx, slots, slot, action.modality);
    if (refused) return refused;
    const modality = action.modality ?? modalitiesOn(ctx, day)[0] ?? 'bike';
    directives.sessions.set(key, {
      type: 'swap',
      modality,
      minutes: slot.duration,
      plannedRun: slot.run,
      index,
    });
    slot.family = 'cross_training';
    const notes = directives.notes.get(key);
    directives.notes.delete(key);
    if (notes) directives.notes.set(slotKey(day, 'cross_training'), notes);
    addNote(directives, slotKey(day, 'cross_training'), index);
    return null;
  }
  addNote(directives, key, index);
  return null;
}

/** The directives for a week from the adjustments still in play, and the ones refused outright. */
function directivesFor(
  ctx: PlanContext,
  planner: WeekPlanner,
  frame: WeekFrameInfo,
  base: Week,
  pending: readonly number[],
): { directives: WeekDirectives; refused: AdjustmentOutcome[] } {
  const schedule = ctx.adjustments as AdjustmentSchedule;
  const slots: Slot[] = base.sessions.map((s) => {
    const day = toDay(s.date);
    return {
      day,
      family: familyOf(s.kind),
      origin: day,
      locked: s.locked,
      duration: s.durationMinutes,
      run: s.runMinutes,
    };
  });
  const directives: WeekDirectives = {
    hold: null,
    moves: [],
    sessions: new Map(),
    extraDays: new Set(),
    notes: new Map(),
  };
  const refused: AdjustmentOutcome[] = [];
  for (const index of pending) {
    const a = schedule.list[index] as PlanAdjustment;
    if (a.action.type === 'hold_week') {
      directives.hold = index;
      continue;
    }
    const outcome = direct(ctx, planner, frame, slots, directives, a as SessionAdjustment, index);
    if (outcome) refused.push({ index, ...outcome });
  }
  return { directives, refused };
}

// ---------------------------------------------------------------------------------------------
// Checking the week as planned with the adjustments
// ---------------------------------------------------------------------------------------------

const find = (week: Week, day: DayNumber, family: LogFamily): Session | undefined =>
  week.sessions.find((s) => s.date === fromDay(day) && familyOf(s.kind) === family);

/** Where the session now at `day` was proposed (a move's origin), for comparing with the base. */
function originOf(directives: WeekDirectives, day: DayNumber, family: LogFamily): DayNumber {
  return directives.moves.find((m) => m.family === family && m.to === day)?.from ?? day;
}

/** The proposed session a planned one stands for (a swapped run stands for the run). */
function baseOf(base: Week, directives: WeekDirectives, s: Session): Session | undefined {
  const day = toDay(s.date);
  const family = familyOf(s.kind);
  const swap = directives.sessions.get(slotKey(day, 'run'));
  if (family === 'cross_training' && swap?.type === 'swap') return find(base, day, 'run');
  return find(base, originOf(directives, day, family), family);
}

const latest = (notes: readonly number[] | undefined): number | null =>
  notes && notes.length > 0 ? (notes[notes.length - 1] ?? null) : null;

/** The running a week plans, whatever happened to it (a log is a fact, not load added). */
const plannedRunning = (week: Week): number =>
  week.sessions.reduce((sum, s) => sum + (s.locked ? 0 : s.runMinutes), 0);

/**
 * The first adjustment the planned week shows to break a rule: a session that did not land where
 * it was moved, a session above the clearance that the proposed one was not, or more load than
 * proposed. Load is running for a run (a held walk-run stage may walk a little longer) and time
 * for any other session; a support session the planner added (a rest day's cross-training) is not.
 */
function firstBreach(
  base: Week,
  week: Week,
  directives: WeekDirectives,
  pending: readonly number[],
): AdjustmentOutcome | null {
  for (const move of directives.moves) {
    if (!find(week, move.to, move.family) || find(week, move.from, move.family))
      return { index: move.index, refused: 'clearance' };
  }
  for (const s of week.sessions) {
    const day = toDay(s.date);
    const family = familyOf(s.kind);
    // A session no adjustment names changed because of the held week, or else of the last one.
    const blame = latest(directives.notes.get(slotKey(day, family))) ?? directives.hold ?? pending.at(-1);
    if (blame === undefined) continue;
    const proposed = baseOf(base, directives, s);
    if (s.locked && proposed && !proposed.locked) return { index: blame, refused: 'clearance' };
    const more =
      family === 'run'
        ? !proposed || familyOf(proposed.kind) !== 'run' || s.runMinutes > proposed.runMinutes + 0.01
        : proposed !== undefined && s.durationMinutes > proposed.durationMinutes + 0.01;
    if (more) return { index: blame, refused: 'load' };
  }
  const last = pending.at(-1);
  if (plannedRunning(week) > plannedRunning(base) + 0.01 && last !== undefined)
    return { index: directives.hold ?? last, refused: 'load' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// The planner's hooks
// ---------------------------------------------------------------------------------------------

/** The shorten, skip or swap for the session of a family on a day, if any. */
export function directiveFor(
  directives: WeekDirectives | null,
  day: DayNumber,
  family: LogFamily,
): SessionDirective | undefined {
  return directives?.sessions.get(slotKey(day, family));
}

/** A week's days of one family with the clinician's moves applied, in date order. */
export function movedDays(
  days: readonly DayNumber[],
  directives: WeekDirectives,
  family: LogFamily,
): DayNumber[] {
  return days.map((d) => movedDay(d, directives, family) as DayNumber).sort((a, b) => a - b);
}

/** Where the session of a family proposed on `day` now is. */
export function movedDay(
  day: DayNumber | null,
  directives: WeekDirectives,
  family: LogFamily,
): DayNumber | null {
  return directives.moves.find((m) => m.family === family && m.from === day)?.to ?? day;
}

const WORK: ReadonlySet<Block['type']> = new Set(['run', 'steady', 'stride', 'hill', 'activity']);
const STEP = 15;
const MIN_WORK_SECONDS = 60;
const MIN_ENDS_SECONDS = 120;

function seconds(blocks: readonly Block[], only?: ReadonlySet<Block['type']>): number {
  let total = 0;
  for (const b of blocks) {
    if (b.type === 'repeat') total += b.times * seconds(b.blocks, only);
    else if (!only || only.has(b.type)) total += b.seconds;
  }
  return total;
}

const isEnd = (b: Block): b is { type: 'warmup' | 'cooldown'; seconds: number } =>
  b.type === 'warmup' || b.type === 'cooldown';

/** Warm-up and cool-down shortened (to 2 minutes at least) by up to `over` seconds. */
function trimEnds(blocks: readonly Block[], over: number): Block[] {
  let left = over;
  return blocks.map((b) => {
    if (!isEnd(b) || left <= 0) return b;
    const cut = Math.min(left, Math.max(0, b.seconds - MIN_ENDS_SECONDS));
    left -= cut;
    return { ...b, seconds: b.seconds - cut };
  });
}

/** Whole repeats leave time over: warm-up and cool-down get it back (up to their first length). */
function refillEnds(blocks: readonly Block[], original: readonly Block[], target: number): Block[] {
  const spare = target - seconds(blocks);
  const share = Math.floor(spare / Math.max(1, blocks.filter(isEnd).length) / STEP) * STEP;
  if (share <= 0) return [...blocks];
  return blocks.map((b, i) => {
    const first = original[i];
    if (!isEnd(b) || first === undefined || !isEnd(first) || first.type !== b.type) return b;
    return { ...b, seconds: b.seconds + Math.min(first.seconds - b.seconds, share) };
  });
}

/** Fewer repeats, as many as still fit `target`. */
function fewerRepeats(blocks: readonly Block[], target: number): Block[] {
  const out = [...blocks];
  out.forEach((b, i) => {
    if (b.type !== 'repeat' || seconds(out) <= target) return;
    const each = Math.max(1, seconds(b.blocks));
    const rest = seconds(out) - b.times * each;
    out[i] = { ...b, times: Math.max(1, Math.min(b.times, Math.floor((target - rest) / each))) };
  });
  return out;
}

/** Every step but warm-up and cool-down (unless `ends`) scaled by `factor`, in 15-second steps. */
function scaled(blocks: readonly Block[], factor: number, ends: boolean): Block[] {
  return blocks.map((b) =>
    b.type === 'repeat'
      ? { ...b, blocks: scaled(b.blocks, factor, ends) }
      : !ends && isEnd(b)
        ? b
        : {
            ...b,
            seconds: Math.max(WORK.has(b.type) ? STEP : 0, Math.floor((b.seconds * factor) / STEP) * STEP),
          },
  );
}

/** The main part scaled to fit beside 2-minute ends if it can, else everything in proportion. */
function scaledToFit(blocks: readonly Block[], target: number): Block[] {
  const ends = seconds(blocks.filter(isEnd));
  const main = seconds(blocks) - ends;
  if (target - ends >= MIN_WORK_SECONDS && main > 0) return scaled(blocks, (target - ends) / main, false);
  return scaled(blocks, target / seconds(blocks), true);
}

function firstWork(blocks: readonly Block[]): Exclude<Block['type'], 'repeat'> | null {
  for (const b of blocks) {
    if (b.type !== 'repeat') {
      if (WORK.has(b.type)) return b.type;
    } else {
      const inner = firstWork(b.blocks);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * Blocks cut to `target` seconds the way a clinician shortens a session: warm-up and cool-down
 * first (down to 2 minutes), then fewer repeats, then every step in proportion. At least a minute
 * of work stays (or all of it, if the session had less), and no step grows.
 */
export function shortenBlocks(blocks: readonly Block[], target: number): Block[] {
  const work = seconds(blocks, WORK);
  const keep = Math.min(work, MIN_WORK_SECONDS);
  let out = fewerRepeats(trimEnds(blocks, seconds(blocks) - target), target);
  out = refillEnds(out, blocks, target);
  if (seconds(out) > target) out = scaledToFit(out, target);
  if (seconds(out) > target || seconds(out, WORK) < keep) {
    // Too short for its structure: the session's work alone, a minute or as long as allowed.
    out = [{ type: firstWork(blocks) ?? 'walk', seconds: Math.min(work, Math.max(keep, target)) }] as Block[];
  }
  return out.filter((b) => b.type === 'repeat' || b.seconds > 0);
}

const TITLE_MINUTES_OF: Partial<Record<SessionSpec['kind'], 'total' | 'run'>> = {
  walk: 'total',
  easy_run: 'run',
  progressive_run: 'run',
  strides: 'run',
  hills: 'run',
};

/** The title with its minutes brought in line with the shortened blocks. */
function retitle(ctx: PlanContext, spec: SessionSpec, blocks: readonly Block[]): Said {
  const which = TITLE_MINUTES_OF[spec.kind];
  const args = spec.title.i18n.args;
  if (!which || typeof args?.minutes !== 'number') return spec.title;
  const of = (list: readonly Block[]): number =>
    (which === 'total' ? seconds(list) : seconds(list, WORK)) / 60;
  if (formatNumber('en', args.minutes) !== formatNumber('en', of(spec.blocks))) return spec.title;
  return said(ctx, { id: spec.title.i18n.id, args: { ...args, minutes: of(blocks) } });
}

/** A session spec cut to `minutes` (blocks, or the estimate and sets of strength and mobility). */
export function shortenSpec(ctx: PlanContext, spec: SessionSpec, minutes: number): SessionSpec {
  if (spec.blocks.length === 0) {
    const estimated = spec.estimatedMinutes ?? minutes;
    const factor = Math.min(1, minutes / Math.max(1, estimated));
    return {
      ...spec,
      estimatedMinutes: Math.min(estimated, minutes),
      exercises: spec.exercises.map((e) => ({ ...e, sets: Math.max(1, Math.floor(e.sets * factor)) })),
    };
  }
  const blocks = shortenBlocks(spec.blocks, minutes * 60);
  return { ...spec, blocks, title: retitle(ctx, spec, blocks) };
}

/** A run swapped for cross-training of the same length (R12, E7). */
export function swapSpec(
  ctx: PlanContext,
  weekIndex: number,
  day: DayNumber,
  directive: { modality: Modality; minutes: number },
): SessionSpec {
  return crossSpec(ctx, weekIndex, day, directive.modality, directive.minutes, [
    { rule: 'R12', ...text(ctx, 'explain.cross', { modality: sub(`modality_start.${directive.modality}`) }) },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Planning a week with adjustments
// ---------------------------------------------------------------------------------------------

/** The week, planned with the clinician's adjustments that the rules allow (E41). */
export function planAdjustedWeek(
  ctx: PlanContext,
  st: ProgressState,
  index: number,
  weekStart: DayNumber,
  weekEnd: DayNumber,
  planner: WeekPlanner,
): Week {
  const frame: WeekFrameInfo = { weekStart, weekEnd, start: structuredClone(st) };
  const base = planner.plan(structuredClone(st), null);
  let pending = [...(ctx.adjustments?.byWeek.get(index) ?? [])];
  const outcomes: AdjustmentOutcome[] = [];
  for (;;) {
    const { directives, refused } = directivesFor(ctx, planner, frame, base, pending);
    outcomes.push(...refused);
    pending = pending.filter((i) => !refused.some((r) => r.index === i));
    const trial = structuredClone(frame.start);
    const week = planner.plan(trial, directives);
    const breach = firstBreach(base, week, directives, pending);
    if (breach) {
      outcomes.push(breach);
      pending = pending.filter((i) => i !== breach.index);
      continue;
    }
    Object.assign(st, trial);
    st.adjustmentOutcomes.push(...outcomes, ...pending.map((i) => ({ index: i, refused: null })));
    return describe(ctx, base, week, directives);
  }
}

function aAt(ctx: PlanContext, index: number): PlanAdjustment {
  return (ctx.adjustments as AdjustmentSchedule).list[index] as PlanAdjustment;
}

/** Marks each adjusted session, explains it, and keeps a moved session's lock (never unlocked). */
function describe(ctx: PlanContext, base: Week, week: Week, directives: WeekDirectives): Week {
  const held: Session[] = [];
  for (const s of week.sessions) {
    const day = toDay(s.date);
    const family = familyOf(s.kind);
    const notes = directives.notes.get(slotKey(day, family)) ?? [];
    for (const index of notes) s.explain.push(...explainAdjustment(ctx, base, directives, s, index));
    const proposed = baseOf(base, directives, s);
    if (proposed?.locked && !s.locked) {
      s.locked = true;
      s.lockedReason = proposed.lockedReason;
      // The reason travels with its message, so it renders in the reader's language like any other.
      if (proposed.lockedReasonI18n) s.lockedReasonI18n = proposed.lockedReasonI18n;
      const lock = proposed.explain.find((e) => e.text === proposed.lockedReason);
      if (lock) s.explain.push(lock);
    }
    const last = latest(notes);
    if (last !== null) s.adjusted = noteOf(aAt(ctx, last));
    if (family === 'run' || family === 'walk') held.push(s);
  }
  if (directives.hold !== null) {
    const hold = aAt(ctx, directives.hold);
    const targets = held.length > 0 ? held : week.sessions.slice(0, 1);
    for (const s of targets) {
      s.explain.push(...holdExplains(ctx, hold));
      s.adjusted ??= noteOf(hold);
    }
  }
  return { ...week, totals: totalsOf(week.sessions) };
}

function noteOf(a: PlanAdjustment): NonNullable<Session['adjusted']> {
  return { id: a.id, action: a.action, by: a.by, at: a.at, reason: a.reason };
}

const clinician = (rule: string, line: Said): Explanation => ({
  rule,
  text: line.text,
  audience: 'clinician',
  i18n: line.i18n,
});
const client = (rule: string, line: Said): Explanation => ({
  rule,
  text: line.text,
  audience: 'client',
  i18n: line.i18n,
});

function holdExplains(ctx: PlanContext, a: PlanAdjustment): Explanation[] {
  return [
    client('E41', text(ctx, 'explain.adjusted_hold', { by: a.by })),
    clinician(
      'E41',
      text(ctx, 'explain.adjusted_hold_clinician', {
        by: a.by,
        at: dateArg(toDay(a.at)),
        reason: a.reason,
      }),
    ),
  ];
}

function explainAdjustment(
  ctx: PlanContext,
  base: Week,
  directives: WeekDirectives,
  s: Session,
  index: number,
): Explanation[] {
  const a = aAt(ctx, index) as SessionAdjustment;
  const params = { by: a.by, at: dateArg(toDay(a.at)), reason: a.reason };
  const action = a.action;
  if (action.type === 'move') {
    const from = dateArg(toDay(a.date));
    const to = dateArg(toDay(action.toDate));
    const out = [
      client('E41', text(ctx, 'explain.adjusted_move', { ...params, from })),
      clinician('E41', text(ctx, 'explain.adjusted_move_clinician', { ...params, from, to })),
    ];
    if (directives.extraDays.has(toDay(action.toDate)))
      out.push(clinician('E41', text(ctx, 'explain.adjusted_move_unavailable', { to })));
    return out;
  }
  if (action.type === 'shorten') {
    const proposed = baseOf(base, directives, s);
    const minutes = s.durationMinutes;
    const from = proposed?.durationMinutes ?? s.durationMinutes;
    return [
      client('E41', text(ctx, 'explain.adjusted_shorten', { ...params, minutes })),
      clinician('E41', text(ctx, 'explain.adjusted_shorten_clinician', { ...params, minutes, from })),
    ];
  }
  const modality = sub(`modality.${s.modality ?? 'bike'}`);
  return [
    client('E41', text(ctx, 'explain.adjusted_swap', params)),
    clinician(
      'E41',
      text(ctx, 'explain.adjusted_swap_clinician', {
        ...params,
        modality,
        minutes: s.durationMinutes,
      }),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Warnings
// ---------------------------------------------------------------------------------------------

/** The applied skips and the adjustments not applied, in words for the clinician (E41). */
export function adjustmentWarnings(ctx: PlanContext, st: ProgressState): Warning[] {
  const schedule = ctx.adjustments;
  if (!schedule) return [];
  const outcome = new Map(st.adjustmentOutcomes.map((o) => [o.index, o]));
  const skipped: MessageArg[] = [];
  const refused: MessageArg[] = [];
  const refusedIds: string[] = [];
  schedule.list.forEach((a, index) => {
    const o = outcome.get(index) ?? { index, refused: 'not_in_plan' as const };
    if (o.refused === null) {
      if (a.action.type === 'skip') skipped.push(skippedItem(a as SessionAdjustment));
      return;
    }
    refused.push(refusedItem(a, o));
    refusedIds.push(a.id);
  });
  const out: Warning[] = [];
  if (skipped.length > 0)
    out.push({
      code: 'sessions_skipped',
      audience: 'clinician',
      severity: 'info',
      ...warningText(ctx, 'warning.sessions_skipped', { items: listArg(skipped, 'semicolon') }),
      rules: ['E41'],
    });
  if (refused.length > 0)
    out.push({
      code: 'adjustment_not_applied',
      audience: 'clinician',
      severity: 'warning',
      ...warningText(ctx, 'warning.adjustment_not_applied', { items: listArg(refused, 'semicolon') }),
      rules: ['E41'],
      adjustmentIds: refusedIds,
    });
  return out;
}

function skippedItem(a: SessionAdjustment): MessageArg {
  return sub('skipped.item', {
    session: sub(`family.${a.kind}`),
    date: dateArg(toDay(a.date)),
    by: a.by,
    reason: a.reason,
  });
}

function actionText(a: PlanAdjustment): MessageArg {
  const action = a.action;
  if (action.type === 'move') return sub('adjust.move', { date: dateArg(toDay(action.toDate)) });
  if (action.type === 'shorten') return sub('adjust.shorten', { minutes: action.minutes });
  return sub(`adjust.${action.type}`);
}

function refusedItem(a: PlanAdjustment, o: AdjustmentOutcome): MessageArg {
  const params = {
    date: dateArg(toDay(a.date)),
    action: actionText(a),
    reason: sub(`refused.${o.refused ?? 'not_in_plan'}`, {
      minutes: o.minutes ?? 0,
    }),
  };
  if (a.action.type === 'hold_week') return sub('adjustment.item_week', params);
  return sub('adjustment.item', {
    ...params,
    session: sub(`family.${(a as SessionAdjustment).kind}`),
  });
}
