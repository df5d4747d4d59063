/**
 * "Your tests": the client's objective test results and what they decide (rule E42), in plain
 * words. Where the client stands on each criterion comes from the programme's checkpoints (the
 * engine's verdict as of the plan's day); the raw values per side come from the request's
 * assessments. Outcome questionnaires appear as scores only: their questions are not ours to print.
 */
import { ASSESSMENT_TEST_IDS, ASSESSMENT_TESTS, isAssessmentTestId } from '../../engine/assessments/tests';
import type { AssessmentTestId, TestDef, TestUnit } from '../../engine/assessments/tests';
import { limbSymmetryIndex } from '../../engine/assessments/limb-symmetry';
import { msg, renderMessage } from '../../engine/i18n/message';
import type {
  Checkpoint,
  CheckpointCriterion,
  CriterionAssessment,
  IsoDate,
  TestResult,
} from '../../engine/types';
import type { BuildContext } from './build-context';
import type { PdfMessageKey } from './i18n/en';
import { formatDate, formatList, formatNumber } from './i18n/format';
import type { ChecklistItem, DocBlock, Section, TableColumn, TableRow } from './types';

type Assessed = CheckpointCriterion & { assessment: CriterionAssessment };

interface PlacedCriterion {
  criterion: Assessed;
  checkpoint: Checkpoint;
}

/** A test's latest result with its date. */
interface LatestResult {
  test: AssessmentTestId;
  date: IsoDate;
  result: TestResult;
}

/** Test-based criteria in checkpoint order, each once (its first checkpoint). */
function assessedCriteria(checkpoints: readonly Checkpoint[]): PlacedCriterion[] {
  const seen = new Set<string>();
  const out: PlacedCriterion[] = [];
  for (const checkpoint of checkpoints) {
    for (const criterion of checkpoint.criteria) {
      if (!criterion.assessment || seen.has(criterion.code)) continue;
      seen.add(criterion.code);
      out.push({ criterion: criterion as Assessed, checkpoint });
    }
  }
  return out;
}

/**
 * The latest result of each test recorded up to the plan's day, as the engine reads them: the
 * later date wins, and on the same date the one recorded later in the list (a correction).
 */
function latestResults(ctx: BuildContext): LatestResult[] {
  const { request } = ctx.input;
  const upTo = request.today > request.startDate ? request.today : request.startDate;
  const latest = new Map<AssessmentTestId, LatestResult>();
  for (const assessment of request.assessments ?? []) {
    if (assessment.date > upTo) continue;
    for (const result of assessment.results) {
      if (!isAssessmentTestId(result.test)) continue;
      const known = latest.get(result.test);
      if (!known || assessment.date >= known.date)
        latest.set(result.test, { test: result.test, date: assessment.date, result });
    }
  }
  return ASSESSMENT_TEST_IDS.flatMap((id) => {
    const found = latest.get(id);
    return found ? [found] : [];
  });
}

function targetOf(ctx: BuildContext, checkpoint: Checkpoint): string {
  return ctx.tr(`target.${checkpoint.requiresClearance}`);
}

const UNIT_KEYS: Readonly<Partial<Record<TestUnit, PdfMessageKey>>> = {
  reps: 'tests.reps',
  seconds: 'tests.seconds',
  cm: 'tests.cm',
  percent: 'tests.percent',
  degrees: 'tests.degrees',
  pain: 'tests.painScore',
};

/** One number in the test's unit: `150 cm`, `64 of 100`, `trace`. */
function valueText(ctx: BuildContext, test: AssessmentTestId, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const def: TestDef = ASSESSMENT_TESTS[test];
  if (def.unit === 'grade') {
    const grades = def.grades?.[ctx.locale] ?? [];
    return grades[Math.round(value)] ?? formatNumber(ctx.locale, value);
  }
  const number = formatNumber(ctx.locale, value);
  if (def.unit === 'score') return ctx.tr('tests.score', { value: number, max: def.max });
  const key = UNIT_KEYS[def.unit];
  return key ? ctx.tr(key, { value: number }) : number;
}

