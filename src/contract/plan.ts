/**
 * zod schemas for the plan engine's public JSON (plan-engine.md): PlanRequest, SessionLog and
 * Programme. The engine trusts its input; everything that reaches it from outside goes through
 * `parsePlanRequest` first, which reports every offending field with a readable reason.
 *
 * Defaults filled in when a field is missing:
 * - `today` = `startDate`; `units` = "km"; `locale` = "en"; `notes` = []; `logs` = []
 * - `client.birthDate` = null, `client.sex` = "unspecified", `client.experience` = "returning"
 * - `injury.side` = "na", `injury.onsetDate` / `surgeryDate` / `deliveryDate` = null,
 *   `injury.severity` = "moderate", `injury.recurrent` = false, `injury.imagingConfirmedHealing` = false
 * - `clearance.reviewDate` = null, `clearance.overrideTimeGate` = false
 * - `fitness.longestRecentRunMinutes` = 0, `fitness.preInjuryWeeklyRunMinutes` = 0
 * - `availability.maxSessionMinutes` = 60, `availability.crossTraining` = []
 * - `goal` = { kind: "run_30min", date: null }; a restriction's `value` / `until` = null
 * - a log's optional fields: numbers and `warmupPainCleared` null, flags false, `redFlags` [], `note` ""
 */
import { z } from 'zod';
import type {
  Message,
  MessageArg,
  MessageKey,
  PlanAdjustment,
  PlanRequest,
  Programme,
  SessionLog,
  NUMERIC_RESTRICTION_CODES,
} from '../engine';
import {
  AUDIENCES,
  BLOCK_TYPES,
  CLEARANCE_LEVELS,
  CRITERION_STATUSES,
  BSI_SITES,
  EXPERIENCE_LEVELS,
  HIGH_RISK_BSI_SITES,
  GOAL_KINDS,
  HISTORY_ACTIONS,
  INJURY_TYPES,
  isIsoDate,
  isMessageKey,
  LOCALES,
  LOG_FAMILIES,
  MAX_WEEKS,
  MODALITIES,
  PAIN_LIGHTS,
  PHASES,
  PROGRAMME_STATUSES,
  RED_FLAGS,
  REDS_SIGNS,
  RESTRICTION_CODES,
  SESSION_KINDS,
  SESSION_STATUSES,
  SEVERITIES,
  SEXES,
  SIDES,
  SURFACES,
  TISSUE_CLASSES,
  toDay,
  UNITS,
  WARNING_SEVERITIES,
  WEEKDAYS,
} from '../engine';
import type { FieldIssue } from './result';
import { toFieldIssues } from './issues';
import { ASSESSMENT_LIMITS, AssessmentSchema, CriteriaThresholdsSchema } from './assessment';

const date = (label: string) =>
  z
    .string({ error: `${label} is required (YYYY-MM-DD)` })
    .refine(isIsoDate, { error: `${label} must be a real date written YYYY-MM-DD` });

const optionalDate = (label: string) => date(label).nullable().default(null);

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(', ')}` });

const minutes = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number of minutes` })
    .min(0, { error: `${label} cannot be negative` })
    .max(max, { error: `${label} must be at most ${max}` });

const score = (label: string) =>
  z
    .number({ error: `${label} must be a number from 0 to 10` })
    .min(0, { error: `${label} must be from 0 to 10` })
    .max(10, { error: `${label} must be from 0 to 10` })
    .nullable()
    .default(null);

/** Ranges of the numeric restriction values. */
const RESTRICTION_RANGES: Readonly<Record<(typeof NUMERIC_RESTRICTION_CODES)[number], [number, number]>> = {
  max_session_minutes: [5, 300],
  max_run_minutes: [1, 300],
  max_sessions_per_week: [1, 14],
  pain_limit: [0, 10],
};

const RestrictionSchema = z.object({
  code: oneOf(RESTRICTION_CODES, 'Restriction code'),
  value: z.number({ error: 'The value must be a number' }).nullable().optional().default(null),
  until: optionalDate('Until'),
});

