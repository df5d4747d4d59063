/**
 * Builds Session objects: stable ids, effort targets, the non-running sessions (walks,
 * cross-training, strength, mobility) and the final shape with lock and status. Key order is
 * fixed here so the programme's JSON is byte-stable.
 */
import type { Caps } from './blocks';
import { minutes, sumBlocks } from './blocks';
import type { PlanContext, Said } from './context';
import { derivedFromRestrictions, remember, restrictionsAt, text } from './context';
import type { Message } from './i18n/message';
import { sub } from './i18n/message';
import type { DayNumber } from './dates';
import { fromDay, weekdayOfDay } from './dates';
import type { StrengthLevel } from './exercises/selection';
import { mobilityExercises, strengthExercises } from './exercises/selection';
import { REQUIRED_CLEARANCE } from './rules/clearance-gate';
import type {
  Block,
  Effort,
  Exercise,
  Modality,
  Session,
  SessionKind,
  SessionStatus,
  Surface,
} from './types';
import type { Why } from './why';
import { toExplanation } from './why';

export interface SessionSpec {
  weekIndex: number;
  day: DayNumber;
  kind: SessionKind;
  title: Said;
  stage: number | null;
  blocks: Block[];
  /** For strength and mobility, whose blocks are empty: estimated minutes. */
  estimatedMinutes?: number;
  effort: Effort;
  surface: Surface | null;
  modality: Modality | null;
  exercises: Exercise[];
  explain: Why[];
}

export interface Lock {
  rule: string;
  reason: Said;
}

/** `w<week>-<weekday>-<kind>`: the same request gives the same ids, so logs attach to them. */
export function sessionId(weekIndex: number, day: DayNumber, kind: SessionKind): string {
  return `w${weekIndex}-${weekdayOfDay(day)}-${kind}`;
}

/** Session caps on a day (E4): available minutes, max_session_minutes, max_run_minutes. */
export function capsOn(ctx: PlanContext, day: DayNumber): Caps {
  const derived = derivedFromRestrictions(ctx, day);
  if (!derived.caps) {
    const r = restrictionsAt(ctx, day);
    const total = Math.min(
      ctx.request.availability.maxSessionMinutes,
      r.maxSessionMinutes ?? Number.POSITIVE_INFINITY,
    );
    derived.caps = {
      totalSeconds: total * 60,
      runSeconds: (r.maxRunMinutes ?? Number.POSITIVE_INFINITY) * 60,
    };
  }
  return derived.caps;
}

const EFFORT: Readonly<Record<SessionKind, [number, number, Parameters<typeof text>[1]]>> = {
  walk: [2, 3, 'talk.brisk_walk'],
  walk_run: [3, 3, 'talk.full_sentences'],
  easy_run: [3, 4, 'talk.conversational'],
  progressive_run: [3, 6, 'talk.short_sentences'],
  strides: [3, 7, 'talk.strides'],
  hills: [3, 7, 'talk.strides'],
  cross_training: [3, 4, 'talk.conversational'],
  strength: [5, 7, 'talk.strength'],
  mobility: [1, 2, 'talk.mobility'],
};

/** Effort target per kind (R11, §5.2): the RPE range with a talk test beside it. */
export function effortFor(ctx: PlanContext, kind: SessionKind): Effort {
  const efforts = EFFORTS[ctx.locale];
  let effort = efforts.get(kind);
  if (!effort) {
    const [rpeMin, rpeMax, talk] = EFFORT[kind];
    const said = text(ctx, talk);
    effort = { rpeMin, rpeMax, talkTest: said.text, talkTestI18n: said.i18n };
    efforts.set(kind, effort);
  }
  return effort;
}

// An effort depends only on the kind and the language: one object each, shared by the sessions.
const EFFORTS = { en: new Map<SessionKind, Effort>(), de: new Map<SessionKind, Effort>() };

/** The final session object. */
export function makeSession(spec: SessionSpec, lock: Lock | null, status: SessionStatus): Session {
  const sums = sumBlocks(spec.blocks);
  const duration = spec.estimatedMinutes ?? minutes(sums.total);
  const session: Session = {
    id: sessionId(spec.weekIndex, spec.day, spec.kind),
    date: fromDay(spec.day),
    kind: spec.kind,
    title: spec.title.text,
    titleI18n: spec.title.i18n,
    stage: spec.stage,
    blocks: spec.blocks,
    durationMinutes: duration,
    runMinutes: minutes(sums.run),
    walkMinutes: minutes(sums.walk),
    effort: spec.effort,
    surface: spec.surface,
    modality: spec.modality,
    exercises: spec.exercises,
    requiresClearance: REQUIRED_CLEARANCE[spec.kind],
    locked: lock !== null,
    lockedReason: lock ? lock.reason.text : null,
    status,
    explain: (lock ? [...spec.explain, { rule: lock.rule, ...lock.reason }] : spec.explain).map(
      toExplanation,
    ),
  };
  // A conditional spread in the literal above made every session slow to build (about 8% of
  // generatePlan went to it); only locked sessions are rebuilt, to carry the lock's message.
  return lock ? withLockMessage(session, lock.reason.i18n) : session;
}

