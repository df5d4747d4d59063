/**
 * The engine's explanations while a session is being built. Most are written for the client; the
 * few meant only for the clinician say so, and the client's PDF leaves those out.
 */
import type { Message } from './i18n/message';
import type { Audience, Explanation } from './types';

export interface Why {
  rule: string;
  text: string;
  i18n: Message;
  audience?: Audience;
}

/** The explanation as the programme carries it: a client text unless marked otherwise. */
export function toExplanation(why: Why): Explanation {
  return { rule: why.rule, text: why.text, audience: why.audience ?? 'client', i18n: why.i18n };
}