const NoteSchema = z.object({
  date: date('Note date'),
  author: z
    .string({ error: 'Note author is required' })
    .trim()
    .min(1, { error: 'Note author is required' })
    .max(200),
  text: z.string().max(5000, { error: 'Note text must be at most 5000 characters' }).default(''),
  restrictions: z.array(RestrictionSchema).default([]),
});

/** A logged session (plan-engine.md §SessionLog). */
export const SessionLogSchema = z.object({
  sessionId: z
    .string({ error: 'Session id is required' })
    .min(1, { error: 'Session id is required' })
    .max(80),
  date: date('Log date'),
  kind: oneOf(LOG_FAMILIES, 'Session kind').optional(),
  completed: z.boolean({ error: 'Say whether the session was completed (true or false)' }),
  actualRunMinutes: minutes('Actual run minutes', 600).nullable().default(null),
  rpe: score('RPE'),
  painDuring: score('Pain during'),
  painAfter: score('Pain after'),
  painNextMorning: score('Pain next morning'),
  painBuiltDuringRun: z.boolean().default(false),
  warmupPainCleared: z.boolean().nullable().default(null),
  swelling: z.boolean().default(false),
  limp: z.boolean().default(false),
  redFlags: z.array(oneOf(RED_FLAGS, 'Red flag')).default([]),
  settledWithin72h: z.boolean().nullable().optional(),
  note: z.string().max(2000, { error: 'Note must be at most 2000 characters' }).default(''),
});

/** Caps on a request's adjustments (E41). */
export const ADJUSTMENT_LIMITS = { count: 500, idChars: 40, textChars: 500, minMinutes: 1, maxMinutes: 360 };

const adjustmentText = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(ADJUSTMENT_LIMITS.textChars, {
      error: `${label} must be at most ${ADJUSTMENT_LIMITS.textChars} characters`,
    });

export const AdjustmentActionSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('move'), toDate: date('New date') }),
    z.strictObject({
      type: z.literal('shorten'),
      minutes: z
        .number({ error: 'Minutes must be a number' })
        .int({ error: 'Minutes must be whole minutes' })
        .min(ADJUSTMENT_LIMITS.minMinutes, { error: 'A shortened session lasts at least 1 minute' })
        .max(ADJUSTMENT_LIMITS.maxMinutes, {
          error: `Minutes must be at most ${ADJUSTMENT_LIMITS.maxMinutes}`,
        }),
    }),
    z.strictObject({ type: z.literal('skip') }),
    z.strictObject({
      type: z.literal('swap_cross_training'),
      modality: oneOf(MODALITIES, 'Cross-training').optional(),
    }),
    z.strictObject({ type: z.literal('hold_week') }),
  ],
  { error: 'Action must be one of: move, shorten, skip, swap_cross_training, hold_week' },
);

/**
 * A clinician's adjustment (E41). `date` and `kind` name the planned session the way a log does;
 * for `hold_week`, `date` is any day of the programme week to hold and `kind` is left out.
 */
export const PlanAdjustmentSchema = z
  .strictObject({
    id: z
      .string({ error: 'Adjustment id is required' })
      .min(1, { error: 'Adjustment id is required' })
      .max(ADJUSTMENT_LIMITS.idChars, {
        error: `Adjustment id must be at most ${ADJUSTMENT_LIMITS.idChars} characters`,
      }),
    date: date('Session date'),
    kind: oneOf(LOG_FAMILIES, 'Session kind').optional(),
    action: AdjustmentActionSchema,
    by: adjustmentText('Who made the adjustment'),
    at: date('Adjustment date'),
    reason: adjustmentText('Reason'),
  })
  .superRefine((a, ctx) => {
    const hold = a.action.type === 'hold_week';
    if (hold && a.kind !== undefined)
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Holding a week takes no session kind' });
    if (!hold && a.kind === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'Say which session (run, walk, strength, mobility or cross_training)',
      });
    if (a.action.type === 'move' && a.action.toDate === a.date)
      ctx.addIssue({
        code: 'custom',
        path: ['action', 'toDate'],
        message: 'The new date is the same as the old one',
      });
  })
  .transform((a): PlanAdjustment => {
    const record = { id: a.id, date: a.date, by: a.by, at: a.at, reason: a.reason };
    if (a.action.type === 'hold_week') return { ...record, action: a.action };
    return { ...record, kind: a.kind ?? 'run', action: a.action };
  });

