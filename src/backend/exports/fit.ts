/**
 * Running sessions as FIT workout files for sports watches, written with Garmin's own SDK.
 *
 * A session's blocks map one to one onto timed workout steps; a `repeat` block becomes its inner
 * steps followed by a FIT repeat step that loops back to the first of them, so the watch counts
 * the intervals itself instead of showing a long flat list.
 */
import { Encoder, type FileIdMesg, type WorkoutMesg, type WorkoutStepMesg } from '@garmin/fitsdk';
import { zipSync } from 'fflate';
import { RUNNING_KINDS } from '../../engine/types';
import type { Block, Locale, Programme, Session, SimpleBlockType } from '../../engine/types';
import { localised } from '../../engine/i18n/message';
import { safeFileName } from './file-names';
import { sessionTitle } from './session-text';
import { exportTexts, type ExportTexts } from './i18n';

/** Global message numbers of the FIT profile (Profile.MesgNum.FILE_ID, WORKOUT, WORKOUT_STEP). */
export const FIT_MESG = { fileId: 0, workout: 26, workoutStep: 27 } as const;

/** Blocks that are running; a session without one has nothing for a running watch to guide. */
const RUNNING_BLOCKS: ReadonlySet<SimpleBlockType> = new Set(['run', 'steady', 'stride', 'hill']);

/** The FIT intensity of each block: walking breaks inside a session are its rest. */
const INTENSITY: Readonly<Record<SimpleBlockType, 'warmup' | 'cooldown' | 'active' | 'rest'>> = {
  warmup: 'warmup',
  cooldown: 'cooldown',
  walk: 'rest',
  run: 'active',
  steady: 'active',
  stride: 'active',
  hill: 'active',
  activity: 'active',
};

export interface FitOptions {
  locale: Locale;
}

export interface FitFile {
  fileName: string;
  bytes: Uint8Array;
}

function hasRunningBlock(blocks: readonly Block[]): boolean {
  return blocks.some((block) =>
    block.type === 'repeat' ? hasRunningBlock(block.blocks) : RUNNING_BLOCKS.has(block.type),
  );
}

/** True for walk-run and run sessions that contain running: the ones a watch workout fits. */
export function isWatchWorkout(session: Session): boolean {
  return (RUNNING_KINDS as readonly string[]).includes(session.kind) && hasRunningBlock(session.blocks);
}

/** Appends the steps of `blocks` to `steps`; message indexes are positions in the list. */
function appendSteps(blocks: readonly Block[], steps: WorkoutStepMesg[], texts: ExportTexts): void {
  for (const block of blocks) {
    if (block.type === 'repeat') {
      if (block.times < 1 || block.blocks.length === 0) continue;
      const first = steps.length;
      appendSteps(block.blocks, steps, texts);
      if (block.times === 1 || steps.length === first) continue;
      // The encoder ignores sub-fields (durationStep, repeatSteps): write the main fields.
      const repeat: WorkoutStepMesg = {
        messageIndex: steps.length,
        durationType: 'repeatUntilStepsCmplt',
        durationValue: first,
        targetValue: block.times,
      };
      steps.push(repeat);
      continue;
    }
    if (block.seconds <= 0) continue;
    const step: WorkoutStepMesg = {
      messageIndex: steps.length,
      wktStepName: texts.stepNames[block.type],
      notes: texts.stepNotes[block.type],
      durationType: 'time',
      // Milliseconds: durationValue is the raw field behind durationTime (seconds, scale 1000).
      durationValue: Math.round(block.seconds * 1000),
      targetType: 'open',
      intensity: INTENSITY[block.type],
    };
    steps.push(step);
  }
}

/** A 32-bit FNV-1a hash, never 0 (FIT's serial number treats 0 as invalid). */
function serialOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash === 0 ? 1 : hash;
}

/** "3" or "3–4" of 10, with the talk test: the workout's description on the watch. */
function effortLine(session: Session, locale: Locale): string {
  const { rpeMin, rpeMax, talkTest, talkTestI18n } = session.effort;
  const rpe = rpeMin === rpeMax ? `${rpeMin}` : `${rpeMin}–${rpeMax}`;
  return `RPE ${rpe}/10 · ${localised(locale, talkTestI18n, talkTest)}`;
}

/**
 * One running session as a FIT workout file: a file id, the workout and its timed steps (warm-up,
 * repeated run/walk, cool-down), names and notes in `locale`. Pure: the creation time is the
 * session's date, so the same session always gives the same bytes.
 */
export function sessionToFitWorkout(session: Session, options: FitOptions): Uint8Array {
  if (!isWatchWorkout(session)) {
    throw new RangeError(`Session ${session.id} (${session.kind}) has no running to put on a watch`);
  }
  const texts = exportTexts(options.locale);
  const steps: WorkoutStepMesg[] = [];
  appendSteps(session.blocks, steps, texts);

  const fileId: FileIdMesg = {
    type: 'workout',
    manufacturer: 'development',
    product: 0,
    serialNumber: serialOf(session.id),
    timeCreated: new Date(`${session.date}T00:00:00Z`),
  };
  const workout: WorkoutMesg = {
    sport: 'running',
    subSport: session.surface === 'treadmill' ? 'treadmill' : 'generic',
    numValidSteps: steps.length,
    wktName: sessionTitle(session, options.locale),
    wktDescription: effortLine(session, options.locale),
  };
  const encoder = new Encoder();
  encoder.onMesg(FIT_MESG.fileId, fileId);
  encoder.onMesg(FIT_MESG.workout, workout);
  for (const step of steps) encoder.onMesg(FIT_MESG.workoutStep, step);
  return encoder.close();
}

/**
 * The programme's unlocked running sessions as FIT files, named "<date> <title>.fit" with safe
 * characters (e.g. "2026-12-01 Walk-run stage 1.fit"), in date order.
 */
export function programmeToFitFiles(programme: Programme, options: FitOptions): FitFile[] {
  const used = new Set<string>();
  const files: FitFile[] = [];
  for (const session of programme.weeks.flatMap((week) => week.sessions)) {
    if (session.locked || !isWatchWorkout(session)) continue;
    const base = `${session.date} ${safeFileName(sessionTitle(session, options.locale))}`;
    // At most one running session a day (engine rule), but a name must never overwrite another.
    const name = used.has(base) ? `${base} ${safeFileName(session.id)}` : base;
    used.add(name);
    files.push({ fileName: `${name}.fit`, bytes: sessionToFitWorkout(session, options) });
  }
  return files;
}

/** FIT files in one zip; `modifiedAt` is every entry's time, so the same input gives the same zip. */
export function fitFilesToZip(files: readonly FitFile[], modifiedAt: Date): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.fileName] = file.bytes;
  return zipSync(entries, { level: 6, mtime: modifiedAt });
}
