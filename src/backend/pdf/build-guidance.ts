/**
 * The advice sections: pain traffic light and red flags, checkpoints, exercises, tips, the log
 * sheet and the signature line.
 */
import type { Exercise, InjuryType, Session } from '../../engine/types';
import type { BuildContext } from './build-context';
import { logDate } from './build-weeks';
import type { PdfMessageKey } from './i18n/en';
import { formatDate, formatDistanceRange, formatList } from './i18n/format';
import { sessionLabel } from './labels';
import type { DocBlock, Section, TableRow } from './types';

/** Red flags every client gets, then those for particular injuries (clinical-reference §3.4). */
const RED_FLAGS_ALWAYS: readonly PdfMessageKey[] = [
  'redflag.night',
  'redflag.calf',
  'redflag.neuro',
  'redflag.settle',
];
const RED_FLAGS_BY_INJURY: Partial<Record<InjuryType, readonly PdfMessageKey[]>> = {
  bsi_low_risk: ['redflag.bony', 'redflag.groin', 'redflag.reds'],
  bsi_high_risk: ['redflag.bony', 'redflag.groin', 'redflag.reds'],
  mtss: ['redflag.bony', 'redflag.reds'],
  acl_reconstruction: ['redflag.effusion'],
  knee_surgery_other: ['redflag.effusion'],
  postnatal: ['redflag.pelvic', 'redflag.reds'],
};

/** Traffic light with the injury's own limits from `programme.painGuide`, then the red flags. */
export function painSection(ctx: BuildContext): Section {
  const { painGuide } = ctx.input.programme;
  const { request } = ctx.input;
  const limit = painGuide.duringMax;
  const preferred = painGuide.preferredMax;
  const flags: PdfMessageKey[] = [...RED_FLAGS_ALWAYS, ...(RED_FLAGS_BY_INJURY[request.injury.type] ?? [])];
  if (request.client.sex === 'female' && !flags.includes('redflag.reds')) flags.push('redflag.reds');
  // Periods often stay away while breastfeeding: that alone is no warning sign (clinical-reference §3.4).
  const reds = flags.indexOf('redflag.reds');
  if (reds !== -1 && request.client.breastfeeding) flags[reds] = 'redflag.redsBreastfeeding';
  const blocks: DocBlock[] = [{ type: 'paragraph', text: ctx.tr('pain.intro', { limit }), muted: false }];
  const guide = ctx.say(painGuide.i18n, painGuide.text);
  if (guide.trim()) blocks.push({ type: 'paragraph', text: guide, muted: true });
  blocks.push(
    {
      type: 'traffic_light',
      rows: [
        {
          tone: 'success',
          title: ctx.tr('pain.green.title'),
          text: preferred === 0 ? ctx.tr('pain.green.textNone') : ctx.tr('pain.green.text', { preferred }),
        },
        { tone: 'warning', title: ctx.tr('pain.amber.title'), text: ctx.tr('pain.amber.text', { limit }) },
        { tone: 'danger', title: ctx.tr('pain.red.title'), text: ctx.tr('pain.red.text', { limit }) },
      ],
    },
    { type: 'subheading', text: ctx.tr('pain.redFlagsHeading') },
    { type: 'paragraph', text: ctx.tr('pain.redFlagsIntro', { who: ctx.who }), muted: false },
    { type: 'bullets', items: flags.map((key) => ctx.tr(key)) },
  );
  return { id: 'pain_guide', heading: ctx.tr('section.pain'), newPage: false, keepTogether: false, blocks };
}

/** Each checkpoint as a small heading (with its projected date) and its criteria. */
export function checkpointsSection(ctx: BuildContext): Section | null {
  const { checkpoints } = ctx.input.programme;
  if (checkpoints.length === 0) return null;
  const blocks: DocBlock[] = [{ type: 'paragraph', text: ctx.tr('checkpoints.intro'), muted: false }];
  for (const checkpoint of checkpoints) {
    // RED-S screening (E27) holds whatever the clearance: it is a health check, not a next level.
    const title =
      checkpoint.id === 'reds_screening'
        ? ctx.tr('checkpoints.reds')
        : ctx.tr('checkpoints.title', { target: ctx.tr(`target.${checkpoint.requiresClearance}`) });
    const expected = checkpoint.projectedDate
      ? ` · ${ctx.tr('checkpoints.expected', { date: formatDate(ctx.locale, checkpoint.projectedDate) })}`
      : '';
    blocks.push(
      { type: 'subheading', text: title + expected },
      { type: 'bullets', items: checkpoint.criteria.map((c) => ctx.say(c.i18n, c.text)) },
    );
  }
  return {
    id: 'checkpoints',
    heading: ctx.tr('section.checkpoints'),
    newPage: false,
    keepTogether: false,
    blocks,
  };
}

/** The distinct exercises of the sessions the client does now (else of the whole plan). */
function exercisesInUse(ctx: BuildContext): Exercise[] {
  const open = ctx.detailWeeks.flatMap((week) => week.sessions).filter((s) => !s.locked);
  const all = ctx.input.programme.weeks.flatMap((week) => week.sessions);
  const source = open.some((s) => s.exercises.length > 0) ? open : all;
  const byName = new Map<string, Exercise>();
  for (const exercise of source.flatMap((s: Session) => s.exercises)) {
    const name = ctx.say(exercise.nameI18n, exercise.name);
    if (!byName.has(name)) byName.set(name, exercise);
  }
  return [...byName.values()];
}