const RequestObject = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(2)], { error: 'schemaVersion must be 1 or 2' }),
  startDate: date('Start date'),
  today: date('Today').optional(),
  units: oneOf(UNITS, 'Units').default('km'),
  locale: oneOf(LOCALES, 'Locale').default('en'),
  client: z.object(
    {
      name: z
        .string({ error: 'Client name is required' })
        .trim()
        .min(1, { error: 'Client name is required' })
        .max(200),
      birthDate: optionalDate('Birth date'),
      sex: oneOf(SEXES, 'Sex').default('unspecified'),
      experience: oneOf(EXPERIENCE_LEVELS, 'Experience').default('returning'),
      redsSigns: z.array(oneOf(REDS_SIGNS, 'RED-S sign')).default([]),
      breastfeeding: z.boolean({ error: 'Breastfeeding must be true or false' }).default(false),
    },
    { error: 'Client details are required' },
  ),
  injury: z.object(
    {
      type: oneOf(INJURY_TYPES, 'Injury type'),
      side: oneOf(SIDES, 'Side').default('na'),
      onsetDate: optionalDate('Onset date'),
      weeksWithoutRunning: z
        .number({ error: 'Weeks without running must be a number' })
        .int({ error: 'Weeks without running must be a whole number' })
        .min(0, { error: 'Weeks without running cannot be negative' })
        .max(520, { error: 'Weeks without running must be at most 520' }),
      severity: oneOf(SEVERITIES, 'Severity').default('moderate'),
      surgeryDate: optionalDate('Surgery date'),
      deliveryDate: optionalDate('Delivery date'),
      recurrent: z.boolean().default(false),
      previousEpisodes: z
        .number({ error: 'Earlier episodes must be a number' })
        .int({ error: 'Earlier episodes must be a whole number' })
        .min(0, { error: 'Earlier episodes cannot be negative' })
        .max(20, { error: 'Earlier episodes must be at most 20' })
        .optional(),
      bsiSite: oneOf(BSI_SITES, 'Bone stress site').nullable().default(null),
      imagingConfirmedHealing: z.boolean().default(false),
    },
    { error: 'Injury details are required' },
  ),
  notes: z.array(NoteSchema).default([]),
  clearance: z.object(
    {
      level: oneOf(CLEARANCE_LEVELS, 'Clearance level'),
      date: date('Clearance date'),
      by: z
        .string({ error: 'Who gave the clearance is required' })
        .trim()
        .min(1, { error: 'Who gave the clearance is required' })
        .max(200),
      reviewDate: optionalDate('Review date'),
      overrideTimeGate: z.boolean().default(false),
      overrideSportGate: z.boolean().default(false),
    },
    { error: 'Clearance is required' },
  ),
  fitness: z.object(
    {
      painFreeWalkMinutes: minutes('Pain-free walking minutes', 600),
      longestRecentRunMinutes: minutes('Longest recent run', 600).default(0),
      preInjuryWeeklyRunMinutes: minutes('Weekly running before the injury', 3000).default(0),
    },
    { error: 'Fitness details are required' },
  ),
  availability: z.object(
    {
      days: z.array(oneOf(WEEKDAYS, 'Day')).min(1, { error: 'Choose at least one available day' }),
      maxSessionMinutes: z
        .number({ error: 'Longest session must be a number of minutes' })
        .int({ error: 'Longest session must be whole minutes' })
        .min(10, { error: 'Longest session must be at least 10 minutes' })
        .max(300, { error: 'Longest session must be at most 300 minutes' })
        .default(60),
      crossTraining: z.array(oneOf(MODALITIES, 'Cross-training')).default([]),
    },
    { error: 'Availability is required' },
  ),
  goal: z
    .object({ kind: oneOf(GOAL_KINDS, 'Goal'), date: optionalDate('Goal date') })
    .default({ kind: 'run_30min', date: null }),
  logs: z.array(SessionLogSchema).default([]),
  adjustments: z
    .array(PlanAdjustmentSchema)
    .max(ADJUSTMENT_LIMITS.count, { error: `At most ${ADJUSTMENT_LIMITS.count} adjustments` })
    .optional(),
  assessments: z
    .array(AssessmentSchema)
    .max(ASSESSMENT_LIMITS.perRequest, { error: `At most ${ASSESSMENT_LIMITS.perRequest} assessments` })
    .optional(),
  criteriaThresholds: CriteriaThresholdsSchema.optional(),
});

