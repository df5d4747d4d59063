import { z } from 'zod';
import { HISTORY_ACTIONS, PAIN_LIGHTS } from '../engine/types';
import { calendarDate } from './dates';
import { evenWithFieldErrors, idOf, oneOf, wholeNumber } from './fields';
import { SessionLogSchema } from './plan';
import { derivedProgrammeSchema } from './programmes';

/**
 * How much of a session was done: all of it, part of it (a run stopped early, some of the sets or
 * minutes), or none of it. `done` is the engine's `completed`; the other two are not completed, and
 * `not_done` with no symptoms counts as a missed session.
 */
export const LOG_OUTCOMES = ['done', 'partly', 'not_done'] as const;
export type LogOutcome = (typeof LOG_OUTCOMES)[number];

/**
 * What a log records beyond the engine's SessionLog (stored and shown, not read by the engine):
 * the outcome in words, the sets done of a strength session and the minutes done of a mobility or
 * cross-training session. Each is optional, so a request in the engine's shape stays valid.
 */
const logDetails = {
  outcome: oneOf(LOG_OUTCOMES, 'Outcome').optional(),
  setsDone: wholeNumber('Sets done', 0, 200).nullable().optional(),
  minutesDone: z
    .number({ error: 'Minutes done must be a number of minutes' })
    .min(0, { error: 'Minutes done cannot be negative' })
    .max(600, { error: 'Minutes done must be at most 600' })
    .nullable()
    .optional(),
};

const sessionLogObject = SessionLogSchema.extend(logDetails);

/**
 * A logged session in the engine's public SessionLog shape (plan-engine.md), validated by the same
 * schema the engine's requests use, plus the optional details above. An outcome must agree with
 * `completed` (done ⇔ completed).
 */
export const sessionLogInputSchema = sessionLogObject.superRefine((log, ctx) => {
  if (log.outcome === undefined || typeof log.completed !== 'boolean') return;
  if ((log.outcome === 'done') !== log.completed) {
    ctx.addIssue({
      code: 'custom',
      path: ['outcome'],
      message:
        log.outcome === 'done'
          ? 'A session done in full is completed'
          : 'A session done partly or not at all is not completed',
      params: { code: 'outcome_mismatch' },
    });
  }
}, evenWithFieldErrors);

export type SessionLogInput = z.infer<typeof sessionLogInputSchema>;

/**
 * A stored log: the SessionLog fields and details plus its row id, client and the pain light the
 * engine gave it. `outcome` is always given (older logs: from `completed` and what was reported).
 */
export const storedSessionLogSchema = sessionLogObject.extend({
  outcome: z.enum(LOG_OUTCOMES),
  setsDone: z.number().int().nullable(),
  minutesDone: z.number().nullable(),
  id: z.number().int(),
  clientId: z.number().int(),
  light: z.enum(PAIN_LIGHTS).nullable(),
  createdAt: z.string(),
});

export type StoredSessionLog = z.infer<typeof storedSessionLogSchema>;

/** What the engine decided about the logged session, and why. */
export const sessionDecisionSchema = z.object({
  sessionId: z.string(),
  date: calendarDate,
  light: z.enum(PAIN_LIGHTS).nullable(),
  action: z.enum(HISTORY_ACTIONS),
  rules: z.array(z.string()),
  /** Plain-language reasons in the clinic's language, from the programme's explanations. */
  explanation: z.array(z.string()),
});

export type SessionDecision = z.infer<typeof sessionDecisionSchema>;

export const sessionsChannels = {
  /**
   * Stores a log for a session of the current plan: a log is for its date and kind (any run, a
   * walk, strength, mobility, cross-training), taken from `kind` or from the session it was logged
   * against. Answers the programme derived again with it, and the engine's decision. A second log
   * of the same kind on the same day is a `conflict` unless `replace` is true (a corrected log, e.g.
   * with the next-morning pain added later, replaces the first). Next-morning pain left null is
   * unknown, and the caseload reminds the clinician of it from the next day (`morning_pain_due`).
   */
  'sessions.log': {
    input: z.object({
      clientId: idOf('A client id'),
      log: sessionLogInputSchema,
      replace: z.boolean().default(false),
    }),
    output: z.object({ programme: derivedProgrammeSchema, decision: sessionDecisionSchema.nullable() }),
  },
  /** The client's logs in date order. */
  'sessions.list': {
    input: z.object({ clientId: idOf('A client id') }),
    output: z.array(storedSessionLogSchema),
  },
} as const;
