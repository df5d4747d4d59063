/**
 * The printed programme as a pure document model: request + programme + clinic branding + print
 * options in, localised sections out, in the order of issue 6 §2. No pdfkit, no I/O, no clock:
 * the print date comes in with the options.
 */
import { isClientWarning } from './audience';
import { createContext, type BuildContext } from './build-context';
import {
  checkpointsSection,
  exercisesSection,
  logSection,
  painSection,
  signatureSection,
  tipsSection,
} from './build-guidance';
import { testsSection } from './build-tests';
import { afterReviewSection, sessionsSection, timelineSection, weekTableSection } from './build-weeks';
import { formatDate, formatLongDate, formatRaceDistance } from './i18n/format';
import { defaultRestrictionsInForce, noteRestrictionsInForce } from './restrictions';
import type { PrintDocument, ProgrammePrintInput, Section } from './types';

const GOAL_KM = { '5k': 5, '10k': 10, half_marathon: 21.0975, marathon: 42.195 } as const;

function headerSection(ctx: BuildContext): Section {
  const { clinic, request } = ctx.input;
  return {
    id: 'header',
    heading: null,
    newPage: false,
    keepTogether: false,
    blocks: [
      {
        type: 'brand',
        clinicName: clinic.clinicName,
        clinician: clinic.clinician ? ctx.tr('brand.clinician', { name: clinic.clinician }) : '',
        contact: clinic.contact,
        logo: clinic.logo,
      },
      {
        type: 'title',
        text: ctx.tr('doc.title'),
        subtitle: ctx.tr('doc.subtitle', { name: request.client.name }),
      },
    ],
  };
}

/** A prominent banner when the client must not simply follow the plan. */
function statusSection(ctx: BuildContext): Section | null {
  const { status } = ctx.input.programme;
  const params = { clinician: ctx.clinician, who: ctx.who };
  const banner =
    status === 'refer'
      ? {
          tone: 'danger' as const,
          title: ctx.tr('status.refer.title'),
          text: ctx.tr('status.refer.text', params),
        }
      : status === 'awaiting_clearance'
        ? {
            tone: 'warning' as const,
            title: ctx.tr('status.awaiting.title'),
            text: ctx.tr('status.awaiting.text', params),
          }
        : status === 'complete'
          ? {
              tone: 'info' as const,
              title: ctx.tr('status.complete.title'),
              text: ctx.tr('status.complete.text', params),
            }
          : null;
  if (banner === null) return null;
  return {
    id: 'status',
    heading: null,
    newPage: false,
    keepTogether: false,
    blocks: [{ type: 'banner', ...banner }],
  };
}

/**
 * Restrictions in force today: the clinician's (the latest note winning per code), then the
 * injury's defaults, each saying why and for how long. A code that is both is printed once: as the
 * note says, unless the note ends while the default still applies (then as the default).
 */
function restrictionsInForce(ctx: BuildContext): string[] {
  const { request } = ctx.input;
  const defaults = defaultRestrictionsInForce(request, ctx.today);
  const lines: string[] = [];
  const shownByNote = new Set<string>();
  for (const r of noteRestrictionsInForce(request, ctx.today)) {
    const until = r.until;
    const outlasted = defaults.some(
      (d) => d.code === r.code && until && (d.untilFullClearance || (d.untilDate ?? '') >= until),
    );
    if (outlasted) continue;
    shownByNote.add(r.code);
    const text = ctx.tr(`restriction.${r.code}`, { value: r.value ?? '' });
    lines.push(r.until ? ctx.tr('summary.until', { text, date: formatDate(ctx.locale, r.until) }) : text);
  }
  for (const d of defaults) {
    if (shownByNote.has(d.code)) continue;
    const text = ctx.tr(`restriction.${d.code}`, { value: '' });
    const date = d.untilDate ? formatDate(ctx.locale, d.untilDate) : '';
    const key =
      d.untilDate === null
        ? 'summary.defaultRestriction'
        : d.untilFullClearance
          ? 'summary.defaultRestrictionClearanceAndDate'
          : 'summary.defaultRestrictionDate';
    lines.push(ctx.tr(key, { text, date }));
  }
  return lines;
}

function goalText(ctx: BuildContext): string {
  const { goal } = ctx.input.request;
  const goalName =
    goal.kind === 'run_30min'
      ? ctx.tr('goal.run_30min')
      : ctx.tr(`goal.${goal.kind}`, {
          distance: formatRaceDistance(ctx.locale, GOAL_KM[goal.kind], ctx.input.options.units),
        });
  return goal.date
    ? ctx.tr('summary.goalOn', { goal: goalName, date: formatLongDate(ctx.locale, goal.date) })
    : goalName;
}