type RawRequest = z.output<typeof RequestObject>;

const dayNumber = (value: unknown): number | null =>
  typeof value === 'string' && isIsoDate(value) ? toDay(value) : null;

type AddIssue = (path: (string | number)[], message: string) => void;

/** Cross-field checks. Runs even when other fields failed, so every problem is reported at once;
 * each check therefore guards against missing or malformed parts. */
function crossFieldChecks(v: Partial<RawRequest>, add: AddIssue): void {
  const start = dayNumber(v.startDate);
  const today = dayNumber(v.today ?? v.startDate);
  const clearance = v.clearance;
  if (clearance && typeof clearance === 'object' && clearance.reviewDate) {
    const review = dayNumber(clearance.reviewDate);
    const cleared = dayNumber(clearance.date);
    if (review !== null && cleared !== null && review < cleared) {
      add(['clearance', 'reviewDate'], 'Review date cannot be before the clearance date');
    }
  }
  const injury = v.injury;
  if (injury && typeof injury === 'object') {
    if (
      (injury.type === 'acl_reconstruction' || injury.type === 'knee_surgery_other') &&
      !injury.surgeryDate
    ) {
      add(['injury', 'surgeryDate'], 'Surgery date is required after knee surgery (it sets the time gate)');
    }
    if (injury.type === 'postnatal' && !injury.deliveryDate) {
      add(
        ['injury', 'deliveryDate'],
        'Delivery date is required for a postnatal return (it sets the time gate)',
      );
    }
    if (injury.bsiSite) {
      const highRisk = (HIGH_RISK_BSI_SITES as readonly string[]).includes(injury.bsiSite);
      if (injury.type !== 'bsi_low_risk' && injury.type !== 'bsi_high_risk')
        add(['injury', 'bsiSite'], 'A bone stress site is only recorded for a bone stress injury');
      else if (highRisk !== (injury.type === 'bsi_high_risk'))
        add(
          ['injury', 'bsiSite'],
          highRisk
            ? 'This is a high-risk site: record the injury as a high-risk bone stress injury'
            : 'This is a low-risk site: record the injury as a low-risk bone stress injury',
        );
    }
    for (const field of ['surgeryDate', 'deliveryDate', 'onsetDate'] as const) {
      const day = dayNumber(injury[field]);
      if (day !== null && start !== null && day > start)
        add(['injury', field], 'This date cannot be after the start date');
    }
  }
  const days = v.availability?.days;
  if (Array.isArray(days)) {
    days.forEach((day, i) => {
      if (days.indexOf(day) !== i) add(['availability', 'days', i], `${day} is listed twice`);
    });
  }
  const modalities = v.availability?.crossTraining;
  if (Array.isArray(modalities)) {
    modalities.forEach((m, i) => {
      if (modalities.indexOf(m) !== i) add(['availability', 'crossTraining', i], `${m} is listed twice`);
    });
  }
  const goalDay = dayNumber(v.goal?.date);
  if (goalDay !== null && start !== null) {
    if (goalDay <= start) add(['goal', 'date'], 'Goal date must be after the start date');
    else if (goalDay > start + MAX_WEEKS * 7 - 1)
      add(['goal', 'date'], `Goal date must be within ${MAX_WEEKS} weeks of the start date`);
  }
  const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
  list(v.notes).forEach((note, n) => {
    const noteDay = dayNumber(note?.date);
    list(note?.restrictions).forEach((r, i) => {
      const path = ['notes', n, 'restrictions', i];
      const range = RESTRICTION_RANGES[r?.code as keyof typeof RESTRICTION_RANGES];
      if (range) {
        if (r.value === null || r.value === undefined) add([...path, 'value'], `${r.code} needs a value`);
        else if (r.value < range[0] || r.value > range[1])
          add([...path, 'value'], `${r.code} must be from ${range[0]} to ${range[1]}`);
      } else if (r && r.value !== null && r.value !== undefined) {
        add([...path, 'value'], `${r.code} takes no value`);
      }
      const until = dayNumber(r?.until);
      if (until !== null && noteDay !== null && until < noteDay)
        add([...path, 'until'], 'Until cannot be before the note date');
    });
  });
  const seen = new Set<string>();
  list(v.logs).forEach((log, i) => {
    if (!log || typeof log !== 'object') return;
    if (seen.has(log.sessionId)) add(['logs', i, 'sessionId'], `Session ${log.sessionId} is logged twice`);
    seen.add(log.sessionId);
    const logDay = dayNumber(log.date);
    if (logDay !== null && start !== null && logDay < start)
      add(['logs', i, 'date'], 'A log cannot be dated before the start date');
    if (logDay !== null && today !== null && logDay > today)
      add(['logs', i, 'date'], 'A log cannot be dated after today');
  });
  const ids = new Set<string>();
  list(v.adjustments).forEach((a, i) => {
    if (!a || typeof a !== 'object') return;
    if (ids.has(a.id)) add(['adjustments', i, 'id'], `Adjustment ${a.id} is listed twice`);
    ids.add(a.id);
    const at = dayNumber(a.at);
    if (at !== null && today !== null && at > today)
      add(['adjustments', i, 'at'], 'An adjustment cannot be dated after today');
  });
  list(v.assessments).forEach((a, i) => {
    if (!a || typeof a !== 'object') return;
    const day = dayNumber(a.date);
    if (day !== null && today !== null && day > today)
      add(['assessments', i, 'date'], 'An assessment cannot be dated after today');
  });
}

