/** Readers for exported files, using the formats' own reference libraries (ical.js, Garmin's SDK). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decoder, Stream, type FitMessages, type WorkoutStepMesg } from '@garmin/fitsdk';
import ICAL from 'ical.js';
import { parsePlanRequest } from '../../../src/contract/plan';
import { generatePlan } from '../../../src/engine';
import type { Locale, PlanRequest, Programme, Session } from '../../../src/engine/types';

const examples = join(import.meta.dirname, '../../../examples');

/** Raw text of an example request from the engine engineer's examples/ folder. */
export function exampleText(name: string): string {
  return readFileSync(join(examples, name), 'utf8');
}

/** An example request, parsed, in the given locale. */
export function exampleRequest(name: string, locale: Locale = 'en'): PlanRequest {
  const raw = JSON.parse(exampleText(name)) as Record<string, unknown>;
  const parsed = parsePlanRequest({ ...raw, locale });
  if (!parsed.ok) throw new Error(`${name} is not a valid request: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

export function exampleProgramme(name: string, locale: Locale = 'en'): Programme {
  return generatePlan(exampleRequest(name, locale));
}

export function allSessions(programme: Programme): Session[] {
  return programme.weeks.flatMap((week) => week.sessions);
}

export interface ParsedCalendar {
  calendar: InstanceType<typeof ICAL.Component>;
  events: InstanceType<typeof ICAL.Event>[];
}

/** Parses iCalendar text the way calendar apps do (ical.js); throws on a syntax error. */
export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

export interface DecodedFit {
  isFit: boolean;
  intact: boolean;
  errors: Error[];
  messages: FitMessages;
}

/** Decodes a FIT file with the SDK's own Decoder. */
export function decodeFit(bytes: Uint8Array): DecodedFit {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  const isFit = decoder.isFIT();
  const intact = decoder.checkIntegrity();
  const { messages, errors } = decoder.read();
  return { isFit, intact, errors, messages };
}

/** A timed step as a watch runs it. */
export interface PlayedStep {
  name: string | undefined;
  seconds: number;
  intensity: string | undefined;
}

/**
 * Runs decoded workout steps as a watch would: timed steps in order, a repeat step jumping back to
 * `durationStep` until it has run `repeatSteps` times. Returns every timed step played.
 */
export function playWorkout(steps: readonly WorkoutStepMesg[]): PlayedStep[] {
  const played: PlayedStep[] = [];
  const done = new Map<number, number>();
  let index = 0;
  let guard = 0;
  while (index < steps.length) {
    if (++guard > 10_000) throw new Error('the workout never ends');
    const step = steps[index];
    if (step === undefined) break;
    if (step.durationType === 'repeatUntilStepsCmplt') {
      const times = Number(step.repeatSteps);
      const count = (done.get(index) ?? 1) + 1;
      if (count <= times) {
        done.set(index, count);
        index = Number(step.durationStep);
      } else {
        done.delete(index);
        index++;
      }
      continue;
    }
    played.push({
      name: step.wktStepName,
      seconds: Number(step.durationTime),
      intensity: typeof step.intensity === 'string' ? step.intensity : undefined,
    });
    index++;
  }
  return played;
}
