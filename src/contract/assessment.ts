/**
 * zod schemas for recorded tests (the engine's Assessment and TestResult): every result is checked
 * against the test catalogue, so a value arrives only where the test has one, per side where it is
 * done per side, within the test's range, and a grade or pass/fail in its own form. Used by the
 * plan request, the assessments channels and imported client records alike.
 */
import { z } from 'zod';
import type { Assessment, AssessmentTestId, CriteriaThresholds, TestResult } from '../engine';
import {
  ASSESSMENT_TESTS,
  ASSESSMENT_TEST_IDS,
  CRITERION_THRESHOLDS,
  PELVIC_SYMPTOMS,
  THRESHOLD_IDS,
  isIsoDate,
} from '../engine';

/** Caps on what one request or record may hold. */
export const ASSESSMENT_LIMITS = {
  perRequest: 400,
  resultsPerAssessment: 60,
  byChars: 120,
  noteChars: 2000,
  resultNoteChars: 500,
};

const finite = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .refine(Number.isFinite, { error: `${label} must be a finite number` });

const ResultShape = z.strictObject({
  test: z.enum(ASSESSMENT_TEST_IDS as [AssessmentTestId, ...AssessmentTestId[]], { error: 'Unknown test' }),
  left: finite('Left').nullable().optional(),
  right: finite('Right').nullable().optional(),
  value: finite('Value').nullable().optional(),
  passed: z.boolean({ error: 'Passed must be true or false' }).nullable().optional(),
  pain: z
    .number({ error: 'Pain must be a number from 0 to 10' })
    .int({ error: 'Pain must be a whole number from 0 to 10' })
    .min(0, { error: 'Pain must be from 0 to 10' })
    .max(10, { error: 'Pain must be from 0 to 10' })
    .nullable()
    .optional(),
  symptoms: z
    .array(z.enum(PELVIC_SYMPTOMS, { error: `Symptom must be one of: ${PELVIC_SYMPTOMS.join(', ')}` }))
    .max(PELVIC_SYMPTOMS.length)
    .optional(),
  note: z
    .string()
    .max(ASSESSMENT_LIMITS.resultNoteChars, {
      error: `A result's note must be at most ${ASSESSMENT_LIMITS.resultNoteChars} characters`,
    })
    .optional(),
});

const present = (v: unknown): boolean => v !== null && v !== undefined;

/** One result, checked against its test's definition (unit, sides, range, pain, symptoms). */
export const TestResultSchema = ResultShape.superRefine((r, ctx) => {
  const def = ASSESSMENT_TESTS[r.test];
  const name = def.name.en;
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const inRange = (path: 'left' | 'right' | 'value', v: number | null | undefined) => {
    if (!present(v)) return;
    if (v! < def.min || v! > def.max) issue(path, `${name}: must be from ${def.min} to ${def.max}`);
    if (def.unit === 'grade' && !Number.isInteger(v)) issue(path, `${name}: choose one of the grades`);
  };
  if (def.unit === 'pass_fail') {
    if (!present(r.passed)) issue('passed', `${name}: say whether it was passed`);
    for (const key of ['left', 'right', 'value'] as const)
      if (present(r[key])) issue(key, `${name} is pass or fail; it takes no number`);
  } else if (def.sided) {
    if (!present(r.left) && !present(r.right)) issue('left', `${name}: enter a result for at least one side`);
    if (present(r.value)) issue('value', `${name} is recorded per side (left and right)`);
    if (present(r.passed)) issue('passed', `${name} takes numbers, not pass or fail`);
    inRange('left', r.left);
    inRange('right', r.right);
  } else {
    if (!present(r.value)) issue('value', `${name}: enter the result`);
    for (const key of ['left', 'right'] as const) if (present(r[key])) issue(key, `${name} has no sides`);
    if (present(r.passed)) issue('passed', `${name} takes a number, not pass or fail`);
    inRange('value', r.value);
  }
  if (present(r.pain) && !def.pain) issue('pain', `${name} does not record pain`);
  if (r.symptoms !== undefined && r.symptoms.length > 0) {
    if (!def.symptoms) issue('symptoms', `${name} does not record pelvic floor symptoms`);
    if (new Set(r.symptoms).size !== r.symptoms.length) issue('symptoms', 'A symptom is listed twice');
  }
}) as z.ZodType<TestResult>;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });

/** A dated assessment: who tested, and each test at most once. */
export const AssessmentSchema = z
  .strictObject({
    date: z
      .string({ error: 'Date is required (YYYY-MM-DD)' })
      .refine(isIsoDate, { error: 'Date must be a real date written YYYY-MM-DD' }),
    by: text('Tested by', ASSESSMENT_LIMITS.byChars),
    results: z
      .array(TestResultSchema)
      .min(1, { error: 'Record at least one result' })
      .max(ASSESSMENT_LIMITS.resultsPerAssessment, {
        error: `At most ${ASSESSMENT_LIMITS.resultsPerAssessment} results`,
      }),
    note: z
      .string()
      .max(ASSESSMENT_LIMITS.noteChars, {
        error: `Note must be at most ${ASSESSMENT_LIMITS.noteChars} characters`,
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.results.forEach((r, i) => {
      if (seen.has(r.test))
        ctx.addIssue({
          code: 'custom',
          path: ['results', i, 'test'],
          message: `${ASSESSMENT_TESTS[r.test].name.en} is recorded twice`,
        });
      seen.add(r.test);
    });
  }) as z.ZodType<Assessment>;

/** A clinic's thresholds: known ids only, each within the range the settings offer. */
export const CriteriaThresholdsSchema = z.strictObject(
  Object.fromEntries(
    THRESHOLD_IDS.map((id) => {
      const def = CRITERION_THRESHOLDS[id];
      return [
        id,
        z
          .number({ error: `${id} must be a number` })
          .min(def.min, { error: `${id} must be from ${def.min} to ${def.max}` })
          .max(def.max, { error: `${id} must be from ${def.min} to ${def.max}` })
          .optional(),
      ];
    }),
  ),
) as unknown as z.ZodType<CriteriaThresholds>;
