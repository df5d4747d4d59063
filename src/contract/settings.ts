import { z } from 'zod';
import { LOCALES, UNITS } from '../engine/types';
import { oneOf, singleLineProblem } from './fields';

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

export const settingsSchema = z.object({
  clinicName: z.string().nullable(),
  clinician: z.string().nullable(),
  contact: z.string().nullable(),
  logo: z.string().nullable(),
  units: z.enum(UNITS),
  language: z.enum(LOCALES),
  paper: z.enum(paperSizes),
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
    }),
    output: settingsSchema,
  },
} as const;