function summarySection(ctx: BuildContext): Section {
  const { request, programme } = ctx.input;
  const { clearance, injury } = request;
  const injuryName = ctx.tr(`injury.${injury.type}`);
  const rows = [
    { label: ctx.tr('summary.client'), value: request.client.name },
    {
      label: ctx.tr('summary.injury'),
      value:
        injury.side === 'na'
          ? injuryName
          : ctx.tr('summary.injuryWithSide', { injury: injuryName, side: ctx.tr(`side.${injury.side}`) }),
    },
    {
      label: ctx.tr('summary.clearance'),
      value: ctx.tr('summary.clearanceValue', {
        level: ctx.tr(`clearance.${clearance.level}`),
        by: clearance.by,
        date: formatDate(ctx.locale, clearance.date),
      }),
    },
    {
      label: ctx.tr('summary.review'),
      value: clearance.reviewDate
        ? ctx.tr('summary.reviewValue', {
            date: formatLongDate(ctx.locale, clearance.reviewDate),
            by: ctx.clinician,
          })
        : ctx.tr('summary.noReview'),
    },
    {
      label: ctx.tr('summary.restrictions'),
      value: restrictionsInForce(ctx).join('\n') || ctx.tr('summary.none'),
    },
    { label: ctx.tr('summary.goal'), value: goalText(ctx) },
    {
      label: ctx.tr('summary.period'),
      value: ctx.tr('summary.periodValue', {
        from: formatDate(ctx.locale, programme.startDate),
        to: formatDate(ctx.locale, programme.endDate),
        weeks: programme.weeks.length,
      }),
    },
  ];
  const decisions: string[] = [];
  if (clearance.overrideTimeGate) decisions.push(ctx.tr('summary.override', { by: clearance.by }));
  if (clearance.overrideSportGate && injury.type === 'acl_reconstruction') {
    decisions.push(ctx.tr('summary.overrideSport', { by: clearance.by }));
  }
  if (decisions.length > 0) rows.push({ label: ctx.tr('summary.decision'), value: decisions.join('\n') });
  // Only what is written for the client, whatever its severity: the clinician's own warnings
  // ("Review the client …") stay in the app.
  const notes = programme.warnings.filter(isClientWarning).map((w) => ctx.say(w.i18n, w.message));
  if (notes.length > 0) rows.push({ label: ctx.tr('summary.notes'), value: notes.join('\n') });
  return {
    id: 'summary',
    heading: ctx.tr('section.summary'),
    newPage: false,
    keepTogether: false,
    blocks: [{ type: 'key_values', rows }],
  };
}

function howToUseSection(ctx: BuildContext): Section {
  const keys = ['how.1', 'how.2', 'how.3', 'how.4', 'how.5', 'how.6'] as const;
  return {
    id: 'how_to_use',
    heading: ctx.tr('section.how'),
    newPage: false,
    keepTogether: false,
    blocks: [{ type: 'bullets', items: keys.map((key) => ctx.tr(key)) }],
  };
}

/**
 * Builds the printable programme. Texts the engine wrote (week focus, talk test, exercise names
 * and cues, checkpoint criteria, warnings, the pain guide's note) are used as they are, so generate
 * the programme in the print locale; everything else comes from the PDF's own catalogues.
 */
export function buildDocument(input: ProgrammePrintInput): PrintDocument {
  const ctx = createContext(input);
  const name = input.request.client.name;
  const sections = [
    headerSection(ctx),
    statusSection(ctx),
    summarySection(ctx),
    howToUseSection(ctx),
    timelineSection(ctx),
    weekTableSection(ctx),
    sessionsSection(ctx),
    afterReviewSection(ctx),
    painSection(ctx),
    checkpointsSection(ctx),
    testsSection(ctx),
    exercisesSection(ctx),
    tipsSection(ctx),
    logSection(ctx),
    signatureSection(ctx),
  ].filter((section): section is Section => section !== null);
  return {
    locale: input.options.locale,
    paper: input.options.paper,
    meta: {
      title: `${ctx.tr('doc.title')} – ${name}`,
      author: input.clinic.clinicName || ctx.clinician,
      subject: ctx.tr('doc.subject', { name }),
      printedOn: input.options.printedOn,
    },
    footer: {
      pageLabel: ctx.tr('footer.page'),
      client: name,
      printed: ctx.tr('footer.printed', { date: formatDate(ctx.locale, input.options.printedOn) }),
      disclaimer: ctx.tr('footer.disclaimer'),
    },
    sections,
  };
}
