/**
 * Short labels for sessions and efforts. Session names are built here from the session's kind,
 * stage and modality rather than taken from the engine's title, so the week table is in the
 * document's language even when the programme was generated in another one.
 */
import type { Effort, Session } from '../../engine/types';
import type { BuildContext } from './build-context';

/** `Walk-run, stage 3`, `Cross-training: swimming`, `Easy run`. */
export function sessionLabel(ctx: BuildContext, session: Session): string {
  if (session.kind === 'walk_run' && session.stage !== null) {
    return ctx.tr('kind.walk_run_stage', { stage: session.stage });
  }
  if (session.kind === 'cross_training' && session.modality !== null) {
    return ctx.tr('kind.cross_training_with', { modality: ctx.tr(`modality.${session.modality}`) });
  }
  return ctx.tr(`kind.${session.kind}`);
}

/** `3` or `3–4` (out of 10). */
export function rpeRange(effort: Effort): string {
  return effort.rpeMin === effort.rpeMax ? String(effort.rpeMin) : `${effort.rpeMin}–${effort.rpeMax}`;
}
