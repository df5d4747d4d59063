import { z } from 'zod';
import { HISTORY_ACTIONS, PAIN_LIGHTS } from '../engine/types';
import { calendarDate } from './dates';
import { idOf } from './fields';
import { SessionLogSchema } from './plan';
import { derivedProgrammeSchema } from './programmes';

/**
 * A logged session in the engine's public SessionLog shape (plan-engine.md), validated by the same
 * schema the engine's requests use.
 */
export const sessionLogInputSchema = SessionLogSchema;

/** A stored log: the SessionLog fields plus its row id, client and the pain light the engine gave it. */
export const storedSessionLogSchema = sessionLogInputSchema.extend({
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
   * of the same kind on the same day is a `conflict` unless `replace` is true.
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
