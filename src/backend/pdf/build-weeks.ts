/**
 * The week-based sections: phase timeline, week-by-week table, session details for the weeks the
 * client can do now, and the weeks after the review in one short list.
 */
import type { Session, Week } from '../../engine/types';
import { PHASES } from '../../engine/types';
import { isClientExplanation } from './audience';
import type { BuildContext } from './build-context';
import { formatDate, formatList, formatLongDate, formatShortDate, formatWeekday } from './i18n/format';
import { translate } from '../../engine/i18n/messages';
import { rpeRange, sessionLabel } from './labels';
import { barSegments, describeSteps } from './session-bar';
import type { DocBlock, LegendItem, Section, SessionCard, TableRow, TimelineItem } from './types';

/** Sessions with a walking/running structure get a bar. */
const BAR_KINDS: readonly string[] = ['walk', 'walk_run', 'easy_run', 'progressive_run', 'strides', 'hills'];

function weekRange(ctx: BuildContext, week: Week): { from: string; to: string } {
  return { from: formatShortDate(ctx.locale, week.startDate), to: formatDate(ctx.locale, week.endDate) };
}

/** Consecutive weeks of one phase, split where the review starts. */
function phaseRuns(ctx: BuildContext): { weeks: Week[]; locked: boolean }[] {
  const locked = new Set(ctx.reviewWeeks);
  const runs: { weeks: Week[]; locked: boolean }[] = [];
  for (const week of ctx.input.programme.weeks) {
    const last = runs[runs.length - 1];
    const isLocked = locked.has(week);
    if (last && last.locked === isLocked && last.weeks[0]?.phase === week.phase) last.weeks.push(week);
    else runs.push({ weeks: [week], locked: isLocked });
  }
  return runs;
}

/** The phases as a proportional strip, one segment per run of weeks. */
export function timelineSection(ctx: BuildContext): Section {
  const items: TimelineItem[] = phaseRuns(ctx).map(({ weeks, locked }) => {
    const first = weeks[0] as Week;
    const last = weeks[weeks.length - 1] as Week;
    return {
      label: ctx.tr(`phase.${first.phase}`),
      dates: `${formatShortDate(ctx.locale, first.startDate)} – ${formatShortDate(ctx.locale, last.endDate)}`,
      length: ctx.tr('timeline.weeks', { count: weeks.length }),
      weeks: weeks.length,
      colour: PHASES.indexOf(first.phase),
      locked,
      note: locked ? ctx.tr('timeline.afterReview') : null,
    };
  });
  return {
    id: 'timeline',
    heading: ctx.tr('section.timeline'),
    newPage: false,
    keepTogether: false,
    blocks: [{ type: 'timeline', items }],
  };
}

function tableSessionText(ctx: BuildContext, session: Session): string {
  const label = sessionLabel(ctx, session);
  if (session.locked) return ctx.tr('weeks.locked', { title: label });
  if (session.status !== 'planned') {
    return ctx.tr('weeks.withStatus', { title: label, status: ctx.tr(`sessionStatus.${session.status}`) });
  }
  return label;
}

