/**
 * Content of walking and running sessions: a walking step, a ladder stage, a continuous easy run
 * or a build-phase run (long, easy, strides, hills, progressive), fitted under the session caps,
 * with the explanations of the rules that shaped them.
 */
import type { Caps, IntervalShape } from './blocks';
import { fitIntervals, intervalBlocks } from './blocks';
import type { PlanContext } from './context';
import { restrictionsAt, text } from './context';
import type { DayNumber } from './dates';
import { formatDate, formatList, formatNumber } from './i18n/messages';
import { WALKING_ENTRY_TEST_STEP, WALKING_STEPS } from './protocols/ladders';
import type { SessionSpec } from './session-factory';
import { capsOn, effortFor } from './session-factory';
import { surfaceFor } from './rules/restrictions';
import type { Block, RestrictionCode, SessionKind } from './types';
import type { Why } from './why';

const MIN = 60;
const WARMUP = 5 * MIN;
const MIN_WARMUP = 2 * MIN;
/** Strides: 4 × 30 s with a 60-s walk between [S54]. */
export const STRIDES = { reps: 4, seconds: 30, recovery: 60 };
/** Hill efforts: 6 × 20 s uphill, walking back down [S54]. */
export const HILLS = { reps: 6, seconds: 20, recovery: 90 };

/** The clinician's note restrictions in force on a day, as one explanation (E6). */
export function restrictionExplain(ctx: PlanContext, day: DayNumber): Why | null {
  const r = restrictionsAt(ctx, day);
  if (r.noteCodes.length === 0) return null;
  const names = r.noteCodes.map((code: RestrictionCode) => {
    const value =
      code === 'max_session_minutes'
        ? r.maxSessionMinutes
        : code === 'max_run_minutes'
          ? r.maxRunMinutes
          : code === 'max_sessions_per_week'
            ? r.maxSessionsPerWeek
            : code === 'pain_limit'
              ? r.painLimit
              : null;
    return text(ctx, `restriction.${code}`, value === null ? {} : { value });
  });
  return { rule: 'E6', text: text(ctx, 'explain.restrictions', { list: formatList(ctx.locale, names) }) };
}

function surfaceExplain(
  ctx: PlanContext,
  day: DayNumber,
  early: boolean,
): { surface: ReturnType<typeof surfaceFor>; explain: Why } {
  const surface = surfaceFor(restrictionsAt(ctx, day), early);
  return {
    surface,
    explain: {
      rule: early ? 'R8' : 'E6',
      text: text(ctx, 'explain.surface', { surface: text(ctx, `surface.${surface}`) }),
    },
  };
}

function capExplains(
  ctx: PlanContext,
  caps: Caps,
  trimmedTotal: boolean,
  trimmedRun: boolean,
): Why[] {
  const out: Why[] = [];
  if (trimmedTotal)
    out.push({
      rule: 'E4',
      text: text(ctx, 'explain.capped_total', { minutes: formatNumber(ctx.locale, caps.totalSeconds / MIN) }),
    });
  if (trimmedRun)
    out.push({
      rule: 'E4',
      text: text(ctx, 'explain.capped_run', { minutes: formatNumber(ctx.locale, caps.runSeconds / MIN) }),
    });
  return out;
}

/** A brisk walk at a walking step (E8, R2). */
export function walkSpec(
  ctx: PlanContext,
  weekIndex: number,
  day: DayNumber,
  step: number,
  holdUntil: DayNumber | null,
): SessionSpec {
  const row = WALKING_STEPS[Math.min(step, WALKING_STEPS.length - 1)] ?? { minutes: 30, sources: [] };
  const caps = capsOn(ctx, day);
  const seconds = Math.min(row.minutes * MIN, caps.totalSeconds);
  const { surface, explain: surfaceNote } = surfaceExplain(ctx, day, true);
  const explain: Why[] = [
    { rule: 'E8', text: text(ctx, 'explain.walk', { minutes: formatNumber(ctx.locale, seconds / MIN) }) },
  ];
  if (step === WALKING_ENTRY_TEST_STEP - 1 || step === WALKING_ENTRY_TEST_STEP)
    explain.push({ rule: 'R2', text: text(ctx, 'explain.walk_entry') });
  if (holdUntil !== null && step > WALKING_ENTRY_TEST_STEP)
    explain.push({
      rule: 'E18',
      text: text(ctx, 'explain.walk_hold', { date: formatDate(ctx.locale, holdUntil) }),
    });
  explain.push(surfaceNote);
  explain.push(...capExplains(ctx, caps, seconds < row.minutes * MIN, false));
  return {
    weekIndex,
    day,
    kind: 'walk',
    title: text(ctx, 'title.walk', { minutes: formatNumber(ctx.locale, seconds / MIN) }),
    stage: step + 1,
    blocks: [{ type: 'walk', seconds }],
    effort: effortFor(ctx, 'walk'),
    surface,
    modality: null,
    exercises: [],
    explain,
  };
}

