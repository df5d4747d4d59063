/**
 * Parsing untrusted clinic branding (a clinic.json, the settings screen) and print options into
 * the PDF's input types, with every problem as a field path and reason.
 */
import { z } from 'zod';
import { BRAND_LIMITS } from '../../contract/settings';
import { isIsoDate } from '../../engine/index';
import { imageSize, isWithinLogoCap, MAX_LOGO_PIXELS } from './image-size';
import type { ClinicBranding, PrintOptions } from './types';

export interface PrintProblem {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: PrintProblem[] };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** True when `url` is a base64 data URL whose bytes really are a PNG or JPEG. */
export function isImageDataUrl(url: string): boolean {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=\s]+)$/.exec(url);
  if (!match?.[2]) return false;
  const bytes = Buffer.from(match[2], 'base64');
  const magic = match[1] === 'png' ? PNG_MAGIC : JPEG_MAGIC;
  return magic.every((byte, i) => bytes[i] === byte);
}

const ClinicSchema = z.object({
  clinicName: z.string().trim().max(BRAND_LIMITS.clinicName),
  clinician: z.string().trim().max(BRAND_LIMITS.clinician),
  contact: z
    .string()
    .trim()
    .max(BRAND_LIMITS.contact)
    .refine((value) => value.split(/\r\n|\r|\n/).length <= BRAND_LIMITS.contactLines, {
      error: `must be at most ${BRAND_LIMITS.contactLines} lines`,
    }),
  logo: z
    .string()
    .refine(
      isImageDataUrl,
      'must be a data:image/png;base64 or data:image/jpeg;base64 URL of a PNG or JPEG image',
    )
    .refine((url) => {
      const size = imageSize(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
      return size !== null && isWithinLogoCap(size);
    }, `must be at most ${MAX_LOGO_PIXELS}×${MAX_LOGO_PIXELS} pixels`)
    .nullable()
    .default(null),
});

/** Parses clinic branding; the logo is optional (null). */
export function parseClinicBranding(raw: unknown): Parsed<ClinicBranding> {
  const result = ClinicSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    })),
  };
}

/** Checks print options given as text (command line, query string). */
export function parsePrintOptions(raw: {
  locale: string;
  paper: string;
  units: string;
  printedOn: string;
}): Parsed<PrintOptions> {
  const problems: PrintProblem[] = [];
  const oneOf = <T extends string>(path: string, value: string, allowed: readonly T[]): value is T => {
    if ((allowed as readonly string[]).includes(value)) return true;
    problems.push({ path, message: `must be one of ${allowed.join(', ')} (got "${value}")` });
    return false;
  };
  const { locale, paper, units, printedOn } = raw;
  const localeOk = oneOf('locale', locale, ['en', 'de'] as const);
  const paperOk = oneOf('paper', paper, ['a4', 'letter'] as const);
  const unitsOk = oneOf('units', units, ['km', 'mi'] as const);
  if (!isIsoDate(printedOn))
    problems.push({ path: 'printedOn', message: `must be a date YYYY-MM-DD (got "${printedOn}")` });
  if (!localeOk || !paperOk || !unitsOk || problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { locale, paper, units, printedOn } };
}
