import { z } from 'zod';
import { CRITERION_THRESHOLDS, THRESHOLD_IDS, type ThresholdId } from '../engine';
import { LOCALES, UNITS } from '../engine/types';
import { CriteriaThresholdsSchema } from './assessment';
import { oneOf, singleLineProblem, wholeNumber } from './fields';

export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** Largest logo accepted, in characters of its data URL (about 1 MB of image). */
export const MAX_LOGO_CHARS = 1_400_000;

/**
 * The one limit for the clinic's branding, shared by Settings and a clinic.json: what the printed
 * header holds beside the logo (it measures and wraps its text; at these lengths it stays a header).
 */
export const BRAND_LIMITS = { clinicName: 120, clinician: 120, contact: 200, contactLines: 4 } as const;

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** `text` that must also be one line without control characters (a name). */
const oneLine = (schema: ReturnType<typeof text>, label: string) =>
  schema.refine((value) => value === null || singleLineProblem(label, value) === null, {
    error: (issue) => singleLineProblem(label, String(issue.input)) ?? `${label} is not valid`,
    params: { code: 'control_characters' },
  });

/** A PNG or JPEG logo as a base64 data URL, about 1 MB at most; '' or null removes it. */
const logo = z.preprocess(
  (value) => (value === '' ? null : value),
  z
    .string()
    .max(MAX_LOGO_CHARS, { error: 'The logo must be at most about 1 MB' })
    .refine((value) => /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/.test(value), {
      error: 'The logo must be a PNG or JPEG image',
      params: { code: 'invalid_image' },
    })
    .nullable(),
);

/** The re-test interval's range, in weeks, and its default. */
export const RETEST_WEEKS = { min: 1, max: 26, default: 2 } as const;

/**
 * A criterion threshold as the settings screen offers it: the cited default, the range a clinic
 * may choose from, and the other published values with their sources (clinical-reference §9 ids),
 * e.g. "default 90% (S38); alternatives 85% (S17), 80% (S3)"; `value` is the one in force.
 */
export const thresholdOptionSchema = z.object({
  id: z.enum(THRESHOLD_IDS as [ThresholdId, ...ThresholdId[]]),
  value: z.number(),
  default: z.number(),
  min: z.number(),
  max: z.number(),
  sources: z.array(z.string()),
  alternatives: z.array(z.object({ value: z.number(), sources: z.array(z.string()) })),
});

export type ThresholdOption = z.infer<typeof thresholdOptionSchema>;

/** Every threshold, in catalogue order, with the clinic's choice where it made one. */
export function thresholdOptions(chosen: Readonly<Partial<Record<ThresholdId, number>>>): ThresholdOption[] {
  return THRESHOLD_IDS.map((id) => {
    const def = CRITERION_THRESHOLDS[id];
    return {
      id,
      value: chosen[id] ?? def.default,
      default: def.default,
      min: def.min,
      max: def.max,
      sources: [...def.sources],
      alternatives: def.alternatives.map((alternative) => ({
        value: alternative.value,
        sources: [...alternative.sources],
      })),
    };
  });
}

export const settingsSchema = z.object({
  clinicName: z.string().nullable(),
  clinician: z.string().nullable(),
  contact: z.string().nullable(),
  logo: z.string().nullable(),
  units: z.enum(UNITS),
  language: z.enum(LOCALES),
  paper: z.enum(paperSizes),
  /** The clinic's own criterion thresholds (issue 10); an id left out keeps its cited default. */
  criteriaThresholds: z.record(z.string(), z.number()),
  /** Weeks after a failed test that holds the plan back before the caseload flags a re-test. */
  retestWeeks: z.number().int(),
  /** Every threshold with its default, range, sources and alternatives, and the value in force. */
  thresholdOptions: z.array(thresholdOptionSchema),
  /** Null until settings are first saved (the defaults apply). */
  updatedAt: z.string().nullable(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsChannels = {
  /** The clinic's settings, or the defaults (km, English, A4) before they are first saved. */
  'settings.get': { input: z.object({}), output: settingsSchema },
  /** Saves the fields sent; fields left out keep their value. */
  'settings.save': {
    input: z.object({
      clinicName: text('Clinic name', BRAND_LIMITS.clinicName).optional(),
      clinician: oneLine(text('Clinician', BRAND_LIMITS.clinician), 'Clinician').optional(),
      contact: text('Contact', BRAND_LIMITS.contact)
        .refine((value) => value === null || value.split(/\r\n|\r|\n/).length <= BRAND_LIMITS.contactLines, {
          error: `Contact must be at most ${BRAND_LIMITS.contactLines} lines`,
          params: { code: 'too_many_lines' },
        })
        .optional(),
      logo: logo.optional(),
      units: oneOf(UNITS, 'Units').optional(),
      language: oneOf(LOCALES, 'Language').optional(),
      paper: oneOf(paperSizes, 'Paper size').optional(),
      /**
       * The clinic's thresholds as a whole: ids left out go back to their default (`{}` resets
       * all). Each within its range (thresholdOptions). Every assessed client's plan follows.
       */
      criteriaThresholds: CriteriaThresholdsSchema.optional(),
      retestWeeks: wholeNumber('Re-test interval (weeks)', RETEST_WEEKS.min, RETEST_WEEKS.max).optional(),
    }),
    output: settingsSchema,
  },
} as const;
