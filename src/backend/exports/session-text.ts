/**
 * A session as plain text for a client: what to do step by step, how hard, where, why, and when to
 * stop. Calendar descriptions use it; it knows nothing about any file format.
 */
import { localised } from '../../engine/i18n/message';
import type { Block, Exercise, Locale, PainGuide, Session } from '../../engine/types';
import { exportTexts, fill, formatDuration, formatMinutes } from './i18n';

/** A session's title in the export's language (language is a view), else as the programme has it. */
export function sessionTitle(session: Session, locale: Locale): string {
  return localised(locale, session.titleI18n, session.title);
}

/** One block as a readable step; a repeat lists its inner steps on the same line. */
export function describeBlock(block: Block, locale: Locale): string {
  const texts = exportTexts(locale);
  if (block.type === 'repeat') {
    const steps = block.blocks.map((inner) => describeBlock(inner, locale)).join(', ');
    return fill(texts.repeat, { times: block.times, steps });
  }
  return `${texts.blocks[block.type]} ${formatDuration(block.seconds, locale)}`;
}

function describeExercise(exercise: Exercise, locale: Locale): string {
  const amount =
    exercise.reps !== undefined
      ? `${exercise.sets} × ${exercise.reps}`
      : exercise.seconds !== undefined
        ? `${exercise.sets} × ${formatDuration(exercise.seconds, locale)}`
        : `${exercise.sets} ×`;
  const said = localised(locale, exercise.notesI18n, exercise.notes).trim();
  const notes = said === '' ? '' : ` – ${said}`;
  return `- ${localised(locale, exercise.nameI18n, exercise.name)}: ${amount}${notes}`;
}

/** "3" or "3–4": the RPE range of the session. */
function rpeRange(session: Session): string {
  return session.effort.rpeMin === session.effort.rpeMax
    ? String(session.effort.rpeMin)
    : `${session.effort.rpeMin}–${session.effort.rpeMax}`;
}

export interface SessionTextOptions {
  painGuide: PainGuide;
  locale: Locale;
  /** Shown in the footer; empty leaves the footer out. */
  clinicName: string;
}

/** The full text of one session, lines separated by "\n" (the calendar library escapes them). */
export function describeSession(session: Session, options: SessionTextOptions): string {
  const { locale, painGuide } = options;
  const texts = exportTexts(locale);
  const lines: string[] = [
    fill(texts.heading, {
      title: sessionTitle(session, locale),
      minutes: formatMinutes(session.durationMinutes, locale),
    }),
    fill(texts.effort, {
      rpe: rpeRange(session),
      talk: localised(locale, session.effort.talkTestI18n, session.effort.talkTest),
    }),
  ];
  if (session.blocks.length > 0) {
    lines.push('', `${texts.steps}:`);
    session.blocks.forEach((block, index) => lines.push(`${index + 1}. ${describeBlock(block, locale)}`));
  }
  if (session.exercises.length > 0) {
    lines.push('', `${texts.exercises}:`);
    for (const exercise of session.exercises) lines.push(describeExercise(exercise, locale));
  }
  if (session.surface !== null) {
    lines.push('', `${texts.surface}: ${texts.surfaces[session.surface]}`);
  }
  if (session.explain.length > 0) {
    lines.push('', `${texts.why}:`);
    for (const explanation of session.explain)
      lines.push(`- ${localised(locale, explanation.i18n, explanation.text)}`);
  }
  lines.push(
    '',
    fill(texts.painRule, { text: localised(locale, painGuide.i18n, painGuide.text) }),
    fill(texts.painLimit, { max: painGuide.duringMax, preferred: painGuide.preferredMax }),
  );
  if (options.clinicName.trim() !== '') {
    lines.push('', fill(texts.footer, { clinic: options.clinicName.trim() }));
  }
  return lines.join('\n');
}
