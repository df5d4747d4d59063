import { z } from 'zod';
import {
  BSI_SITES,
  CLEARANCE_LEVELS,
  EXPERIENCE_LEVELS,
  GOAL_KINDS,
  INJURY_TYPES,
  LOG_FAMILIES,
  MODALITIES,
  PAIN_LIGHTS,
  RED_FLAGS,
  REDS_SIGNS,
  SEVERITIES,
  SIDES,
  WEEKDAYS,
} from '../engine/types';
import { ASSESSMENT_LIMITS, AssessmentSchema } from './assessment';
import { clientFieldsSchema, clientSchema } from './clients';
import { calendarDate } from './dates';
import {
  evenWithFieldErrors,
  idOf,
  oneOf,
  optionalDate,
  multiLineText,
  optionalText,
  requiredText,
  singleLineText,
  wholeNumber,
} from './fields';
import { sportGateOverride } from './clearances';
import { injuryCrossFieldIssues, injuryStatuses, previousEpisodesSchema } from './injuries';
import { breastfeedingSchema } from './intake';
import { restrictionSchema } from './notes';
import {
  ADJUSTMENT_LIMITS,
  AdjustmentActionSchema,
  PlanRequestSchema,
  ProgrammeSchema,
  SessionLogSchema,
} from './plan';
import { HANDED_OUT_PURPOSES } from './programmes';

/** The `format` of a client record file. */
export const CLIENT_RECORD_FORMAT = 'restride.client';
/**
 * The record version this build writes. Version 2 adds earlier episodes and the bone stress site
 * (injuries), the ACL sport-timing override (clearances), RED-S signs and breastfeeding (intake).
 * Version 4 adds the recorded tests (assessments).
 */
export const CLIENT_RECORD_VERSION = 4;
/**
 * The record versions this build reads: a version 1 file gets version 2's defaults; versions 1
 * and 2 carry derived programmes, which are checked and ignored. Version 3 holds inputs and logs
 * only (each log says its kind, and the clinician's adjustments to the plan are inputs too), and
 * lists what was handed to the client. Versions 1–3 have no assessments.
 */
export const CLIENT_RECORD_VERSIONS_READ: readonly number[] = [1, 2, 3, CLIENT_RECORD_VERSION];

const timestamp = (label: string) =>
  z.iso.datetime({ error: `${label} must be a UTC timestamp, e.g. 2026-11-27T10:00:00.000Z` });

/**
 * How many of each a record may hold: far beyond any real client (a year of daily logs is 365), but
 * finite, so a forged file cannot make an import, or a screen that lists them, run for ever. A list
 * longer than its cap is refused at its own path ("json.sessionLogs — At most 5000 session logs").
 */
export const CLIENT_RECORD_LIMITS = {
  injuries: 200,
  notesPerInjury: 2000,
  clearances: 1000,
  programmes: 1000,
  adjustments: ADJUSTMENT_LIMITS.count,
  assessments: ASSESSMENT_LIMITS.perRequest,
  sessionLogs: 5000,
  handedOut: 5000,
  groups: 100,
} as const;

/** A list of at most `max` items, refused with a message naming what it holds. */
const listOf = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, { error: `At most ${max} ${what}` });

/** Adds a custom issue with a stable reason code. */
function addIssue(ctx: z.RefinementCtx, path: (string | number)[], message: string, code: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { code } });
}

const noteRecord = z.object({
  date: calendarDate,
  author: singleLineText('Author', 120),
  text: multiLineText('Note', 5000),
  restrictions: z.array(restrictionSchema).max(30, { error: 'At most 30 restrictions per note' }),
  createdAt: timestamp('Created at'),
});

