/**
 * A session's blocks as a proportional bar (segments in order, repeats unrolled) and as one line
 * of steps. Both come from the same blocks, so the picture and the words cannot disagree.
 */
import type { Block, SimpleBlockType } from '../../engine/types';
import type { BarKind, BarSegment } from './types';
import { formatDuration, t, type PdfLocale } from './i18n/format';

const BAR_KIND: Readonly<Record<SimpleBlockType, BarKind>> = {
  warmup: 'warmup',
  cooldown: 'cooldown',
  walk: 'walk',
  run: 'run',
  steady: 'run',
  stride: 'run',
  hill: 'run',
  activity: 'other',
};

/** The blocks unrolled into bar segments; neighbours of the same kind are merged. */
export function barSegments(blocks: readonly Block[]): BarSegment[] {
  const segments: BarSegment[] = [];
  const visit = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.type === 'repeat') {
        for (let i = 0; i < block.times; i++) visit(block.blocks);
        continue;
      }
      if (block.seconds <= 0) continue;
      const kind = BAR_KIND[block.type];
      const last = segments[segments.length - 1];
      if (last && last.kind === kind) last.seconds += block.seconds;
      else segments.push({ kind, seconds: block.seconds });
    }
  };
  visit(blocks);
  return segments;
}

/** Total seconds of a list of blocks, repeats included. */
export function blocksSeconds(blocks: readonly Block[]): number {
  return blocks.reduce(
    (sum, block) =>
      sum + (block.type === 'repeat' ? block.times * blocksSeconds(block.blocks) : block.seconds),
    0,
  );
}

/** `warm-up 5 min · 6 × (run 1 min, walk 2 min) · cool-down 5 min`. */
export function describeSteps(locale: PdfLocale, blocks: readonly Block[]): string {
  const describe = (block: Block): string => {
    if (block.type === 'repeat') {
      const inner = block.blocks.map(describe).join(', ');
      return block.times === 1 ? inner : t(locale, 'step.repeat', { times: block.times, inner });
    }
    return t(locale, `step.${block.type}`, { time: formatDuration(locale, block.seconds) });
  };
  const text = blocks.map(describe).join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
