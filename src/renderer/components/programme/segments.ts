import type { Block, SimpleBlockType } from '../../../engine/types';

export interface Segment {
  type: SimpleBlockType;
  seconds: number;
}

/**
 * A session's blocks as a flat run of timed segments (repeats unrolled, neighbours of the same
 * type merged), ready to draw as a proportional walk/run bar.
 */
export function toSegments(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = [];
  const push = (type: SimpleBlockType, seconds: number): void => {
    if (seconds <= 0) return;
    const last = segments[segments.length - 1];
    if (last && last.type === type) last.seconds += seconds;
    else segments.push({ type, seconds });
  };
  const walk = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.type === 'repeat') {
        for (let i = 0; i < block.times; i++) walk(block.blocks);
      } else {
        push(block.type, block.seconds);
      }
    }
  };
  walk(blocks);
  return segments;
}