/** A result in words: both sides with the symmetry, or the value, pass/fail, pain and symptoms. */
function resultText(ctx: BuildContext, latest: LatestResult): string {
  const { test, result } = latest;
  const def = ASSESSMENT_TESTS[test];
  const parts: string[] = [];
  if (def.unit === 'pass_fail') {
    // A load test with symptoms is "done" (it was carried out), not "passed": its criterion fails.
    const [yes, no] = def.symptoms
      ? (['tests.done', 'tests.notDone'] as const)
      : (['tests.passed', 'tests.notPassed'] as const);
    parts.push(ctx.tr(result.passed === true ? yes : no));
  } else if (def.sided) {
    parts.push(
      ctx.tr('tests.sides', {
        left: valueText(ctx, test, result.left),
        right: valueText(ctx, test, result.right),
      }),
    );
  } else {
    parts.push(valueText(ctx, test, result.value));
  }
  if (def.pain && result.pain !== null && result.pain !== undefined)
    parts.push(ctx.tr('tests.pain', { pain: formatNumber(ctx.locale, result.pain) }));
  if (def.symptoms) {
    const symptoms = result.symptoms ?? [];
    parts.push(
      symptoms.length === 0
        ? ctx.tr('tests.noSymptoms')
        : ctx.tr('tests.symptoms', {
            list: formatList(
              ctx.locale,
              symptoms.map((s) => renderMessage(ctx.locale, msg(`symptom.${s}`))),
            ),
          }),
    );
  }
  let text = parts.join(' · ');
  if (def.sided) {
    const side = ctx.input.request.injury.side;
    const lsi = limbSymmetryIndex(result.left, result.right, side, def.lowerIsBetter);
    if (lsi !== null) {
      const key = side === 'left' || side === 'right' ? 'tests.lsiInjured' : 'tests.lsiWeaker';
      text += `\n${ctx.tr(key, { lsi: formatNumber(ctx.locale, lsi) })}`;
    }
  }
  return text;
}

function resultColumns(ctx: BuildContext): TableColumn[] {
  return [
    { label: ctx.tr('col.test'), width: 0.4, align: 'left' },
    { label: ctx.tr('col.date'), width: 0.13, align: 'left' },
    { label: ctx.tr('col.result'), width: 0.47, align: 'left' },
  ];
}

/**
 * The recorded results in one table, grouped by what they decide: under the first checkpoint with
 * a criterion that reads the test, then everything else (outcome scores, tests of a step already
 * passed). Each group opens with a shaded label row and is kept on one page.
 */
function resultsTable(
  ctx: BuildContext,
  placed: readonly PlacedCriterion[],
  latest: readonly LatestResult[],
): DocBlock {
  const groupOf = new Map<AssessmentTestId, Checkpoint>();
  for (const { criterion, checkpoint } of placed) {
    for (const test of criterion.assessment.tests) {
      if (isAssessmentTestId(test) && !groupOf.has(test)) groupOf.set(test, checkpoint);
    }
  }
  const order = [...new Set(placed.map((p) => p.checkpoint))];
  const groups: { label: string; results: LatestResult[] }[] = [
    ...order.map((checkpoint) => ({
      label: ctx.tr('tests.resultsFor', { target: targetOf(ctx, checkpoint) }),
      results: latest.filter((r) => groupOf.get(r.test) === checkpoint),
    })),
    { label: ctx.tr('tests.resultsOther'), results: latest.filter((r) => !groupOf.has(r.test)) },
  ];
  const rows = groups
    .filter((group) => group.results.length > 0)
    .flatMap((group): TableRow[] => [
      { cells: [group.label, '', ''], groupStart: true, shaded: true, muted: false },
      ...group.results.map((result): TableRow => ({
        cells: [
          renderMessage(ctx.locale, msg(`test.${result.test}.name`)),
          formatDate(ctx.locale, result.date),
          resultText(ctx, result),
        ],
        groupStart: false,
        shaded: false,
        muted: false,
      })),
    ]);
  return { type: 'table', columns: resultColumns(ctx), rows };
}