/** One row per session, weeks as shaded groups; locked sessions muted. */
export function weekTableSection(ctx: BuildContext): Section {
  const rows: TableRow[] = [];
  for (const week of ctx.input.programme.weeks) {
    const shaded = week.index % 2 === 0;
    const phase = ctx.tr(`phase.${week.phase}`) + (week.cutback ? ` · ${ctx.tr('weeks.cutback')}` : '');
    const weekLabel = ctx.tr('weeks.weekLabel', { n: week.index });
    if (week.sessions.length === 0) {
      rows.push({ cells: [weekLabel, '', '', phase, '', ''], groupStart: true, shaded, muted: false });
      continue;
    }
    week.sessions.forEach((session, i) => {
      const first = week.sessions.length === 1 ? `${weekLabel} · ${phase}` : weekLabel;
      rows.push({
        cells: [
          i === 0 ? first : i === 1 ? phase : '',
          formatShortDate(ctx.locale, session.date),
          formatWeekday(ctx.locale, session.date),
          tableSessionText(ctx, session),
          String(session.durationMinutes),
          ctx.tr('weeks.effort', { rpe: rpeRange(session.effort) }),
        ],
        groupStart: i === 0,
        shaded,
        // Locked, or a past strength/mobility/cross-training session nobody logged: grey, neutral.
        muted: session.locked || session.status === 'not_logged',
      });
    });
  }
  return {
    id: 'weeks',
    heading: ctx.tr('section.weeks'),
    newPage: false,
    keepTogether: false,
    blocks: [
      {
        type: 'table',
        columns: [
          { label: ctx.tr('col.week'), width: 0.2, align: 'left' },
          { label: ctx.tr('col.date'), width: 0.1, align: 'left' },
          { label: ctx.tr('col.day'), width: 0.07, align: 'left' },
          { label: ctx.tr('col.session'), width: 0.39, align: 'left' },
          { label: ctx.tr('col.minutes'), width: 0.08, align: 'right' },
          // Wide enough for "Anstrengung" on one line.
          { label: ctx.tr('col.effort'), width: 0.16, align: 'right' },
        ],
        rows,
      },
    ],
  };
}

/**
 * The engine's reasons for a session, written for the client: only client texts, only for a
 * session still to come (not locked, not logged), and only those no earlier card gave. So the
 * first sessions explain the plan and later ones say what is new. The engine's "Route: …" is left
 * out: the card says where already.
 */
function sessionReasons(ctx: BuildContext, session: Session, printed: Set<string>): string[] {
  if (session.locked || session.status !== 'planned') return [];
  // An older programme without messages: its "Route: …" line as the engine wrote it then.
  const locale = ctx.input.request.locale;
  const oldRoute =
    session.surface === null
      ? null
      : translate(locale, 'explain.surface', { surface: translate(locale, `surface.${session.surface}`) });
  const reasons: string[] = [];
  for (const explanation of session.explain) {
    const text = ctx.say(explanation.i18n, explanation.text).trim();
    const route = explanation.i18n
      ? explanation.i18n.id === 'explain.surface'
      : explanation.text.trim() === oldRoute;
    if (!isClientExplanation(explanation) || text === '' || route || printed.has(text)) continue;
    printed.add(text);
    reasons.push(text);
  }
  return reasons;
}

function sessionCard(ctx: BuildContext, session: Session, printed: Set<string>): SessionCard {
  const moving = BAR_KINDS.includes(session.kind) && session.blocks.length > 0;
  const notes: string[] = [];
  if (session.surface !== null && session.surface !== 'any') {
    notes.push(ctx.tr('sessions.surface', { surface: ctx.tr(`surface.${session.surface}`) }));
  }
  if (session.exercises.length > 0) {
    notes.push(
      ctx.tr('sessions.exercises', {
        list: formatList(
          ctx.locale,
          session.exercises.map((e) => ctx.say(e.nameI18n, e.name)),
        ),
      }),
    );
  }
  const reasons = sessionReasons(ctx, session, printed);
  if (reasons.length > 0) notes.push(ctx.tr('sessions.why', { reasons: reasons.join(' ') }));
  const status = session.status === 'planned' ? '' : ` – ${ctx.tr(`sessionStatus.${session.status}`)}`;
  return {
    date: formatLongDate(ctx.locale, session.date),
    title: sessionLabel(ctx, session) + status,
    meta: ctx.tr('sessions.meta', {
      minutes: session.durationMinutes,
      rpe: rpeRange(session.effort),
      talk: ctx.say(session.effort.talkTestI18n, session.effort.talkTest),
    }),
    bar: moving ? barSegments(session.blocks) : null,
    steps: moving ? describeSteps(ctx.locale, session.blocks) : null,
    notes,
  };
}

function lockedLine(ctx: BuildContext, session: Session): string {
  const params = { date: formatLongDate(ctx.locale, session.date), title: sessionLabel(ctx, session) };
  return ctx.review === null
    ? ctx.tr('sessions.lockedLineNoDate', params)
    : ctx.tr('sessions.lockedLine', { ...params, review: ctx.review });
}

