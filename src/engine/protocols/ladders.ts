/**
 * Walk-run ladders as data (clinical-reference.md §1.2). A stage is `repeats × (run, walk)` between
 * a brisk-walk warm-up and cool-down. Every stage is done twice successfully before the next (R4),
 * so where a source already pairs identical sessions the pair is one stage here.
 * `continuousMinutes` is the first continuous run the source graduates to; the engine caps it by
 * R9 (110% of the longest run in 30 days), so it is a ceiling, not a jump.
 */
import type { SourceId } from './sources';

export const LADDER_IDS = [
  'standard',
  'conservative',
  'short_interval',
  'post_op_knee',
  'postnatal',
] as const;
export type LadderId = (typeof LADDER_IDS)[number];

export interface LadderStage {
  stage: number;
  repeats: number;
  runSeconds: number;
  walkSeconds: number;
  sources: readonly SourceId[];
}

export interface Ladder {
  id: LadderId;
  warmupSeconds: number;
  cooldownSeconds: number;
  stages: readonly LadderStage[];
  continuousMinutes: number;
  continuousSources: readonly SourceId[];
}

const MIN = 60;

function stages(rows: ReadonlyArray<[number, number, number, readonly SourceId[]]>): LadderStage[] {
  return rows.map(([repeats, runMinutes, walkMinutes, sources], i) => ({
    stage: i + 1,
    repeats,
    runSeconds: Math.round(runMinutes * MIN),
    walkSeconds: Math.round(walkMinutes * MIN),
    sources,
  }));
}

/**
 * General soft-tissue ladder: the 19-stage / 20-minute ladder with its identical pairs merged
 * (4 × 5-minute walk/jog blocks), with 5-minute brisk walks before and after [S1, S2; S9, S11].
 */
const standard: Ladder = {
  id: 'standard',
  warmupSeconds: 5 * MIN,
  cooldownSeconds: 5 * MIN,
  stages: stages([
    [4, 0.5, 4.5, ['S1', 'S2']],
    [4, 1, 4, ['S1', 'S2', 'S14']],
    [4, 1.5, 3.5, ['S1', 'S2']],
    [4, 2, 3, ['S1', 'S2']],
    [4, 2.5, 2.5, ['S1', 'S2']],
    [4, 3, 2, ['S1', 'S2']],
    [4, 3.5, 1.5, ['S1', 'S2']],
    [4, 4, 1, ['S1', 'S2']],
    [4, 4.5, 0.5, ['S1', 'S2']],
  ]),
  continuousMinutes: 20,
  continuousSources: ['S1', 'S2'],
};

/**
 * Bone stress, MTSS, severe or recurrent cases: very short intervals first, then the Moen MTSS
 * treadmill/overground phases and the military walk 1 / run 4 phase [S13, S65, S10, S4].
 */
const conservative: Ladder = {
  id: 'conservative',
  warmupSeconds: 5 * MIN,
  cooldownSeconds: 5 * MIN,
  stages: stages([
    [5, 0.5, 1.5, ['S13']],
    [10, 0.5, 1.5, ['S13']],
    [6, 1, 2, ['S14', 'S65']],
    [4, 2, 2, ['S10']],
    [4, 3, 2, ['S10']],
    [4, 4, 2, ['S4']],
    [4, 4, 1, ['S4']],
  ]),
  continuousMinutes: 16,
  continuousSources: ['S10'],
};

/**
 * Calf strain: short run-throughs with walking rest rather than long slow running, then the
 * Running Clinic 1'/1' and 2'/1' interval pattern [S36, S9]; the last two stages are [SYN].
 */
const shortInterval: Ladder = {
  id: 'short_interval',
  warmupSeconds: 5 * MIN,
  cooldownSeconds: 5 * MIN,
  stages: stages([
    [8, 0.5, 1.5, ['S36']],
    [10, 0.5, 1, ['S36']],
    [8, 1, 1, ['S9']],
    [10, 1, 1, ['S9']],
    [6, 2, 1, ['S9']],
    [5, 3, 1, ['SYN']],
    [4, 4, 1, ['SYN']],
  ]),
  continuousMinutes: 18,
  continuousSources: ['SYN'],
};

/**
 * Post-operative knee: the 5-week Nwachukwu progression, level ground, one stage per distinct
 * session of the source, each done twice; advance rule from the Delaware programme [S3, S5].
 */
const postOpKnee: Ladder = {
  id: 'post_op_knee',
  warmupSeconds: 5 * MIN,
  cooldownSeconds: 5 * MIN,
  stages: stages([
    [3, 1, 4, ['S3']],
    [3, 2, 3, ['S3']],
    [3, 3, 2, ['S3']],
    [4, 4, 1, ['S3']],
    [3, 6, 1, ['S3']],
    [3, 7, 1, ['S3']],
    [2, 10, 1, ['S3']],
    [1, 18, 3, ['S3', 'S5']],
  ]),
  continuousMinutes: 20,
  continuousSources: ['S3'],
};

/**
 * Postnatal: 1–2-minute running bouts with walk breaks after the 12-week gate and the load and
 * impact tests, raising duration gradually [S15, S16]; later stages are [SYN].
 */
const postnatal: Ladder = {
  id: 'postnatal',
  warmupSeconds: 5 * MIN,
  cooldownSeconds: 5 * MIN,
  stages: stages([
    [5, 1, 2, ['S15']],
    [8, 1, 1.5, ['S15']],
    [5, 2, 2, ['S15', 'S16']],
    [6, 2, 1, ['S16']],
    [5, 3, 1, ['S16']],
    [4, 4, 1, ['SYN']],
    [3, 6, 1, ['SYN']],
  ]),
  continuousMinutes: 20,
  continuousSources: ['S16'],
};

export const LADDERS: Readonly<Record<LadderId, Ladder>> = {
  standard,
  conservative,
  short_interval: shortInterval,
  post_op_knee: postOpKnee,
  postnatal,
};

/** Running minutes of one session at a stage. */
export function stageRunMinutes(stage: LadderStage): number {
  return (stage.repeats * stage.runSeconds) / MIN;
}

/** Walking progression for `walking` clearance and for clients who cannot yet walk 30 minutes
 * briskly without pain (R2). Steps 5 and 6 are the entry test done twice; later steps are the
 * 30–45 min brisk walks used while the next clearance is awaited [S1, S2, S6, S7; §6 SYN]. */
export const WALKING_STEPS: readonly { minutes: number; sources: readonly SourceId[] }[] = [
  { minutes: 10, sources: ['SYN'] },
  { minutes: 15, sources: ['SYN'] },
  { minutes: 20, sources: ['SYN'] },
  { minutes: 25, sources: ['SYN'] },
  { minutes: 30, sources: ['S1', 'S2', 'S6'] },
  { minutes: 30, sources: ['S1', 'S2', 'S6'] },
  { minutes: 35, sources: ['S7', 'SYN'] },
  { minutes: 40, sources: ['S7', 'SYN'] },
  { minutes: 45, sources: ['S7', 'SYN'] },
];

/** Index of the second 30-minute walk: completing it passes the R2 entry test. */
export const WALKING_ENTRY_TEST_STEP = 5;
