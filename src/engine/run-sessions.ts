/**
 * Content of walking and running sessions: a walking step, a ladder stage, a continuous easy run
 * or a build-phase run (long, easy, strides, hills, progressive), fitted under the session caps,
 * with the explanations of the rules that shaped them.
 */
import type { Caps, IntervalShape } from './blocks';
import { fitIntervals, intervalBlocks } from './blocks';
import type { PlanContext, SurfaceNote } from './context';
import { criteriaHolding, derivedFromRestrictions, remember, restrictionsAt, text } from './context';
import { criteriaWithResults } from './assessments/criteria';
import { dateArg, listArg, sub } from './i18n/message';
import type { DayNumber } from './dates';
import type { Ladder, LadderStage } from './protocols/ladders';
import { WALKING_ENTRY_TEST_STEP, WALKING_STEPS } from './protocols/ladders';
import type { CapHold } from './state';
import type { SessionSpec } from './session-factory';
import { capsOn, effortFor } from './session-factory';
import type { DayRestrictions } from './rules/restrictions';
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
export function restrictionExplains(ctx: PlanContext, day: DayNumber): readonly Why[] {
  const derived = derivedFromRestrictions(ctx, day);
  derived.explains ??= buildRestrictionExplains(ctx, restrictionsAt(ctx, day), day);
  return derived.explains;
}

function buildRestrictionExplains(ctx: PlanContext, r: DayRestrictions, day: DayNumber): Why[] {
  const out: Why[] = [];
  // The injury's own defaults say what they are: standard for it until full clearance (E6, E32).
  const defaults = r.defaultCodes.filter((code) => !r.noteCodes.includes(code));
  if (defaults.length > 0)
    out.push({
      rule: 'E6',
      ...text(ctx, 'explain.default_restrictions', {
        list: listArg(defaults.map((code) => sub(`restriction.${code}`))),
      }),
    });
  if (r.criteriaCodes.length > 0)
    out.push({
      rule: 'E42',
      ...text(ctx, 'explain.criteria_restrictions', {
        list: listArg(r.criteriaCodes.map((code) => sub(`restriction.${code}`))),
        criteria: criteriaWithResults(criteriaHolding(ctx, day, 'speed_hills'), day),
      }),
    });
  if (r.noteCodes.length === 0) return out;
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
    return sub(`restriction.${code}`, value === null ? {} : { value });
  });
  out.push({ rule: 'E6', ...text(ctx, 'explain.restrictions', { list: listArg(names) }) });
  return out;
}

function surfaceExplain(ctx: PlanContext, day: DayNumber, early: boolean): SurfaceNote {
  const derived = derivedFromRestrictions(ctx, day);
  if (early) return (derived.earlySurface ??= surfaceNote(ctx, restrictionsAt(ctx, day), true));
  return (derived.laterSurface ??= surfaceNote(ctx, restrictionsAt(ctx, day), false));
}

function surfaceNote(ctx: PlanContext, r: DayRestrictions, early: boolean): SurfaceNote {
  const surface = surfaceFor(r, early);
  return {
    surface,
    explain: {
      rule: early ? 'R8' : 'E6',
      ...text(ctx, 'explain.surface', { surface: sub(`surface.${surface}`) }),
    },
  };
}