const injuryRecord = z
  .object({
    type: oneOf(INJURY_TYPES, 'Injury type'),
    side: oneOf(SIDES, 'Side'),
    onsetDate: optionalDate,
    weeksWithoutRunning: wholeNumber('Weeks without running', 0, 520),
    severity: oneOf(SEVERITIES, 'Severity'),
    surgeryDate: optionalDate,
    deliveryDate: optionalDate,
    recurrent: z.boolean({ error: 'Recurrent must be true or false' }),
    /** Version 2; missing (version 1): 1 when recurrent, else 0. */
    previousEpisodes: previousEpisodesSchema.optional(),
    /** Version 2; missing (version 1): none. */
    bsiSite: oneOf(BSI_SITES, 'Bone stress site').nullable().default(null),
    imagingConfirmedHealing: z.boolean({ error: 'Imaging-confirmed healing must be true or false' }),
    status: oneOf(injuryStatuses, 'Status'),
    createdAt: timestamp('Created at'),
    updatedAt: timestamp('Updated at'),
    /** Oldest first. */
    notes: listOf(noteRecord, CLIENT_RECORD_LIMITS.notesPerInjury, 'notes per injury'),
  })
  .superRefine((injury, ctx) => {
    for (const issue of injuryCrossFieldIssues(injury))
      addIssue(ctx, [issue.path], issue.message, issue.code);
  }, evenWithFieldErrors);

const clearanceRecord = z
  .object({
    level: oneOf(CLEARANCE_LEVELS, 'Clearance level'),
    date: calendarDate,
    by: singleLineText('Cleared by', 120),
    reviewDate: optionalDate,
    conditions: optionalText('Conditions', 2000),
    overrideTimeGate: z.boolean({ error: 'Override must be true or false' }),
    overrideReason: optionalText('Override reason', 2000),
    /** Version 2; missing (version 1): no. */
    overrideSportGate: sportGateOverride,
    createdAt: timestamp('Created at'),
  })
  .superRefine((clearance, ctx) => {
    if (clearance.overrideTimeGate === true && !clearance.overrideReason) {
      addIssue(ctx, ['overrideReason'], 'Give the reason for overriding the time gate', 'required');
    }
  }, evenWithFieldErrors);

const intakeRecord = z
  .object({
    experience: oneOf(EXPERIENCE_LEVELS, 'Running experience'),
    painFreeWalkMinutes: wholeNumber('Pain-free walking minutes', 0, 300),
    longestRecentRunMinutes: wholeNumber('Longest recent run', 0, 600),
    preInjuryWeeklyRunMinutes: wholeNumber('Weekly running before the injury', 0, 3000),
    days: listOf(oneOf(WEEKDAYS, 'Day'), WEEKDAYS.length, 'available days').min(1, {
      error: 'Choose at least one available day',
    }),
    maxSessionMinutes: wholeNumber('Longest session', 10, 240),
    crossTraining: listOf(oneOf(MODALITIES, 'Cross-training'), MODALITIES.length, 'kinds of cross-training'),
    preferredTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use the format HH:MM, e.g. 07:30' })
      .nullable(),
    goalKind: oneOf(GOAL_KINDS, 'Goal'),
    goalDate: optionalDate,
    startDate: calendarDate,
    /** Version 2; missing (version 1): none and no. */
    redsSigns: listOf(oneOf(REDS_SIGNS, 'RED-S sign'), REDS_SIGNS.length, 'RED-S signs').default([]),
    breastfeeding: breastfeedingSchema,
    createdAt: timestamp('Created at'),
    updatedAt: timestamp('Updated at'),
  })
  .superRefine((intake, ctx) => {
    if (typeof intake.goalDate === 'string' && typeof intake.startDate === 'string') {
      if (intake.goalDate <= intake.startDate) {
        addIssue(ctx, ['goalDate'], 'The goal date must be after the start date', 'before_date');
      }
    }
  }, evenWithFieldErrors);

/**
 * A programme the record was exported with. Derived, so an import ignores it and computes the
 * programme again from the record's inputs; it is still checked (with the schemas' caps on sizes,
 * nesting and numbers), so a damaged or forged file is refused rather than half-read.
 */
const programmeRecord = z
  .object({
    engineVersion: z
      .string()
      .min(1, { error: 'The engine version is required' })
      .max(40, { error: 'The engine version must be at most 40 characters' }),
    /** The PlanRequest that produced the programme, as stored; its lists capped like the record's. */
    request: z
      .looseObject({
        notes: listOf(z.unknown(), CLIENT_RECORD_LIMITS.notesPerInjury, 'notes').optional(),
        logs: listOf(z.unknown(), CLIENT_RECORD_LIMITS.sessionLogs, 'session logs').optional(),
      })
      .pipe(PlanRequestSchema),
    /** The engine's Programme JSON, as stored. */
    programme: ProgrammeSchema,
    createdAt: timestamp('Created at'),
    updatedAt: timestamp('Updated at'),
  })
  .superRefine((stored, ctx) => {
    const inner = (stored.programme as { engineVersion?: unknown } | undefined)?.engineVersion;
    if (typeof inner === 'string' && inner !== stored.engineVersion) {
      addIssue(ctx, ['engineVersion'], 'The engine version differs from the programme’s own', 'mismatch');
    }
  }, evenWithFieldErrors);

