/** Watch workouts: every file decoded with Garmin's own Decoder back to the session's steps. */
import { Profile, type WorkoutStepMesg } from '@garmin/fitsdk';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FIT_MESG,
  fitFilesToZip,
  isWatchWorkout,
  programmeToFitFiles,
  sessionToFitWorkout,
} from '../../../src/backend/exports/fit';
import type { Block, Session } from '../../../src/engine/types';
import { allSessions, decodeFit, exampleProgramme, playWorkout } from './export-helpers';

const walkRunProgramme = exampleProgramme('achilles-walk-run-10k.json', 'en');
const runProgramme = exampleProgramme('acl-continuous.json', 'en');
const watchSessions = (sessions: Session[]): Session[] =>
  sessions.filter((session) => !session.locked && isWatchWorkout(session));

/** Seconds of a block list with repeats expanded: what the session asks for. */
function blockSeconds(blocks: readonly Block[]): number {
  return blocks.reduce(
    (sum, block) =>
      sum + (block.type === 'repeat' ? block.times * blockSeconds(block.blocks) : block.seconds),
    0,
  );
}

/** The timed blocks in the order a runner does them, repeats expanded. */
function flatten(blocks: readonly Block[]): { type: string; seconds: number }[] {
  return blocks.flatMap((block) =>
    block.type === 'repeat'
      ? Array.from({ length: block.times }, () => flatten(block.blocks)).flat()
      : [{ type: block.type, seconds: block.seconds }],
  );
}

const INTENSITY: Record<string, string> = {
  warmup: 'warmup',
  cooldown: 'cooldown',
  walk: 'rest',
  run: 'active',
  steady: 'active',
  stride: 'active',
  hill: 'active',
};

function decodedSteps(bytes: Uint8Array): WorkoutStepMesg[] {
  const decoded = decodeFit(bytes);
  expect(decoded.isFit).toBe(true);
  expect(decoded.intact).toBe(true);
  expect(decoded.errors).toEqual([]);
  return decoded.messages.workoutStepMesgs ?? [];
}

/** A session of another kind built on a real one: the engine's strides, hills and progressive shapes. */
function variant(kind: Session['kind'], title: string, blocks: Block[]): Session {
  const base = watchSessions(allSessions(runProgramme))[0]!;
  const seconds = blockSeconds(blocks);
  return { ...base, id: `w9-sat-${kind}`, kind, title, blocks, durationMinutes: seconds / 60 };
}