function capExplains(ctx: PlanContext, caps: Caps, trimmedTotal: boolean, trimmedRun: boolean): Why[] {
  const out: Why[] = [];
  if (trimmedTotal)
    out.push({
      rule: 'E4',
      ...text(ctx, 'explain.capped_total', { minutes: caps.totalSeconds / MIN }),
    });
  if (trimmedRun)
    out.push({
      rule: 'E4',
      ...text(ctx, 'explain.capped_run', { minutes: caps.runSeconds / MIN }),
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
  const explain: Why[] = [{ rule: 'E8', ...text(ctx, 'explain.walk', { minutes: seconds / MIN }) }];
  if (step === WALKING_ENTRY_TEST_STEP - 1 || step === WALKING_ENTRY_TEST_STEP)
    explain.push({ rule: 'R2', ...text(ctx, 'explain.walk_entry') });
  if (holdUntil !== null && step > WALKING_ENTRY_TEST_STEP)
    explain.push({
      rule: 'E18',
      ...text(ctx, 'explain.walk_hold', { date: dateArg(holdUntil) }),
    });
  explain.push(surfaceNote);
  explain.push(...capExplains(ctx, caps, seconds < row.minutes * MIN, false));
  return {
    weekIndex,
    day,
    kind: 'walk',
    title: text(ctx, 'title.walk', { minutes: seconds / MIN }),
    stage: step + 1,
    blocks: [{ type: 'walk', seconds }],
    effort: effortFor(ctx, 'walk'),
    surface,
    modality: null,
    exercises: [],
    explain,
  };
}

/** Limits on one walk-run session besides the session caps. */
export interface LadderLimits {
  /** R10 once continuous running had started: this run's share of the week's budget. */
  shareSeconds: number | null;
  /** E22: running may not exceed the session that flared until that amount is tolerated. */
  flareSeconds: number | null;
}

export interface LadderChoice {
  stage: number;
  /** What holds the session below the wanted stage (E40), if a cap does. */
  hold: CapHold | null;
  heldBy: 'caps' | 'share' | 'flare' | null;
}

/** E40: a stage's row fits the caps untouched (only warm-up and cool-down may shrink). */
function rowFits(ladder: Ladder, stage: number, runCap: number, totalCap: number): boolean {
  const row = ladder.stages[stage - 1];
  if (!row) return false;
  const run = row.repeats * row.runSeconds;
  const body = row.repeats * (row.runSeconds + row.walkSeconds);
  // Warm-up and cool-down may shrink away: the intervals' own walking warms up.
  return run <= runCap + 1e-9 && body <= totalCap + 1e-9;
}

/**
 * E40: the stage to run on a day: the wanted one if its row fits every cap, otherwise the highest
 * stage below it that does. A stage always means its ladder row; a cap holds the client at a
 * lower stage instead of shrinking a higher one.
 */
export function chooseStage(
  ctx: PlanContext,
  day: DayNumber,
  wanted: number,
  limits: LadderLimits,
): LadderChoice {
  const caps = capsOn(ctx, day);
  const share = limits.shareSeconds ?? Number.POSITIVE_INFINITY;
  const flare = limits.flareSeconds ?? Number.POSITIVE_INFINITY;
  const runCap = Math.min(caps.runSeconds, share, flare);
  if (rowFits(ctx.ladder, wanted, runCap, caps.totalSeconds))
    return { stage: wanted, hold: null, heldBy: null };
  let stage = wanted;
  while (stage > 1 && !rowFits(ctx.ladder, stage, runCap, caps.totalSeconds)) stage--;
  const bySession = !rowFits(ctx.ladder, wanted, caps.runSeconds, caps.totalSeconds);
  if (bySession) return { stage, hold: sessionCapHold(ctx, day, wanted), heldBy: 'caps' };
  const byFlare = !rowFits(ctx.ladder, wanted, Math.min(caps.runSeconds, flare), caps.totalSeconds);
  return {
    stage,
    hold: byFlare ? null : { key: 'weekly_limit', minutes: Math.floor(share / MIN) },
    heldBy: byFlare ? 'flare' : 'share',
  };
}

/** E40 for continuous runs: the session cap that keeps a run shorter than planned, if one does. */
export function continuousCapHold(ctx: PlanContext, day: DayNumber, minutes: number): CapHold | null {
  const caps = capsOn(ctx, day);
  if (minutes * MIN + 2 * MIN_WARMUP <= caps.totalSeconds && minutes * MIN <= caps.runSeconds) return null;
  return bindingCap(ctx, day, minutes * MIN);
}

/** Which session cap keeps a stage's row from fitting. */
function sessionCapHold(ctx: PlanContext, day: DayNumber, stage: number): CapHold {
  const row = ctx.ladder.stages[stage - 1];
  return bindingCap(ctx, day, row ? row.repeats * row.runSeconds : 0);
}

/** The cap that binds a session needing `runSeconds` of running: the clinician's run limit, their
 * session limit, or else the time the client has. */
function bindingCap(ctx: PlanContext, day: DayNumber, runSeconds: number): CapHold {
  const r = restrictionsAt(ctx, day);
  const available = ctx.request.availability.maxSessionMinutes;
  if (runSeconds > capsOn(ctx, day).runSeconds && r.maxRunMinutes !== null)
    return { key: 'max_run_minutes', minutes: r.maxRunMinutes };
  if (r.maxSessionMinutes !== null && r.maxSessionMinutes < available)
    return { key: 'max_session_minutes', minutes: r.maxSessionMinutes };
  return { key: 'available_minutes', minutes: available };
}

/** A walk-run session at a ladder stage (R3, R4), fitted under the caps (E4, E40). */
export function ladderSpec(
  ctx: PlanContext,
  weekIndex: number,
  day: DayNumber,
  choice: LadderChoice,
  wanted: number,
): SessionSpec {
  const ladder = ctx.ladder;
  const row = ladder.stages[Math.min(choice.stage, ladder.stages.length) - 1];
  if (!row) throw new RangeError(`Ladder ${ladder.id} has no stage ${choice.stage}`);
  const caps = capsOn(ctx, day);
  const shape: IntervalShape = {
    warmup: ladder.warmupSeconds,
    cooldown: ladder.cooldownSeconds,
    repeats: row.repeats,
    run: row.runSeconds,
    walk: row.walkSeconds,
  };
  // Only stage 1 can still be too long for the caps; it is then shortened and says so (E4).
  const fitted = fitIntervals(shape, caps);
  const { surface, explain: surfaceNote } = surfaceExplain(ctx, day, true);
  const explain: Why[] = [
    ...remember(ctx.memo.ladderStageExplains, row.stage, () => ladderStageExplains(ctx, ladder, row)),
    surfaceNote,
    ...capExplains(ctx, caps, fitted.trimmedTotal, fitted.trimmedRun),
  ];
  const { repeats, run, walk } = fitted.shape;
  if (repeats !== row.repeats || run !== row.runSeconds || walk !== row.walkSeconds) {
    // The stage text names the full row; the card shows what fits today, so say that too (E4).
    explain.push({
      rule: 'E4',
      ...text(ctx, 'explain.stage_fitted', { repeats, run: run / MIN, walk: walk / MIN }),
    });
  }
  if (choice.stage < wanted) {
    const next =
      ((ladder.stages[wanted - 1]?.repeats ?? 0) * (ladder.stages[wanted - 1]?.runSeconds ?? 0)) / MIN;
    if (choice.heldBy === 'flare')
      explain.push({ rule: 'E22', ...text(ctx, 'explain.flare_cap_stage', { stage: choice.stage }) });
    else if (choice.heldBy === 'share')
      explain.push({
        rule: 'R10',
        ...text(ctx, 'explain.weekly_share_stage', { stage: choice.stage, next: wanted }),
      });
    else if (choice.hold)
      explain.push({
        rule: 'E40',
        ...text(ctx, 'explain.stage_held', {
          stage: choice.stage,
          next: wanted,
          minutes: next,
          cap: sub(`hold.${choice.hold.key}`, { minutes: choice.hold.minutes }),
        }),
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

/** What a ladder stage is, where it comes from, and how hard it should feel (R4, R11). */
function ladderStageExplains(ctx: PlanContext, ladder: Ladder, row: LadderStage): Why[] {
  return [
    {
      rule: 'R4',
      ...text(ctx, 'explain.ladder_stage', {
        stage: row.stage,
        stages: ladder.stages.length,
        repeats: row.repeats,
        run: row.runSeconds / MIN,
        walk: row.walkSeconds / MIN,
        times: sub(ctx.profile.successesPerStage >= 3 ? 'times.3' : 'times.2'),
      }),
    },
    {
      rule: 'R4',
      ...text(ctx, 'explain.sources', { sources: row.sources.join(', ') }),
      audience: 'clinician',
    },
    { rule: 'R11', ...text(ctx, 'explain.effort_easy') },
  ];
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
  /** Hamstring strain: this strides session's share of top speed (E34); null otherwise. */
  stridesPercent: number | null = null,
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
    return continuousSpec(ctx, weekIndex, day, targetMinutes, 'easy', early, null);
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
  const runMinutesText = runSeconds / MIN;
  const graded = effectiveRole === 'strides' && stridesPercent !== null;
  const titleKey =
    effectiveRole === 'long'
      ? 'title.long_run'
      : graded
        ? 'title.strides_graded'
        : (`title.${kind}` as const);
  const { surface, explain: surfaceNote } =
    effectiveRole === 'hills'
      ? {
          surface: 'hills' as const,
          explain: {
            rule: 'R8',
            ...text(ctx, 'explain.surface', { surface: sub('surface.hills') }),
          },
        }
      : surfaceExplain(ctx, day, early);
  const explain: Why[] = [surfaceNote, ...capExplains(ctx, caps, trimmedTotal, trimmedRun)];
  if (effectiveRole === 'strides')
    explain.unshift(
      stridesPercent === null
        ? { rule: 'R8', ...text(ctx, 'explain.strides', { reps: STRIDES.reps, seconds: STRIDES.seconds }) }
        : {
            rule: 'E34',
            ...text(ctx, 'explain.strides_graded', {
              reps: STRIDES.reps,
              seconds: STRIDES.seconds,
              percent: stridesPercent,
            }),
          },
    );
  if (effectiveRole === 'hills')
    explain.unshift({
      rule: 'R8',
      ...text(ctx, 'explain.hills', { reps: HILLS.reps, seconds: HILLS.seconds }),
    });
  if (effectiveRole === 'progressive_run')
    explain.unshift({ rule: 'R11', ...text(ctx, 'explain.progressive') });
  return {
    spec: {
      weekIndex,
      day,
      kind,
      title: text(ctx, titleKey, { minutes: runMinutesText, percent: stridesPercent ?? 0 }),
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