/** A walk-run session at a ladder stage (R3, R4), fitted under the caps (E4). */
export function ladderSpec(
  ctx: PlanContext,
  weekIndex: number,
  day: DayNumber,
  stage: number,
  weeklyShareSeconds: number | null = null,
): SessionSpec {
  const ladder = ctx.ladder;
  const row = ladder.stages[Math.min(stage, ladder.stages.length) - 1];
  if (!row) throw new RangeError(`Ladder ${ladder.id} has no stage ${stage}`);
  const sessionCaps = capsOn(ctx, day);
  const caps =
    weeklyShareSeconds === null
      ? sessionCaps
      : { ...sessionCaps, runSeconds: Math.min(sessionCaps.runSeconds, weeklyShareSeconds) };
  const shape: IntervalShape = {
    warmup: ladder.warmupSeconds,
    cooldown: ladder.cooldownSeconds,
    repeats: row.repeats,
    run: row.runSeconds,
    walk: row.walkSeconds,
  };
  const fitted = fitIntervals(shape, caps);
  const { surface, explain: surfaceNote } = surfaceExplain(ctx, day, true);
  const explain: Why[] = [
    {
      rule: 'R4',
      text: text(ctx, 'explain.ladder_stage', {
        stage: row.stage,
        stages: ladder.stages.length,
        repeats: row.repeats,
        run: formatNumber(ctx.locale, row.runSeconds / MIN),
        walk: formatNumber(ctx.locale, row.walkSeconds / MIN),
        sources: row.sources.join(', '),
      }),
    },
    { rule: 'R11', text: text(ctx, 'explain.effort_easy') },
    surfaceNote,
    ...capExplains(
      ctx,
      sessionCaps,
      fitted.trimmedTotal,
      fitted.trimmedRun && caps.runSeconds === sessionCaps.runSeconds,
    ),
  ];
  if (fitted.trimmedRun && caps.runSeconds < sessionCaps.runSeconds) {
    explain.push({
      rule: 'R10',
      text: text(ctx, 'explain.weekly_share', { minutes: formatNumber(ctx.locale, caps.runSeconds / MIN) }),
    });
  }
  return {
    weekIndex,
    day,
    kind: 'walk_run',
    title: text(ctx, 'title.walk_run', { stage: row.stage }),
    stage: row.stage,
    blocks: intervalBlocks(fitted.shape),
    effort: effortFor(ctx, 'walk_run'),
    surface,
    modality: null,
    exercises: [],
    explain,
  };
}

export type RunRole = 'easy' | 'long' | 'strides' | 'hills' | 'progressive_run';

export interface RunBuild {
  spec: SessionSpec;
  runSeconds: number;
}

/**
 * A continuous run of `targetMinutes` easy running in the given role, fitted under the caps.
 * Quality roles fall back to an easy run when the caps leave no room for their extra part.
 */
