/**
 * Test results in words for the assessments tab: a test's name in the UI language (the engine's
 * test catalogue), a number with its unit, and one result as the history table summarises it.
 */
import type { TFunction } from 'i18next';
import type { AssessmentTestId, Side, TestResult } from '../../../engine';
import { ASSESSMENT_TESTS, limbSymmetryIndex } from '../../../engine';
import { msg } from '../../../engine/i18n/message';
import type { EngineText } from '../../components/programme/engine-text';
import { engineLocale } from '../../components/programme/engine-text';

export function testName(say: EngineText, test: AssessmentTestId): string {
  return say(msg(`test.${test}.name`), ASSESSMENT_TESTS[test].name.en);
}

export function testHow(say: EngineText, test: AssessmentTestId): string {
  return say(msg(`test.${test}.how`), ASSESSMENT_TESTS[test].how.en);
}

/** A number as the UI language writes it (one decimal at most, a decimal comma in German). */
export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(engineLocale(language) === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(value);
}

/** A grade's name (the effusion grades), or the number when the test has no grades. */
export function gradeName(language: string, test: AssessmentTestId, value: number): string {
  const grades = (ASSESSMENT_TESTS[test] as { grades?: Readonly<Record<'en' | 'de', readonly string[]>> })
    .grades;
  return grades?.[engineLocale(language)][value] ?? formatNumber(language, value);
}

/** A value of a test with its unit ("150 cm", "trace", "3/10"). */
export function formatValue(t: TFunction, language: string, test: AssessmentTestId, value: number): string {
  const unit = ASSESSMENT_TESTS[test].unit;
  if (unit === 'grade') return gradeName(language, test, value);
  if (unit === 'pass_fail') return formatNumber(language, value);
  return t(`assessments.withUnit.${unit}`, { value: formatNumber(language, value) });
}

/** One result in a line: the numbers, LSI, pass or fail, pain and symptoms. */
export function resultSummary(t: TFunction, language: string, result: TestResult, injured: Side): string {
  const def = ASSESSMENT_TESTS[result.test];
  const parts: string[] = [];
  if (def.unit === 'pass_fail') {
    if (result.passed !== null && result.passed !== undefined)
      parts.push(t(result.passed ? 'assessments.summary.passed' : 'assessments.summary.notPassed'));
  } else if (def.sided) {
    const side = (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : formatValue(t, language, result.test, value);
    parts.push(t('assessments.summary.sides', { left: side(result.left), right: side(result.right) }));
    const lsi = limbSymmetryIndex(result.left, result.right, injured, def.lowerIsBetter);
    if (lsi !== null) parts.push(t('assessments.summary.lsi', { lsi: formatNumber(language, lsi) }));
  } else if (result.value !== null && result.value !== undefined) {
    parts.push(formatValue(t, language, result.test, result.value));
  }
  if (result.pain !== null && result.pain !== undefined)
    parts.push(t('assessments.summary.pain', { pain: result.pain }));
  if (result.symptoms && result.symptoms.length > 0)
    parts.push(
      t('assessments.summary.symptoms', {
        list: result.symptoms.map((s) => t(`assessments.symptoms.${s}`)).join(', '),
      }),
    );
  if (result.note) parts.push(result.note);
  return parts.join(', ');
}
