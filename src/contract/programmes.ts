import { z } from 'zod';
import type { Programme } from '../engine/types';
import { calendarDate } from './dates';
import { idOf } from './fields';

/** The parts of a client's record a programme is derived from and a clinician changes. */
export const PLAN_INPUTS = [
  'client',
  'injury',
  'notes',
  'clearance',
  'intake',
  'adjustments',
  'assessments',
] as const;
export type PlanInput = (typeof PLAN_INPUTS)[number];

/** How a programme left the app. */
export const HANDED_OUT_PURPOSES = ['print', 'print_to_folder', 'ics', 'fit'] as const;
export type HandedOutPurpose = (typeof HANDED_OUT_PURPOSES)[number];

/** The latest print or export of a client's programme, and what has changed in the record since. */
export const handedOutSchema = z.object({
  at: z.string(),
  purpose: z.enum(HANDED_OUT_PURPOSES),
  language: z.string(),
  /** Empty: the client holds the plan the app shows (apart from what their own logs changed). */
  changedSince: z.array(z.enum(PLAN_INPUTS)),
});

export type HandedOut = z.infer<typeof handedOutSchema>;

/**
 * A client's programme, derived from their records when it is read (never stored): the engine's
 * public JSON format (plan-engine.md), in the clinic's language and units of now.
 */
export const derivedProgrammeSchema = z.object({
  clientId: z.number().int(),
  /** The local date it was derived for. */
  today: calendarDate,
  engineVersion: z.string(),
  programme: z.custom<Programme>(),
  handedOut: handedOutSchema.nullable(),
});

export type DerivedProgrammeDto = z.infer<typeof derivedProgrammeSchema>;

export const programmesChannels = {
  /**
   * The client's programme, derived now from the active injury and its notes, the current
   * clearance, the intake, the clinician's adjustments, every session log, the clinic's language
   * and units, and today; or, when the records make no plan yet, `notPlannable` saying what is
   * missing or does not fit ("Add an injury first.").
   */
  'programmes.current': {
    input: z.object({ clientId: idOf('A client id') }),
    output: z.object({
      derived: derivedProgrammeSchema.nullable(),
      notPlannable: z.string().nullable(),
    }),
  },
} as const;