export function continuousSpec(
  ctx: PlanContext,
  weekIndex: number,
  day: DayNumber,
  targetMinutes: number,
  role: RunRole,
  early: boolean,
): RunBuild {
  const caps = capsOn(ctx, day);
  let warmup = WARMUP;
  let cooldown = WARMUP;
  const extra = extraPart(role);
  let mainRun = targetMinutes * MIN - extra.run;
  const effectiveRole = role;
  const roomRun = caps.runSeconds - extra.run;
  const roomTotal = (): number => caps.totalSeconds - warmup - cooldown - extra.total;
  let trimmedTotal = false;
  let trimmedRun = false;
  if (mainRun > roomRun) {
    mainRun = Math.floor(roomRun / MIN) * MIN;
    trimmedRun = true;
  }
  if (mainRun > roomTotal()) {
    trimmedTotal = true;
    const each = Math.max(
      MIN_WARMUP,
      Math.floor((caps.totalSeconds - extra.total - mainRun) / 2 / MIN) * MIN,
    );
    warmup = Math.min(warmup, each);
    cooldown = Math.min(cooldown, each);
    if (mainRun > roomTotal()) mainRun = Math.floor(roomTotal() / MIN) * MIN;
  }
  if (effectiveRole !== 'easy' && effectiveRole !== 'long' && mainRun < 10 * MIN) {
    // No room for the quality part: run it easy instead.
    return continuousSpec(ctx, weekIndex, day, targetMinutes, 'easy', early);
  }
  mainRun = Math.max(MIN, mainRun);
  const blocks: Block[] = [{ type: 'warmup', seconds: warmup }];
  if (effectiveRole === 'progressive_run') {
    const steady = Math.floor(mainRun / 3 / MIN) * MIN;
    blocks.push({ type: 'run', seconds: mainRun - steady }, { type: 'steady', seconds: steady });
  } else if (effectiveRole === 'hills') {
    const before = Math.min(10 * MIN, mainRun);
    blocks.push({ type: 'run', seconds: before });
    blocks.push({
      type: 'repeat',
      times: HILLS.reps,
      blocks: [
        { type: 'hill', seconds: HILLS.seconds },
        { type: 'walk', seconds: HILLS.recovery },
      ],
    });
    if (mainRun - before > 0) blocks.push({ type: 'run', seconds: mainRun - before });
  } else {
    blocks.push({ type: 'run', seconds: mainRun });
    if (effectiveRole === 'strides') {
      blocks.push({
        type: 'repeat',
        times: STRIDES.reps,
        blocks: [
          { type: 'stride', seconds: STRIDES.seconds },
          { type: 'walk', seconds: STRIDES.recovery },
        ],
      });
    }
  }
  blocks.push({ type: 'cooldown', seconds: cooldown });
  const runSeconds = mainRun + extra.run;
  const kind: SessionKind = effectiveRole === 'easy' || effectiveRole === 'long' ? 'easy_run' : effectiveRole;
  const runMinutesText = formatNumber(ctx.locale, runSeconds / MIN);
  const titleKey = effectiveRole === 'long' ? 'title.long_run' : (`title.${kind}` as const);
  const { surface, explain: surfaceNote } =
    effectiveRole === 'hills'
      ? {
          surface: 'hills' as const,
          explain: {
            rule: 'R8',
            text: text(ctx, 'explain.surface', { surface: text(ctx, 'surface.hills') }),
          },
        }
      : surfaceExplain(ctx, day, early);
  const explain: Why[] = [surfaceNote, ...capExplains(ctx, caps, trimmedTotal, trimmedRun)];
  if (effectiveRole === 'strides')
    explain.unshift({
      rule: 'R8',
      text: text(ctx, 'explain.strides', { reps: STRIDES.reps, seconds: STRIDES.seconds }),
    });
  if (effectiveRole === 'hills')
    explain.unshift({
      rule: 'R8',
      text: text(ctx, 'explain.hills', { reps: HILLS.reps, seconds: HILLS.seconds }),
    });
  if (effectiveRole === 'progressive_run')
    explain.unshift({ rule: 'R11', text: text(ctx, 'explain.progressive') });
  return {
    spec: {
      weekIndex,
      day,
      kind,
      title: text(ctx, titleKey, { minutes: runMinutesText }),
      stage: null,
      blocks,
      effort: effortFor(ctx, kind),
      surface,
      modality: null,
      exercises: [],
      explain,
    },
    runSeconds,
  };
}

function extraPart(role: RunRole): { run: number; total: number } {
  if (role === 'strides')
    return {
      run: STRIDES.reps * STRIDES.seconds,
      total: STRIDES.reps * (STRIDES.seconds + STRIDES.recovery),
    };
  if (role === 'hills')
    return { run: HILLS.reps * HILLS.seconds, total: HILLS.reps * (HILLS.seconds + HILLS.recovery) };
  return { run: 0, total: 0 };
}