describe('sessionToFitWorkout', () => {
  it('uses the FIT profile message numbers', () => {
    expect(FIT_MESG).toEqual({
      fileId: Profile.MesgNum.FILE_ID,
      workout: Profile.MesgNum.WORKOUT,
      workoutStep: Profile.MesgNum.WORKOUT_STEP,
    });
  });

  it('writes a walk-run session as warm-up, a FIT repeat of run/walk and cool-down', () => {
    const session = watchSessions(allSessions(walkRunProgramme))[0]!;
    const repeat = session.blocks.find((block) => block.type === 'repeat');
    expect(repeat?.type).toBe('repeat');
    const decoded = decodeFit(sessionToFitWorkout(session, { locale: 'en' }));
    expect(decoded.messages.fileIdMesgs?.[0]).toMatchObject({ type: 'workout', manufacturer: 'development' });
    expect(decoded.messages.workoutMesgs?.[0]).toMatchObject({
      sport: 'running',
      wktName: session.title,
      numValidSteps: 5,
    });
    const steps = decodedSteps(sessionToFitWorkout(session, { locale: 'en' }));
    expect(steps.map((step) => [step.wktStepName, step.durationType, step.intensity])).toEqual([
      ['Warm-up', 'time', 'warmup'],
      ['Run', 'time', 'active'],
      ['Walk', 'time', 'rest'],
      [undefined, 'repeatUntilStepsCmplt', undefined],
      ['Cool-down', 'time', 'cooldown'],
    ]);
    // The repeat step points back at the first step of the group, with the number of rounds.
    expect(steps[3]).toMatchObject({
      durationStep: 1,
      repeatSteps: repeat?.type === 'repeat' && repeat.times,
    });
    expect(steps[0]?.durationTime).toBe(300);
    expect(steps[0]?.notes).toBe('Brisk walk');
  });

  it.each([
    ['walk-run', () => watchSessions(allSessions(walkRunProgramme))],
    ['easy run', () => watchSessions(allSessions(runProgramme)).slice(0, 10)],
  ])('round-trips every %s session: steps × repeats = session seconds', (_label, sessions) => {
    const list = sessions();
    expect(list.length).toBeGreaterThan(0);
    for (const session of list) {
      const played = playWorkout(decodedSteps(sessionToFitWorkout(session, { locale: 'en' })));
      const expected = flatten(session.blocks);
      expect(played.map((step) => step.seconds)).toEqual(expected.map((block) => block.seconds));
      expect(played.map((step) => step.intensity)).toEqual(expected.map((block) => INTENSITY[block.type]));
      const total = played.reduce((sum, step) => sum + step.seconds, 0);
      expect(total).toBe(blockSeconds(session.blocks));
      expect(total / 60).toBeCloseTo(session.durationMinutes, 1);
    }
  });

  it.each([
    [
      'strides',
      [
        { type: 'warmup', seconds: 300 },
        { type: 'run', seconds: 1200 },
        {
          type: 'repeat',
          times: 6,
          blocks: [
            { type: 'stride', seconds: 20 },
            { type: 'walk', seconds: 60 },
          ],
        },
        { type: 'cooldown', seconds: 300 },
      ],
    ],
    [
      'hills',
      [
        { type: 'warmup', seconds: 300 },
        { type: 'run', seconds: 600 },
        {
          type: 'repeat',
          times: 5,
          blocks: [
            { type: 'hill', seconds: 45 },
            { type: 'walk', seconds: 90 },
          ],
        },
        { type: 'run', seconds: 300 },
        { type: 'cooldown', seconds: 300 },
      ],
    ],
    [
      'progressive_run',
      [
        { type: 'warmup', seconds: 300 },
        { type: 'run', seconds: 1200 },
        { type: 'steady', seconds: 600 },
        { type: 'cooldown', seconds: 300 },
      ],
    ],
  ] as const)('round-trips a %s session', (kind, blocks) => {
    const session = variant(kind, `Test ${kind}`, blocks as unknown as Block[]);
    const steps = decodedSteps(sessionToFitWorkout(session, { locale: 'en' }));
    const repeat = steps.find((step) => step.durationType === 'repeatUntilStepsCmplt');
    const group = blocks.find((block) => block.type === 'repeat');
    if (group) {
      expect(repeat).toMatchObject({ durationStep: 2, repeatSteps: group.times });
      expect(steps[2]?.wktStepName).toBe(kind === 'hills' ? 'Hill' : 'Stride');
    } else {
      expect(repeat).toBeUndefined();
      expect(steps.map((step) => step.wktStepName)).toContain('Steady run');
    }
    const played = playWorkout(steps);
    expect(played.map((step) => step.seconds)).toEqual(flatten(session.blocks).map((block) => block.seconds));
  });

  it('nests a repeat inside a repeat', () => {
    const inner: Block = {
      type: 'repeat',
      times: 3,
      blocks: [
        { type: 'run', seconds: 30 },
        { type: 'walk', seconds: 30 },
      ],
    };
    const session = variant('strides', 'Nested', [
      { type: 'warmup', seconds: 120 },
      { type: 'repeat', times: 2, blocks: [inner, { type: 'walk', seconds: 120 }] },
    ]);
    const steps = decodedSteps(sessionToFitWorkout(session, { locale: 'en' }));
    expect(steps.filter((step) => step.durationType === 'repeatUntilStepsCmplt')).toHaveLength(2);
    expect(playWorkout(steps).map((step) => step.seconds)).toEqual(
      flatten(session.blocks).map((block) => block.seconds),
    );
  });

  it('names steps and notes in German', () => {
    const german = exampleProgramme('achilles-walk-run-10k.json', 'de');
    const session = watchSessions(allSessions(german))[0]!;
    const decoded = decodeFit(sessionToFitWorkout(session, { locale: 'de' }));
    expect(decoded.messages.workoutMesgs?.[0]?.wktName).toBe(session.title);
    expect(session.title).toMatch(/^Geh-Lauf, Stufe/);
    const steps = decoded.messages.workoutStepMesgs ?? [];
    expect(steps.map((step) => step.wktStepName)).toEqual([
      'Aufwärmen',
      'Laufen',
      'Gehen',
      undefined,
      'Auslaufen',
    ]);
    expect(steps[0]?.notes).toBe('Zügig gehen');
  });

  it('gives the same bytes for the same session and refuses a session without running', () => {
    const session = watchSessions(allSessions(walkRunProgramme))[0]!;
    expect(sessionToFitWorkout(session, { locale: 'en' })).toEqual(
      sessionToFitWorkout(session, { locale: 'en' }),
    );
    const strength = allSessions(walkRunProgramme).find((candidate) => candidate.kind === 'strength')!;
    expect(() => sessionToFitWorkout(strength, { locale: 'en' })).toThrow(/no running/);
  });
});

describe('programmeToFitFiles and fitFilesToZip', () => {
  it('makes one file per unlocked running session with a safe dated name', () => {
    const files = programmeToFitFiles(walkRunProgramme, { locale: 'en' });
    const expected = watchSessions(allSessions(walkRunProgramme));
    expect(files).toHaveLength(expected.length);
    expect(allSessions(walkRunProgramme).some((s) => s.locked && isWatchWorkout(s))).toBe(true);
    expect(files[0]?.fileName).toBe(`${expected[0]!.date} Walk-run, stage ${expected[0]!.stage}.fit`);
    for (const file of files) {
      expect(file.fileName).toMatch(/^\d{4}-\d{2}-\d{2} [^<>:"/\\|?*\p{Cc}]+\.fit$/u);
      expect(decodeFit(file.bytes).intact).toBe(true);
    }
    expect(new Set(files.map((file) => file.fileName)).size).toBe(files.length);
  });

  it('makes no file for a programme without unlocked running', () => {
    expect(programmeToFitFiles(exampleProgramme('bsi-not-cleared.json'), { locale: 'en' })).toEqual([]);
  });

  it('zips the files: one entry per file, same bytes, same zip for the same input', () => {
    const files = programmeToFitFiles(walkRunProgramme, { locale: 'en' });
    const at = new Date('2026-11-27T10:00:00Z');
    const zip = fitFilesToZip(files, at);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(files.map((file) => file.fileName));
    for (const file of files) expect(entries[file.fileName]).toEqual(file.bytes);
    expect(fitFilesToZip(files, at)).toEqual(zip);
  });
});
