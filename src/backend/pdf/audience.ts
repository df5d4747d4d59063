/**
 * Who an engine text is for. The client's PDF prints only client texts. Programmes stored before
 * texts carried an audience have none: their explanations were always written for the client, but
 * their warnings were written for the clinician ("Review the client …"), so they stay out.
 */
import type { Explanation, Warning } from '../../engine/types';

/** Stored programmes may predate the field. */
type MaybeAudience<T extends { audience: unknown }> = Omit<T, 'audience'> & { audience?: T['audience'] };

export function isClientExplanation(explanation: MaybeAudience<Explanation>): boolean {
  return (explanation.audience ?? 'client') === 'client';
}

export function isClientWarning(warning: MaybeAudience<Warning>): boolean {
  return (warning.audience ?? 'clinician') === 'client';
}