/** The engine's input, with defaults filled in and cross-field rules checked. */
export const PlanRequestSchema = RequestObject.superRefine(
  (value, ctx) =>
    crossFieldChecks(value as Partial<RawRequest>, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    ),
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
).transform(migrateRequest);

/**
 * Version 1 → 2 (and defaults of version 2): `previousEpisodes` from `recurrent` when missing,
 * `recurrent` true whenever an earlier episode is recorded, `today` = `startDate`.
 */
function migrateRequest(value: RawRequest): PlanRequest {
  const previousEpisodes = Math.max(value.injury.previousEpisodes ?? 0, value.injury.recurrent ? 1 : 0);
  return {
    ...value,
    schemaVersion: 2,
    today: value.today ?? value.startDate,
    injury: { ...value.injury, previousEpisodes, recurrent: previousEpisodes > 0 },
  };
}

// Compile-time checks: what the schemas produce is what the engine takes.
const requestFits = (value: z.output<typeof PlanRequestSchema>): PlanRequest => value;
const logFits = (value: z.output<typeof SessionLogSchema>): SessionLog => value;
void requestFits;
void logFits;

export type ParseResult = { ok: true; value: PlanRequest } | { ok: false; issues: FieldIssue[] };

/** Parses untrusted input into a PlanRequest, or lists every offending field with a reason. */
export function parsePlanRequest(raw: unknown): ParseResult {
  const result = PlanRequestSchema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toFieldIssues(result.error) };
}

