/**
 * The plan engine's public surface: generatePlan, its data shapes and vocabularies, and the rule
 * ids it explains itself with. Nothing here does I/O; nothing here imports outside src/engine.
 */
export { generatePlan, MAX_WEEKS } from './generate-plan';
export * from './types';
export { RULES, RULE_IDS } from './rules/rule-ids';
export type { RuleId } from './rules/rule-ids';
export { isIsoDate, addDays, diffDays, toDay, weekdayOf } from './dates';
export { REQUIRED_CLEARANCE, levelRank } from './rules/clearance-gate';
export { INJURY_DEFAULTS } from './protocols/injury-defaults';
export { TISSUE_LIMITS } from './protocols/tissue-limits';
export { LADDERS } from './protocols/ladders';
export { defaultRestrictionsInForce } from './restrictions-in-force';
export type { DefaultRestrictionInForce } from './restrictions-in-force';
export { renderMessage, localised, isMessage, isMessageKey } from './i18n/message';
export type { Message, MessageArg, MessageArgs } from './i18n/message';
export type { MessageKey } from './i18n/messages';
export {
  ASSESSMENT_TESTS,
  ASSESSMENT_TEST_IDS,
  BATTERIES,
  BATTERIES_FOR,
  PELVIC_SYMPTOMS,
  TEST_UNITS,
  isAssessmentTestId,
  testsOf,
} from './assessments/tests';
export type { AssessmentTestId, Battery, PelvicSymptom, TestDef, TestUnit } from './assessments/tests';
export { CRITERION_THRESHOLDS, THRESHOLD_IDS, resolveThresholds } from './assessments/thresholds';
export type { CriteriaThresholds, ThresholdDef, ThresholdId } from './assessments/thresholds';
export { injuredSideValue, limbSymmetryIndex } from './assessments/limb-symmetry';