/**
 * A clinician's adjustment to the proposed plan (move, shorten, skip, swap, hold a week): an input
 * like a log, applied on every derivation. Capped like a plan request's adjustments, so an
 * imported record always makes a request the engine reads.
 */
const adjustmentRecord = z
  .object({
    date: calendarDate,
    /** The session's log family; null for a held week. */
    kind: oneOf(LOG_FAMILIES, 'Session kind').nullable(),
    action: AdjustmentActionSchema,
    by: singleLineText('Adjusted by', 120),
    reason: multiLineText('Reason', ADJUSTMENT_LIMITS.textChars),
    createdAt: timestamp('Created at'),
  })
  .superRefine((adjustment, ctx) => {
    const hold = adjustment.action?.type === 'hold_week';
    if (hold && adjustment.kind !== null && adjustment.kind !== undefined) {
      addIssue(ctx, ['kind'], 'Holding a week takes no session kind', 'invalid');
    }
    if (!hold && adjustment.kind === null) {
      addIssue(
        ctx,
        ['kind'],
        'Say which session: run, walk, strength, mobility or cross-training',
        'required',
      );
    }
    if (adjustment.action?.type === 'move' && adjustment.action.toDate === adjustment.date) {
      addIssue(ctx, ['action', 'toDate'], 'The new day is the day it is on', 'invalid');
    }
  }, evenWithFieldErrors);

/**
 * A recorded assessment (tests and outcome scores) with its timestamps: the assessment is checked
 * against the test catalogue exactly as the assessments channels check it, each problem at its own
 * path (`assessments.0.results.1.left`).
 */
const assessmentRecord = z
  .looseObject({
    createdAt: timestamp('Created at'),
    updatedAt: timestamp('Updated at'),
  })
  .transform((value, ctx) => {
    const { createdAt, updatedAt, ...assessment } = value;
    const parsed = AssessmentSchema.safeParse(assessment);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const code =
          issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : issue.code;
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { code } });
      }
      return z.NEVER;
    }
    return { ...parsed.data, createdAt, updatedAt };
  });

const handedOutRecord = z.object({
  at: timestamp('Handed out at'),
  purpose: z.enum(HANDED_OUT_PURPOSES, {
    error: `Purpose must be one of: ${HANDED_OUT_PURPOSES.join(', ')}`,
  }),
  language: z.string().max(10),
  engineVersion: z.string().max(40),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'A SHA-256 hash in hex' }),
  fileBytes: z.number().int().min(0).max(1e9),
});

const sessionLogRecord = SessionLogSchema.extend({
  redFlags: listOf(oneOf(RED_FLAGS, 'Red flag'), RED_FLAGS.length, 'red flags').default([]),
  light: z.enum(PAIN_LIGHTS, { error: `Light must be one of: ${PAIN_LIGHTS.join(', ')}` }).nullable(),
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});

/**
 * One client's full record as a file (`clients.exportRecord` writes it, `clients.importRecord`
 * reads it). No ids: relations are nested (notes inside their injury); every list is oldest first,
 * so an import recreates the same order. Timestamps are kept as recorded.
 */
