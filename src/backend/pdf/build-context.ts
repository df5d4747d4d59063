/**
 * What every section builder needs: the input, a bound translator and the split of the weeks into
 * past, detailed and "after your review". The split is made once so the week table, the session
 * details, the summary of later weeks and the log sheet agree on it.
 */
import type { Message } from '../../engine/i18n/message';
import { localised } from '../../engine/i18n/message';
import type { IsoDate, Session, Week } from '../../engine/types';
import { RUNNING_KINDS } from '../../engine/types';
import type { PdfMessageKey } from './i18n/en';
import { formatDate, t, type MessageParams, type PdfLocale } from './i18n/format';
import type { ProgrammePrintInput } from './types';

export interface BuildContext {
  input: ProgrammePrintInput;
  locale: PdfLocale;
  tr(key: PdfMessageKey, params?: MessageParams): string;
  /**
   * An engine text in the print's language: its message rendered (language is a view), else the
   * text the programme carries (older snapshots).
   */
  say(message: Message | null | undefined, fallback: string): string;
  today: IsoDate;
  /**
   * The review date, formatted, for "after your review on …"; null when none is set or when the
   * client has been referred (then running waits for the clinician, not for a date).
   */
  review: string | null;
  /** Who the client should call: the clinic's clinician, else whoever gave the clearance. */
  clinician: string;
  /** The clinician with the clinic's contact details, for "call …" sentences. */
  who: string;
  /** Weeks that ended before `today`: in the table only. */
  pastWeeks: Week[];
  /** Weeks from `today` on that the client can do now: shown session by session. */
  detailWeeks: Week[];
  /** Weeks whose running needs a higher clearance: summarised as "after your review". */
  reviewWeeks: Week[];
}

const MOVING_KINDS: readonly string[] = ['walk', ...RUNNING_KINDS];

/** A week is worth detailing if it has walking or running the client may do now, or nothing locked. */
function isDetailWeek(week: Week): boolean {
  const unlockedMoving = week.sessions.some((s: Session) => !s.locked && MOVING_KINDS.includes(s.kind));
  return unlockedMoving || week.sessions.every((s) => !s.locked);
}

/** Prepares the shared context for one document. */
export function createContext(input: ProgrammePrintInput): BuildContext {
  const { request, programme, clinic, options } = input;
  const locale = options.locale;
  const today = request.today;
  const clinician = clinic.clinician.trim() || request.clearance.by;
  const contact = clinic.contact.trim() || clinic.clinicName.trim();
  const current = programme.weeks.filter((week) => week.endDate >= today);
  // The week the client is in is always detailed, so even a fully locked plan says what to do now.
  const firstLocked = current.findIndex((week, i) => i > 0 && !isDetailWeek(week));
  const cut = firstLocked === -1 ? current.length : firstLocked;
  return {
    input,
    locale,
    tr: (key, params) => t(locale, key, params),
    say: (message, fallback) => localised(locale, message, fallback),
    today,
    review:
      request.clearance.reviewDate && programme.status !== 'refer'
        ? formatDate(locale, request.clearance.reviewDate)
        : null,
    clinician,
    who: contact ? `${clinician} (${contact})` : clinician,
    pastWeeks: programme.weeks.filter((week) => week.endDate < today),
    detailWeeks: current.slice(0, cut),
    reviewWeeks: current.slice(cut),
  };
}