/** The session with `lockedReasonI18n` after `lockedReason` (keys as in makeSession, in order). */
function withLockMessage(s: Session, lockedReasonI18n: Message): Session {
  return {
    id: s.id,
    date: s.date,
    kind: s.kind,
    title: s.title,
    titleI18n: s.titleI18n,
    stage: s.stage,
    blocks: s.blocks,
    durationMinutes: s.durationMinutes,
    runMinutes: s.runMinutes,
    walkMinutes: s.walkMinutes,
    effort: s.effort,
    surface: s.surface,
    modality: s.modality,
    exercises: s.exercises,
    requiresClearance: s.requiresClearance,
    locked: s.locked,
    lockedReason: s.lockedReason,
    lockedReasonI18n,
    status: s.status,
    explain: s.explain,
  };
}

const SET_REST_SECONDS = 60;
const SECONDS_PER_REP = 4;

function exerciseSeconds(e: Exercise, restSeconds: number): number {
  const work = e.seconds ?? (e.reps ?? 0) * SECONDS_PER_REP;
  return e.sets * (work + restSeconds);
}

export interface FittedExercises {
  exercises: Exercise[];
  minutes: number;
}

/** Drops exercises from the end (keeping at least two) until the session fits the cap. */
function fitExercises(
  list: Exercise[],
  restSeconds: number,
  extraSeconds: number,
  capSeconds: number,
): FittedExercises {
  const kept = [...list];
  const total = (): number =>
    extraSeconds + kept.reduce((sum, e) => sum + exerciseSeconds(e, restSeconds), 0);
  while (kept.length > 2 && total() > capSeconds) kept.pop();
  return { exercises: kept, minutes: Math.min(Math.ceil(total() / 60), Math.floor(capSeconds / 60)) };
}

/** A strength session for the injury at a level (R12). */
export function strengthSpec(
  ctx: PlanContext,
  weekIndex: number,
  day: DayNumber,
  level: StrengthLevel,
  afterRun: boolean,
): SessionSpec {
  const caps = capsOn(ctx, day);
  const derived = derivedFromRestrictions(ctx, day);
  derived.strengthExercises ??= new Map();
  const fitted = remember(derived.strengthExercises, level, () =>
    // A 5-minute general warm-up precedes the exercises.
    fitExercises(
      strengthExercises(ctx.request.injury.type, level, ctx.locale),
      SET_REST_SECONDS,
      300,
      caps.totalSeconds,
    ),
  );
  const explain: Why[] = [
    ...remember(ctx.memo.whyLists, afterRun ? 'strength_after_run' : 'strength', () =>
      strengthExplains(ctx, afterRun),
    ),
  ];
  return {
    weekIndex,
    day,
    kind: 'strength',
    title: text(ctx, 'title.strength'),
    stage: null,
    blocks: [],
    estimatedMinutes: fitted.minutes,
    effort: effortFor(ctx, 'strength'),
    surface: null,
    modality: null,
    exercises: fitted.exercises,
    explain,
  };
}

function strengthExplains(ctx: PlanContext, afterRun: boolean): Why[] {
  const explain: Why[] = [
    {
      rule: 'R12',
      ...text(ctx, 'explain.strength', { injury: sub(`injury.${ctx.request.injury.type}`) }),
    },
  ];
  if (afterRun) explain.push({ rule: 'R12', ...text(ctx, 'explain.strength_after_run') });
  return explain;
}

/** A mobility session (E20). */
export function mobilitySpec(ctx: PlanContext, weekIndex: number, day: DayNumber): SessionSpec {
  const caps = capsOn(ctx, day);
  const fitted = (derivedFromRestrictions(ctx, day).mobilityExercises ??= fitExercises(
    mobilityExercises(ctx.request.injury.type, ctx.locale),
    15,
    0,
    caps.totalSeconds,
  ));
  return {
    weekIndex,
    day,
    kind: 'mobility',
    title: text(ctx, 'title.mobility'),
    stage: null,
    blocks: [],
    estimatedMinutes: fitted.minutes,
    effort: effortFor(ctx, 'mobility'),
    surface: null,
    modality: null,
    exercises: fitted.exercises,
    explain: [
      ...remember(ctx.memo.whyLists, 'mobility', () => [{ rule: 'E20', ...text(ctx, 'explain.mobility') }]),
    ],
  };
}

/** A cross-training session in an allowed modality (R12, E7). */
export function crossSpec(
  ctx: PlanContext,
  weekIndex: number,
  day: DayNumber,
  modality: Modality,
  targetMinutes: number,
  explain: Why[],
): SessionSpec {
  const caps = capsOn(ctx, day);
  const seconds = Math.min(targetMinutes * 60, caps.totalSeconds);
  return {
    weekIndex,
    day,
    kind: 'cross_training',
    title: text(ctx, 'title.cross_training', { modality: sub(`modality.${modality}`) }),
    stage: null,
    blocks: [{ type: 'activity', seconds }],
    effort: effortFor(ctx, 'cross_training'),
    surface: null,
    modality,
    exercises: [],
    explain,
  };
}