/** Session cards for the weeks the client can do now, week by week, with the bar legend first. */
export function sessionsSection(ctx: BuildContext): Section {
  const used = new Set(ctx.detailWeeks.flatMap((week) => week.sessions.filter((s) => !s.locked)));
  const kinds = new Set(
    [...used].flatMap((s) => (BAR_KINDS.includes(s.kind) ? barSegments(s.blocks) : [])).map((b) => b.kind),
  );
  const legend: LegendItem[] = (['warmup', 'run', 'walk', 'cooldown', 'other'] as const)
    .filter((kind) => kinds.has(kind))
    .map((kind) => ({ kind, label: ctx.tr(`bar.${kind}`) }));
  const blocks: DocBlock[] = [{ type: 'paragraph', text: ctx.tr('sessions.intro'), muted: false }];
  if (legend.length > 0) blocks.push({ type: 'legend', items: legend });
  const printed = new Set<string>();
  for (const week of ctx.detailWeeks) {
    const { from, to } = weekRange(ctx, week);
    blocks.push({
      type: 'subheading',
      text: ctx.tr('sessions.weekHeading', { n: week.index, from, to, phase: ctx.tr(`phase.${week.phase}`) }),
    });
    const weekFocus = ctx.say(week.focusI18n, week.focus);
    const focus = week.cutback ? `${weekFocus} ${ctx.tr('sessions.cutback')}` : weekFocus;
    if (focus.trim()) blocks.push({ type: 'paragraph', text: focus, muted: true });
    const open = week.sessions.filter((s) => !s.locked);
    if (open.length > 0) {
      blocks.push({ type: 'sessions', cards: open.map((s) => sessionCard(ctx, s, printed)) });
    }
    const locked = week.sessions.filter((s) => s.locked);
    if (locked.length > 0) blocks.push({ type: 'bullets', items: locked.map((s) => lockedLine(ctx, s)) });
  }
  return { id: 'sessions', heading: ctx.tr('section.sessions'), newPage: false, keepTogether: false, blocks };
}

/** Later weeks in one list, runs of the same phase merged: "Weeks 7–10 (…): … after your review on …". */
export function afterReviewSection(ctx: BuildContext): Section | null {
  if (ctx.reviewWeeks.length === 0) return null;
  const items: string[] = [];
  let run: Week[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) return;
    const weeks =
      first.index === last.index
        ? ctx.tr('weeks.weekLabel', { n: first.index })
        : ctx.tr('weeks.weeksLabel', { from: first.index, to: last.index });
    const params = {
      weeks,
      from: formatShortDate(ctx.locale, first.startDate),
      to: formatDate(ctx.locale, last.endDate),
      phase: ctx.tr(`phase.${first.phase}`),
    };
    items.push(
      ctx.review === null
        ? ctx.tr('afterReview.weekNoDate', params)
        : ctx.tr('afterReview.week', { ...params, date: ctx.review }),
    );
    run = [];
  };
  for (const week of ctx.reviewWeeks) {
    if (run[0] && run[0].phase !== week.phase) flush();
    run.push(week);
  }
  flush();
  const intro =
    ctx.review === null
      ? ctx.tr('afterReview.introNoDate', { clinician: ctx.clinician })
      : ctx.tr('afterReview.intro', { clinician: ctx.clinician, date: ctx.review });
  const keepUp = ctx.reviewWeeks.some((week) => week.sessions.some((s) => !s.locked));
  const blocks: DocBlock[] = [
    { type: 'paragraph', text: intro, muted: false },
    { type: 'bullets', items },
  ];
  if (keepUp) blocks.push({ type: 'paragraph', text: ctx.tr('afterReview.keepUp'), muted: true });
  return {
    id: 'after_review',
    heading: ctx.tr('section.afterReview'),
    newPage: false,
    keepTogether: false,
    blocks,
  };
}

/** Short date with weekday for the log sheet: `Tue 1 Dec`, `Di., 01.12.`. */
export function logDate(ctx: BuildContext, date: string): string {
  const weekday = formatWeekday(ctx.locale, date);
  const short = formatShortDate(ctx.locale, date);
  return ctx.locale === 'de' ? `${weekday}, ${short}` : `${weekday} ${short}`;
}
