import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentEdges } from '../../../src/backend/pdf/pdf-graphics';
import { barSegments, blocksSeconds, describeSteps } from '../../../src/backend/pdf/session-bar';
import type { Block } from '../../../src/engine/types';
import { fixtureProgramme } from '../../fixtures/pdf/programme-fixture';

const simple = fc.record({
  type: fc.constantFrom('warmup', 'cooldown', 'walk', 'run', 'steady', 'stride', 'hill', 'activity' as const),
  seconds: fc.integer({ min: 0, max: 3600 }),
}) as fc.Arbitrary<Block>;
const block: fc.Arbitrary<Block> = fc.oneof(
  simple,
  fc.record({
    type: fc.constant('repeat' as const),
    times: fc.integer({ min: 1, max: 10 }),
    blocks: fc.array(simple, { maxLength: 3 }),
  }),
);

describe('session bar', () => {
  it('unrolls repeats and merges neighbours of the same kind', () => {
    const blocks: Block[] = [
      { type: 'warmup', seconds: 300 },
      {
        type: 'repeat',
        times: 2,
        blocks: [
          { type: 'run', seconds: 60 },
          { type: 'walk', seconds: 120 },
        ],
      },
      { type: 'walk', seconds: 60 },
      { type: 'cooldown', seconds: 300 },
    ];
    expect(barSegments(blocks)).toEqual([
      { kind: 'warmup', seconds: 300 },
      { kind: 'run', seconds: 60 },
      { kind: 'walk', seconds: 120 },
      { kind: 'run', seconds: 60 },
      { kind: 'walk', seconds: 180 },
      { kind: 'cooldown', seconds: 300 },
    ]);
    expect(describeSteps('en', blocks)).toBe(
      'Warm-up 5 min · 2 × (run 1 min, walk 2 min) · walk 1 min · cool-down 5 min',
    );
  });

  it('segments add up to the session duration for every session of the fixture', () => {
    for (const session of fixtureProgramme.weeks
      .flatMap((w) => w.sessions)
      .filter((s) => s.blocks.length > 0)) {
      const total = barSegments(session.blocks).reduce((sum, s) => sum + s.seconds, 0);
      expect(total, session.id).toBe(session.durationMinutes * 60);
    }
  });

  it('segments always add up to the blocks’ total time (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const segments = barSegments(blocks);
        expect(segments.reduce((sum, s) => sum + s.seconds, 0)).toBe(blocksSeconds(blocks));
        expect(segments.every((s) => s.seconds > 0)).toBe(true);
      }),
    );
  });

  it('drawn widths add up to exactly the bar width (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 50, max: 600, noNaN: true }),
        (amounts, width) => {
          const edges = segmentEdges(amounts, 46, width);
          expect(edges).toHaveLength(amounts.length + 1);
          expect(edges[edges.length - 1]).toBeCloseTo(46 + width, 9);
          for (let i = 1; i < edges.length; i++) expect(edges[i]! - edges[i - 1]!).toBeGreaterThan(0);
        },
      ),
    );
  });
});