/**
 * Parses a request whose logs were parsed with SessionLogSchema already, when they were stored
 * (sessions.log and the client import both parse them so): the rest of the request is parsed as
 * usual, and the cross-field checks run over the logs as well, since those compare them with the
 * request's dates (a start date moved after a log was stored is still a conflict). The logs are
 * most of a client's request, and parsing them again took most of its time (33 logs: 180 of
 * 212 µs), every time a client's programme was derived.
 */
export function parsePlanRequestWithParsedLogs(
  raw: Readonly<Record<string, unknown>>,
  logs: readonly SessionLog[],
): ParseResult {
  const parsed = parsePlanRequest({ ...raw, logs: [] });
  const logIssues: FieldIssue[] = [];
  crossFieldChecks(
    { startDate: raw.startDate, today: raw.today, logs } as Partial<RawRequest>,
    (path, message) => logIssues.push({ path: path.join('.'), code: 'invalid', message }),
  );
  if (!parsed.ok) return { ok: false, issues: [...parsed.issues, ...logIssues] };
  if (logIssues.length > 0) return { ok: false, issues: logIssues };
  return { ok: true, value: { ...parsed.value, logs: [...logs] } };
}

// ---------------------------------------------------------------------------------------------
// Programme (the engine's output; validated when a programme is imported)
// ---------------------------------------------------------------------------------------------

type BlockShape = Programme['weeks'][number]['sessions'][number]['blocks'][number];

/**
 * Caps on a programme read from outside (an imported file), far above what the engine produces,
 * so a forged one cannot make a screen, print or export loop for ever: a step lasts at most 6 hours,
 * a repeat runs 1–100 times, repeats nest at most 3 deep, a list of blocks holds at most 100 and a
 * session, its repeats spelled out, at most 1000 steps; at most 60 weeks of at most 30 sessions.
 */
export const PROGRAMME_LIMITS = {
  blockSeconds: 6 * 60 * 60,
  repeatTimes: 100,
  repeatDepth: 3,
  blocksPerList: 100,
  stepsPerSession: 1000,
  weeks: MAX_WEEKS,
  sessionsPerWeek: 30,
  checkpoints: 100,
  historyEntries: 10_000,
  warnings: 1000,
} as const;

const StepSchema = z.object({
  type: z.enum(BLOCK_TYPES.filter((t) => t !== 'repeat') as ['warmup']),
  seconds: z
    .number()
    .min(0)
    .max(PROGRAMME_LIMITS.blockSeconds, {
      error: `A block lasts at most ${PROGRAMME_LIMITS.blockSeconds} seconds (6 hours)`,
    }),
});

/** A block inside `depth` repeats; a repeat nested deeper than allowed is refused at its own path. */
function blockSchema(depth: number): z.ZodType<BlockShape> {
  const repeat =
    depth < PROGRAMME_LIMITS.repeatDepth
      ? z.object({
          type: z.literal('repeat'),
          times: z
            .number()
            .int()
            .min(1)
            .max(PROGRAMME_LIMITS.repeatTimes, {
              error: `A repeat runs at most ${PROGRAMME_LIMITS.repeatTimes} times`,
            }),
          blocks: z.array(blockSchema(depth + 1)).max(PROGRAMME_LIMITS.blocksPerList, {
            error: `At most ${PROGRAMME_LIMITS.blocksPerList} blocks in a repeat`,
          }),
        })
      : z.object({ type: z.literal('repeat') }).refine(() => false, {
          error: `Repeats nest at most ${PROGRAMME_LIMITS.repeatDepth} deep`,
        });
  return z.discriminatedUnion('type', [StepSchema, repeat]) as unknown as z.ZodType<BlockShape>;
}