export const clientRecordSchema = z
  .object({
    format: z.literal(CLIENT_RECORD_FORMAT),
    /** Version 1 files read with version 2's defaults for what they lack. */
    version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(CLIENT_RECORD_VERSION)]),
    exportedAt: timestamp('Exported at'),
    client: clientFieldsSchema.extend({
      archived: z.boolean({ error: 'Archived must be true or false' }),
      createdAt: timestamp('Created at'),
      updatedAt: timestamp('Updated at'),
    }),
    injuries: listOf(injuryRecord, CLIENT_RECORD_LIMITS.injuries, 'injuries'),
    clearances: listOf(clearanceRecord, CLIENT_RECORD_LIMITS.clearances, 'clearances'),
    intake: intakeRecord.nullable(),
    /**
     * Versions 1 and 2 only: derived programmes, checked, then ignored (the app derives the
     * programme from the inputs whenever it is read). Version 3 files leave it out.
     */
    programmes: listOf(programmeRecord, CLIENT_RECORD_LIMITS.programmes, 'programmes').optional(),
    /**
     * Version 3: what this clinic handed to the client (print, calendar, watch), for the client's
     * own record; an import does not take it over, since the new clinic handed nothing out yet.
     */
    handedOut: listOf(handedOutRecord, CLIENT_RECORD_LIMITS.handedOut, 'handed-out entries').default([]),
    /** Version 3, oldest first; missing (older files): none. */
    adjustments: listOf(adjustmentRecord, CLIENT_RECORD_LIMITS.adjustments, 'adjustments').default([]),
    /** Version 4, in date order (those of one day as recorded); missing (older files): none. */
    assessments: listOf(assessmentRecord, CLIENT_RECORD_LIMITS.assessments, 'assessments').default([]),
    sessionLogs: listOf(sessionLogRecord, CLIENT_RECORD_LIMITS.sessionLogs, 'session logs'),
    /** Names of the client's groups (clubs, squads). */
    groups: listOf(singleLineText('Group name', 80), CLIENT_RECORD_LIMITS.groups, 'groups'),
  })
  .superRefine((record, ctx) => {
    // Versions 1 and 2 logged each generated session at most once; a log is now for a day and a
    // kind, and two of one kind on one day take two slots, so only an exact repeat is refused.
    if (!Array.isArray(record.sessionLogs)) return;
    const seen = new Set<unknown>();
    record.sessionLogs.forEach((log, index) => {
      const { sessionId, date } = (log ?? {}) as { sessionId?: unknown; date?: unknown };
      const key = `${String(date)}|${String(sessionId)}`;
      if (seen.has(key)) {
        addIssue(ctx, ['sessionLogs', index, 'sessionId'], 'This session is logged twice', 'duplicate');
      }
      seen.add(key);
    });
  }, evenWithFieldErrors);

export type ClientRecord = z.output<typeof clientRecordSchema>;

/** A client record as a file to save: compact JSON text. */
export const clientRecordFileSchema = z.object({
  fileName: z.string(),
  json: z.string(),
});

export type ClientRecordFile = z.infer<typeof clientRecordFileSchema>;

/** The largest record text accepted (characters); a client with years of programmes stays far below it. */
export const MAX_CLIENT_RECORD_CHARS = 32 * 1024 * 1024;

export const clientDataChannels = {
  /** The client’s full record as one JSON document (format `restride.client`, version 4). */
  'clients.exportRecord': {
    input: z.object({ clientId: idOf('A client id') }),
    output: clientRecordFileSchema,
  },
  /**
   * Creates a new client from an exported record, with new ids, in one transaction; group names
   * join existing groups (regardless of case) or create them. The whole document is checked first:
   * `invalid_input` with the document's paths (under `json.`) and nothing written on any problem,
   * including a list, text, number or repeat nesting over its cap. Only inputs and logs are taken:
   * the programmes of older files (and log lights) are checked, then ignored; the programme is
   * derived from the imported inputs whenever it is read, as for any client.
   */
  'clients.importRecord': {
    input: z.object({
      json: z
        .string({ error: 'The record must be JSON text' })
        .min(1, { error: 'The record is empty' })
        .max(MAX_CLIENT_RECORD_CHARS, { error: 'The record is too large' }),
    }),
    output: clientSchema,
  },
  /**
   * Deletes the client and every row about them, for good, and their print-to-folder PDFs in the
   * data folder's prints/; `confirmName` must be the client's name as recorded (a guard against
   * erasing the wrong person). Their audit entries stay without the client's id, and one
   * `client.erase` entry without personal data is added, with the counts of the answer.
   */
  'clients.erase': {
    input: z.object({
      clientId: idOf('A client id'),
      confirmName: requiredText('The client’s name', 120),
    }),
    output: z.object({
      clientId: z.number().int(),
      /** Print-to-folder PDFs deleted. */
      printFilesDeleted: z.number().int(),
      /**
       * Downloaded prints, calendars, watch workouts and record exports: saved wherever the
       * clinician chose, so the app cannot delete them; the clinic deletes or retrieves them.
       */
      handedOutBeyondReach: z.number().int(),
    }),
  },
} as const;