/** A criterion still to reach: the target and the latest result, both as the engine words them. */
function checklistItem(
  ctx: BuildContext,
  { criterion, checkpoint }: PlacedCriterion,
  next: Checkpoint | undefined,
): ChecklistItem {
  const a = criterion.assessment;
  const lines = [ctx.tr('tests.target', { threshold: ctx.say(a.thresholdI18n, a.threshold) })];
  // A battery partly done is "not yet tested" but already has results worth showing.
  if (a.latest !== null && a.testedOn !== null) {
    lines.push(
      ctx.tr('tests.latest', {
        date: formatDate(ctx.locale, a.testedOn),
        result: ctx.say(a.latestI18n, a.latest),
      }),
    );
  } else {
    lines.push(ctx.tr('tests.notTested'));
  }
  if (checkpoint !== next) lines.push(ctx.tr('tests.forStep', { target: targetOf(ctx, checkpoint) }));
  const fellShort = a.status === 'not_met';
  return {
    tone: fellShort ? 'warning' : 'info',
    title: ctx.say(criterion.i18n, criterion.text),
    status: ctx.tr(fellShort ? 'tests.notReached' : 'tests.toTest'),
    lines,
  };
}

/**
 * The "Your tests" page, or null when the client has no recorded tests and no checkpoint waits
 * for one (no empty page).
 */
export function testsSection(ctx: BuildContext): Section | null {
  const { checkpoints } = ctx.input.programme;
  const placed = assessedCriteria(checkpoints);
  const latest = latestResults(ctx);
  if (placed.length === 0 && latest.length === 0) return null;
  // The next step is the first level checkpoint; RED-S screening is a health check, not a step.
  const next = checkpoints.find((c) => c.id !== 'reds_screening');
  const open = placed.filter(({ criterion }) => criterion.assessment.status !== 'met');
  const toImprove = open.filter(
    ({ criterion, checkpoint }) => criterion.assessment.holdsBack || checkpoint === next,
  );
  const later = open.filter((p) => !toImprove.includes(p));
  const achieved = placed.filter(({ criterion }) => criterion.assessment.status === 'met');

  const blocks: DocBlock[] = [
    { type: 'paragraph', text: ctx.tr('tests.intro'), muted: false },
    { type: 'subheading', text: ctx.tr('tests.improveHeading') },
  ];
  if (toImprove.length > 0) {
    blocks.push({ type: 'checklist', items: toImprove.map((p) => checklistItem(ctx, p, next)) });
  } else {
    blocks.push({ type: 'paragraph', text: ctx.tr('tests.improveNone'), muted: false });
  }
  if (achieved.length > 0) {
    blocks.push(
      { type: 'subheading', text: ctx.tr('tests.achievedHeading') },
      {
        type: 'bullets',
        items: achieved.map(({ criterion }) => {
          const text = ctx.say(criterion.i18n, criterion.text);
          const on = criterion.assessment.testedOn;
          return on ? ctx.tr('tests.achieved', { criterion: text, date: formatDate(ctx.locale, on) }) : text;
        }),
      },
    );
  }
  if (later.length > 0) {
    blocks.push(
      { type: 'subheading', text: ctx.tr('tests.laterHeading') },
      {
        type: 'bullets',
        items: later.map(({ criterion, checkpoint }) =>
          ctx.tr('tests.later', {
            criterion: ctx.say(criterion.i18n, criterion.text),
            target: targetOf(ctx, checkpoint),
          }),
        ),
      },
    );
  }
  if (latest.length > 0) {
    blocks.push(
      { type: 'subheading', text: ctx.tr('tests.resultsHeading') },
      resultsTable(ctx, placed, latest),
    );
  }
  return {
    id: 'tests',
    heading: ctx.tr('section.tests'),
    // With results recorded it is a page of its own, to bring to the next re-test; a list of
    // tests still to come is short and follows the checkpoints it explains.
    newPage: latest.length > 0,
    keepTogether: false,
    blocks,
  };
}