const BlockSchema = blockSchema(0);

/**
 * Steps of a session with its repeats spelled out (as a screen or a print draws them), up to
 * `limit`. Also called on blocks that failed their own checks: anything malformed counts as one.
 */
function expandedSteps(blocks: readonly BlockShape[], limit: number): number {
  let count = 0;
  for (const block of Array.isArray(blocks) ? blocks : []) {
    const repeat = block?.type === 'repeat' && Array.isArray(block.blocks) && typeof block.times === 'number';
    count += repeat ? block.times * expandedSteps(block.blocks, limit) : 1;
    if (count > limit) return count;
  }
  return count;
}

/**
 * An engine text as a message id with locale-neutral arguments (language is a view): optional
 * next to every text of a programme; readers render it in their language, else show the text.
 */
const MessageArgSchema: z.ZodType<MessageArg> = z.lazy(() =>
  z.union([
    z.string().max(10_000),
    z.number(),
    z.strictObject({ date: date('Message date') }),
    z.strictObject({ message: MessageSchema }),
    z.strictObject({ list: z.array(MessageArgSchema).max(1000), join: z.literal('semicolon').optional() }),
  ]),
);

const MessageSchema: z.ZodType<Message> = z.lazy(() =>
  z.strictObject({
    id: z.custom<MessageKey>((id) => typeof id === 'string' && isMessageKey(id), {
      error: 'Unknown message id',
    }),
    args: z.record(z.string(), MessageArgSchema).optional(),
  }),
);

const ExplanationSchema = z.object({
  rule: z.string(),
  text: z.string(),
  audience: z.enum(AUDIENCES).default('client'),
  i18n: MessageSchema.optional(),
});

const SessionSchema = z.object({
  id: z.string(),
  date: date('Session date'),
  kind: z.enum(SESSION_KINDS),
  title: z.string(),
  titleI18n: MessageSchema.optional(),
  stage: z.number().int().nullable(),
  blocks: z.array(BlockSchema),
  durationMinutes: z.number().min(0),
  runMinutes: z.number().min(0),
  walkMinutes: z.number().min(0),
  effort: z.object({
    rpeMin: z.number(),
    rpeMax: z.number(),
    talkTest: z.string(),
    talkTestI18n: MessageSchema.optional(),
  }),
  surface: z.enum(SURFACES).nullable(),
  modality: z.enum(MODALITIES).nullable(),
  exercises: z.array(
    z.object({
      name: z.string(),
      nameI18n: MessageSchema.optional(),
      sets: z.number().int().min(1),
      reps: z.number().int().min(1).optional(),
      seconds: z.number().min(1).optional(),
      notes: z.string(),
      notesI18n: MessageSchema.optional(),
    }),
  ),
  requiresClearance: z.enum(CLEARANCE_LEVELS),
  locked: z.boolean(),
  lockedReason: z.string().nullable(),
  lockedReasonI18n: MessageSchema.optional(),
  status: z.enum(SESSION_STATUSES),
  explain: z.array(ExplanationSchema).min(1),
  adjusted: z
    .object({
      id: z.string().max(ADJUSTMENT_LIMITS.idChars),
      action: AdjustmentActionSchema,
      by: z.string().max(ADJUSTMENT_LIMITS.textChars),
      at: date('Adjustment date'),
      reason: z.string().max(ADJUSTMENT_LIMITS.textChars),
    })
    .optional(),
});

/** A list of a programme's parts, at most `max` of them. */
const listOf = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, { error: `At most ${max} ${what}` });

/** A week's minutes of one kind: at most the week's. */
const weekMinutes = z
  .number()
  .min(0)
  .max(7 * 24 * 60, { error: 'A week has at most 10080 minutes' });