/** Exercise table: name, sets, reps or seconds, and the cue. */
export function exercisesSection(ctx: BuildContext): Section {
  const exercises = exercisesInUse(ctx);
  if (exercises.length === 0) {
    return {
      id: 'exercises',
      heading: ctx.tr('section.exercises'),
      newPage: false,
      keepTogether: false,
      blocks: [{ type: 'paragraph', text: ctx.tr('exercises.none'), muted: false }],
    };
  }
  const rows: TableRow[] = exercises.map((exercise, i) => ({
    cells: [
      ctx.say(exercise.nameI18n, exercise.name),
      String(exercise.sets),
      exercise.reps !== undefined
        ? ctx.tr('exercises.reps', { n: exercise.reps })
        : ctx.tr('exercises.seconds', { n: exercise.seconds ?? 0 }),
      ctx.say(exercise.notesI18n, exercise.notes),
    ],
    groupStart: true,
    shaded: i % 2 === 1,
    muted: false,
  }));
  return {
    id: 'exercises',
    heading: ctx.tr('section.exercises'),
    newPage: false,
    keepTogether: false,
    blocks: [
      { type: 'paragraph', text: ctx.tr('exercises.intro'), muted: false },
      {
        type: 'table',
        columns: [
          { label: ctx.tr('col.exercise'), width: 0.3, align: 'left' },
          { label: ctx.tr('col.sets'), width: 0.08, align: 'center' },
          { label: ctx.tr('col.dose'), width: 0.14, align: 'left' },
          { label: ctx.tr('col.cue'), width: 0.48, align: 'left' },
        ],
        rows,
      },
    ],
  };
}

/** Our own short advice; cross-training names the client's own modalities. */
export function tipsSection(ctx: BuildContext): Section {
  const { request } = ctx.input;
  const modalities = request.availability.crossTraining.map((m) => ctx.tr(`modality.${m}`));
  const cross =
    modalities.length > 0
      ? ctx.tr('tip.cross.text', { modalities: formatList(ctx.locale, modalities) })
      : ctx.tr('tip.cross.textNone');
  const distance = formatDistanceRange(ctx.locale, 600, 800, ctx.input.options.units);
  const items = [
    { title: ctx.tr('tip.pacing.title'), text: ctx.tr('tip.pacing.text') },
    { title: ctx.tr('tip.strength.title'), text: ctx.tr('tip.strength.text') },
    { title: ctx.tr('tip.cross.title'), text: cross },
    { title: ctx.tr('tip.nutrition.title'), text: ctx.tr('tip.nutrition.text') },
    { title: ctx.tr('tip.form.title'), text: ctx.tr('tip.form.text') },
    { title: ctx.tr('tip.recovery.title'), text: ctx.tr('tip.recovery.text') },
    { title: ctx.tr('tip.gear.title'), text: ctx.tr('tip.gear.text', { distance }) },
  ];
  return {
    id: 'tips',
    heading: ctx.tr('section.tips'),
    newPage: false,
    keepTogether: false,
    blocks: [{ type: 'tips', items }],
  };
}

/** Rows on the log page (it shares the page with the signature); a few always stay blank. */
const LOG_ROWS = 18;
const BLANK_ROWS = 4;

/** A page to fill in by hand, pre-filled with the coming walking, running and cross-training. */
export function logSection(ctx: BuildContext): Section {
  const coming = ctx.detailWeeks
    .flatMap((week) => week.sessions)
    .filter((s) => !s.locked && s.date >= ctx.today && s.kind !== 'strength' && s.kind !== 'mobility')
    .slice(0, LOG_ROWS - BLANK_ROWS);
  const rows = coming.map((s) => [logDate(ctx, s.date), sessionLabel(ctx, s), '', '', '', '', '']);
  while (rows.length < LOG_ROWS) rows.push(['', '', '', '', '', '', '']);
  return {
    id: 'log',
    heading: ctx.tr('section.log'),
    newPage: true,
    keepTogether: false,
    blocks: [
      { type: 'paragraph', text: ctx.tr('log.intro'), muted: false },
      {
        type: 'log_sheet',
        columns: [
          { label: ctx.tr('col.date'), width: 0.14, align: 'left' },
          { label: ctx.tr('col.session'), width: 0.24, align: 'left' },
          { label: ctx.tr('col.done'), width: 0.09, align: 'center' },
          { label: ctx.tr('col.painDuring'), width: 0.1, align: 'center' },
          { label: ctx.tr('col.painAfter'), width: 0.09, align: 'center' },
          { label: ctx.tr('col.painMorning'), width: 0.1, align: 'center' },
          { label: ctx.tr('col.note'), width: 0.24, align: 'left' },
        ],
        rows,
      },
    ],
  };
}

/** Lines for the clinician and the client to sign. */
export function signatureSection(ctx: BuildContext): Section {
  return {
    id: 'signature',
    heading: ctx.tr('section.signature'),
    newPage: false,
    keepTogether: true,
    blocks: [
      { type: 'paragraph', text: ctx.tr('signature.text'), muted: false },
      {
        type: 'signature',
        lines: [
          ctx.tr('signature.clinician', { name: ctx.clinician }),
          ctx.tr('signature.client', { name: ctx.input.request.client.name }),
        ],
        dateLabel: ctx.tr('signature.date'),
      },
    ],
  };
}
