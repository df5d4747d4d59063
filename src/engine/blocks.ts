/**
 * Session structure as blocks, and fitting it under the session caps (E4): total time (walking
 * included) within the available minutes and any max_session_minutes, running within
 * max_run_minutes. Warm-ups shrink first, then repeats, then the bouts themselves, so the ratio of
 * running to walking that the ladder prescribes is kept as long as possible.
 */
import type { Block } from './types';

export interface Caps {
  totalSeconds: number;
  runSeconds: number;
}

const MIN_WARMUP_SECONDS = 120;
const ROUND_SECONDS = 15;

const roundDown = (seconds: number): number =>
  Math.max(0, Math.floor(seconds / ROUND_SECONDS) * ROUND_SECONDS);

export interface IntervalShape {
  warmup: number;
  cooldown: number;
  repeats: number;
  run: number;
  walk: number;
}

export interface FitResult<T> {
  shape: T;
  /** true when a cap changed the prescription. */
  trimmedTotal: boolean;
  trimmedRun: boolean;
}

/** Fits a walk-run interval session under the caps. */
export function fitIntervals(shape: IntervalShape, caps: Caps): FitResult<IntervalShape> {
  let { warmup, cooldown, repeats, run, walk } = shape;
  let trimmedRun = false;
  let trimmedTotal = false;
  while (repeats > 1 && repeats * run > caps.runSeconds) {
    repeats--;
    trimmedRun = true;
  }
  if (repeats * run > caps.runSeconds) {
    run = Math.max(ROUND_SECONDS, roundDown(caps.runSeconds / repeats));
    trimmedRun = true;
  }
  const total = (): number => warmup + cooldown + repeats * (run + walk);
  if (total() > caps.totalSeconds) {
    trimmedTotal = true;
    const spare = caps.totalSeconds - repeats * (run + walk);
    const each = Math.max(MIN_WARMUP_SECONDS, roundDown(spare / 2));
    warmup = Math.min(warmup, each);
    cooldown = Math.min(cooldown, each);
  }
  if (total() > caps.totalSeconds && repeats * (run + walk) <= caps.totalSeconds) {
    // The intervals fit on their own: their walking warms up and cools down (E40 keeps the row).
    const spare = caps.totalSeconds - repeats * (run + walk);
    warmup = Math.min(warmup, roundDown(spare / 2));
    cooldown = Math.min(cooldown, roundDown(spare / 2));
  }
  while (repeats > 1 && total() > caps.totalSeconds) repeats--;
  if (total() > caps.totalSeconds) {
    // One bout does not fit: scale run and walk down together, keeping their ratio.
    const room = Math.max(2 * ROUND_SECONDS, caps.totalSeconds - warmup - cooldown);
    const factor = room / (run + walk);
    run = Math.max(ROUND_SECONDS, roundDown(run * factor));
    walk = roundDown(walk * factor);
    if (total() > caps.totalSeconds) {
      warmup = 0;
      cooldown = 0;
    }
  }
  return { shape: { warmup, cooldown, repeats, run, walk }, trimmedTotal, trimmedRun };
}

export function intervalBlocks(shape: IntervalShape): Block[] {
  const blocks: Block[] = [];
  if (shape.warmup > 0) blocks.push({ type: 'warmup', seconds: shape.warmup });
  const bout: Block[] = [{ type: 'run', seconds: shape.run }];
  if (shape.walk > 0) bout.push({ type: 'walk', seconds: shape.walk });
  if (shape.repeats > 1) blocks.push({ type: 'repeat', times: shape.repeats, blocks: bout });
  else blocks.push(...bout);
  if (shape.cooldown > 0) blocks.push({ type: 'cooldown', seconds: shape.cooldown });
  return blocks;
}

/** Running seconds of a list of blocks. */
export function runSecondsOf(blocks: readonly Block[]): number {
  return sumBlocks(blocks).run;
}

export interface BlockSums {
  total: number;
  run: number;
  walk: number;
  activity: number;
}

/** Totals of a block list in seconds, repeats expanded. */
export function sumBlocks(blocks: readonly Block[]): BlockSums {
  const sums: BlockSums = { total: 0, run: 0, walk: 0, activity: 0 };
  for (const block of blocks) {
    if (block.type === 'repeat') {
      const inner = sumBlocks(block.blocks);
      sums.total += inner.total * block.times;
      sums.run += inner.run * block.times;
      sums.walk += inner.walk * block.times;
      sums.activity += inner.activity * block.times;
      continue;
    }
    sums.total += block.seconds;
    if (block.type === 'run' || block.type === 'steady' || block.type === 'stride' || block.type === 'hill') {
      sums.run += block.seconds;
    } else if (block.type === 'activity') {
      sums.activity += block.seconds;
    } else {
      sums.walk += block.seconds;
    }
  }
  return sums;
}

/** Seconds → minutes, to two decimals, for the session's minute fields. */
export function minutes(seconds: number): number {
  return Math.round((seconds / 60) * 100) / 100;
}