/** A week's sessions, each drawable: its repeats spelled out, at most `stepsPerSession` steps. */
const WeekSessionsSchema = listOf(
  SessionSchema,
  PROGRAMME_LIMITS.sessionsPerWeek,
  'sessions in a week',
).superRefine((sessions, ctx) =>
  sessions.forEach((session, index) => {
    if (expandedSteps(session.blocks, PROGRAMME_LIMITS.stepsPerSession) > PROGRAMME_LIMITS.stepsPerSession)
      ctx.addIssue({
        code: 'custom',
        path: [index, 'blocks'],
        message: `A session has at most ${PROGRAMME_LIMITS.stepsPerSession} steps with its repeats spelled out`,
        params: { code: 'too_big' },
      });
  }),
);

/** A programme as the engine produces it (plan-engine.md §Programme). */
export const ProgrammeSchema = z.object({
  schemaVersion: z.literal(1),
  engineVersion: z.string(),
  status: z.enum(PROGRAMME_STATUSES),
  startDate: date('Start date'),
  endDate: date('End date'),
  currentStage: z.number().int().nullable(),
  weeks: listOf(
    z.object({
      index: z.number().int().min(1).max(PROGRAMME_LIMITS.weeks),
      startDate: date('Week start'),
      endDate: date('Week end'),
      phase: z.enum(PHASES),
      cutback: z.boolean(),
      focus: z.string(),
      focusI18n: MessageSchema.optional(),
      totals: z.object({
        runMinutes: weekMinutes,
        walkMinutes: weekMinutes,
        crossMinutes: weekMinutes,
        strengthSessions: z.number().int().min(0).max(PROGRAMME_LIMITS.sessionsPerWeek),
      }),
      sessions: WeekSessionsSchema,
    }),
    PROGRAMME_LIMITS.weeks,
    'weeks',
  ),
  checkpoints: listOf(
    z.object({
      id: z.string(),
      requiresClearance: z.enum(CLEARANCE_LEVELS),
      projectedDate: date('Projected date').nullable(),
      criteria: z.array(
        z.object({
          code: z.string(),
          text: z.string(),
          i18n: MessageSchema.optional(),
          assessment: z
            .object({
              status: z.enum(CRITERION_STATUSES),
              required: z.boolean(),
              holdsBack: z.boolean(),
              tests: z.array(z.string()).max(20),
              testedOn: date('Tested on').nullable(),
              latest: z.string().nullable(),
              latestI18n: MessageSchema.optional(),
              threshold: z.string(),
              thresholdI18n: MessageSchema.optional(),
              sources: z.array(z.string()).max(20),
            })
            .optional(),
        }),
      ),
    }),
    PROGRAMME_LIMITS.checkpoints,
    'checkpoints',
  ),
  painGuide: z.object({
    tissue: z.enum(TISSUE_CLASSES),
    duringMax: z.number(),
    preferredMax: z.number(),
    text: z.string(),
    i18n: MessageSchema.optional(),
  }),
  history: listOf(
    z.object({
      sessionId: z.string(),
      logIndex: z.number().int().min(0).optional(),
      date: date('History date'),
      light: z.enum(PAIN_LIGHTS).nullable(),
      action: z.enum(HISTORY_ACTIONS),
      rules: z.array(z.string()),
    }),
    PROGRAMME_LIMITS.historyEntries,
    'history entries',
  ),
  warnings: listOf(
    z.object({
      code: z.string(),
      severity: z.enum(WARNING_SEVERITIES),
      audience: z.enum(AUDIENCES).default('clinician'),
      message: z.string(),
      i18n: MessageSchema.optional(),
      rules: z.array(z.string()),
      earliestSafeDate: date('Earliest safe date').optional(),
      adjustmentIds: z
        .array(z.string().max(ADJUSTMENT_LIMITS.idChars))
        .max(ADJUSTMENT_LIMITS.count)
        .optional(),
    }),
    PROGRAMME_LIMITS.warnings,
    'warnings',
  ),
});

const programmeFits = (value: z.output<typeof ProgrammeSchema>): Programme => value;
void programmeFits;
