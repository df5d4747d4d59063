import { z } from 'zod';
import { idOf } from './fields';

/** A calendar file, ready to save: iCalendar text (`text/calendar`, UTF-8). */
export const icsExportSchema = z.object({
  fileName: z.string(),
  content: z.string(),
});

/** Watch workouts, ready to save: one `.fit` file per running session, zipped, as base64. */
export const fitExportSchema = z.object({
  fileName: z.string(),
  zipBase64: z.string(),
  /** The file names inside the zip, in date order (empty when no running session is unlocked). */
  files: z.array(z.string()),
});

export type IcsExport = z.infer<typeof icsExportSchema>;
export type FitExport = z.infer<typeof fitExportSchema>;

export const exportsChannels = {
  /**
   * The client's current programme as a calendar: one event per unlocked session, in the clinic's
   * language, at the client's preferred time (all-day without one). Event UIDs stay the same on
   * every export, so importing again updates the events. Sessions dated before today are left out
   * unless `includePast`. `conflict` when there is no programme yet.
   */
  'exports.ics': {
    input: z.object({
      clientId: idOf('A client id'),
      /** Also the sessions dated before today (missed or done); by default the calendar starts today. */
      includePast: z.boolean().default(false),
    }),
    output: icsExportSchema,
  },
  /**
   * The client's unlocked walk-run and run sessions as FIT workouts for a watch, in one zip.
   * `conflict` when there is no programme yet.
   */
  'exports.fit': { input: z.object({ clientId: idOf('A client id') }), output: fitExportSchema },
} as const;
