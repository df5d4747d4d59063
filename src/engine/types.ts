/**
 * The plan engine's public data shapes (plan-engine.md). Field names are part of the project's
 * public JSON format: the CLI, the database, exports and other clinic systems use them. New fields
 * may be added as optional; existing names never change.
 */

/** Bumped whenever the same request could produce a different programme. */
export const ENGINE_VERSION = '2.0.0';

/** Schema version of the Programme (its additions since version 1 are optional fields). */
export const SCHEMA_VERSION = 1;
/**
 * Schema version of PlanRequest. Version 2 adds who the client is (RED-S signs, breastfeeding),
 * the bone stress site, earlier episodes and the ACL sport-timing override; version 1 files are
 * migrated by the contract (src/contract/plan.ts).
 */
export const REQUEST_SCHEMA_VERSION = 2;

/** Clearance levels, in order: each allows everything the previous one does. */
export const CLEARANCE_LEVELS = ['not_cleared', 'walking', 'walk_run', 'continuous', 'full'] as const;
export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number];

export const SESSION_KINDS = [
  'walk',
  'walk_run',
  'easy_run',
  'progressive_run',
  'strides',
  'hills',
  'cross_training',
  'strength',
  'mobility',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** "Running sessions" in every rule: walking, cross-training, strength and mobility are not. */
export const RUNNING_KINDS = ['walk_run', 'easy_run', 'progressive_run', 'strides', 'hills'] as const;
export type RunningKind = (typeof RUNNING_KINDS)[number];

/** What a log (or an adjustment) is for on its day: any run, or one kind of support session. */
export const LOG_FAMILIES = ['run', 'walk', 'strength', 'mobility', 'cross_training'] as const;
export type LogFamily = (typeof LOG_FAMILIES)[number];

export const INJURY_TYPES = [
  'bsi_low_risk',
  'bsi_high_risk',
  'mtss',
  'achilles_tendinopathy',
  'plantar_heel_pain',
  'patellofemoral_pain',
  'itb_syndrome',
  'hamstring_strain',
  'calf_strain',
  'ankle_sprain',
  'acl_reconstruction',
  'knee_surgery_other',
  'postnatal',
  'other_soft_tissue',
] as const;
export type InjuryType = (typeof INJURY_TYPES)[number];

export const TISSUE_CLASSES = [
  'bone',
  'tendon',
  'joint',
  'muscle',
  'post_op',
  'pelvic_floor',
  'general',
] as const;
export type TissueClass = (typeof TISSUE_CLASSES)[number];

/** Restrictions that are on or off. */
export const FLAG_RESTRICTION_CODES = [
  'no_hills',
  'no_downhill',
  'no_speed',
  'no_consecutive_days',
  'flat_surface',
  'soft_surface',
  'treadmill_only',
  'no_cycling',
  'no_swimming',
  'no_impact_cross_training',
] as const;
/** Restrictions that carry a number in `value`. */
export const NUMERIC_RESTRICTION_CODES = [
  'max_session_minutes',
  'max_run_minutes',
  'max_sessions_per_week',
  'pain_limit',
] as const;
export const RESTRICTION_CODES = [...FLAG_RESTRICTION_CODES, ...NUMERIC_RESTRICTION_CODES] as const;
export type FlagRestrictionCode = (typeof FLAG_RESTRICTION_CODES)[number];
export type NumericRestrictionCode = (typeof NUMERIC_RESTRICTION_CODES)[number];
export type RestrictionCode = (typeof RESTRICTION_CODES)[number];

export const RED_FLAGS = [
  'night_pain',
  'bony_tenderness',
  'calf_swelling',
  'neuro',
  'effusion',
  'pelvic_floor',
  'reds_signs',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * Signs of low energy availability a clinician has noted (clinical-reference §3.4, IOC RED-S
 * [S51]). Missed periods are expected while breastfeeding and are then not counted.
 */
export const REDS_SIGNS = ['missed_periods', 'weight_loss', 'disordered_eating'] as const;
export type RedsSign = (typeof REDS_SIGNS)[number];

/**
 * Bone stress injury sites (clinical-reference §4.2, [S21]); the first group is high-risk.
 * `other_high_risk` / `other_low_risk` stand for a site of that class not listed here.
 */
export const HIGH_RISK_BSI_SITES = [
  'femoral_neck',
  'anterior_tibia',
  'medial_malleolus',
  'talus',
  'navicular',
  'fifth_metatarsal',
  'second_metatarsal_base',
  'sesamoid',
  'other_high_risk',
] as const;
export const LOW_RISK_BSI_SITES = [
  'posteromedial_tibia',
  'fibula',
  'femoral_shaft',
  'pelvis',
  'calcaneus',
  'metatarsal_shaft',
  'other_low_risk',
] as const;
export const BSI_SITES = [...HIGH_RISK_BSI_SITES, ...LOW_RISK_BSI_SITES] as const;
export type BsiSite = (typeof BSI_SITES)[number];

/** Who an engine text is written for: the client (printed for them) or the clinician only. */
export const AUDIENCES = ['client', 'clinician'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const MODALITIES = ['bike', 'swim', 'elliptical', 'row', 'aqua_jog'] as const;
export type Modality = (typeof MODALITIES)[number];

export const GOAL_KINDS = ['run_30min', '5k', '10k', 'half_marathon', 'marathon'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const UNITS = ['km', 'mi'] as const;
export type Units = (typeof UNITS)[number];

/** Weekday codes, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const SEXES = ['female', 'male', 'other', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];

export const EXPERIENCE_LEVELS = ['new', 'returning', 'regular', 'advanced'] as const;
export type Experience = (typeof EXPERIENCE_LEVELS)[number];

export const SIDES = ['left', 'right', 'both', 'na'] as const;
export type Side = (typeof SIDES)[number];

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PROGRAMME_STATUSES = ['awaiting_clearance', 'active', 'refer', 'complete'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PHASES = ['pre_running', 'walking', 'walk_run', 'continuous', 'build', 'taper'] as const;
export type Phase = (typeof PHASES)[number];

/** `not_logged`: a past strength, mobility or cross-training session nobody logged (not "missed"). */
export const SESSION_STATUSES = ['planned', 'done', 'missed', 'stopped', 'not_logged'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const PAIN_LIGHTS = ['green', 'amber', 'orange', 'red', 'refer'] as const;
export type PainLight = (typeof PAIN_LIGHTS)[number];

/** Where a running or walking session should happen, from the restrictions and the phase. */
export const SURFACES = ['any', 'flat', 'soft', 'flat_soft', 'treadmill', 'hills'] as const;
export type Surface = (typeof SURFACES)[number];

export const WARNING_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];

export const HISTORY_ACTIONS = [
  'count_success',
  'advance',
  'advance_capped',
  'repeat',
  'rest_repeat',
  'step_back',
  'refer',
  'gap_resume',
  'gap_step_back',
  'not_counted',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

import type { AssessmentTestId, PelvicSymptom } from './assessments/tests';
import type { CriteriaThresholds } from './assessments/thresholds';
import type { Message } from './i18n/message';

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** A local calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Client {
  name: string;
  birthDate: IsoDate | null;
  sex: Sex;
  experience: Experience;
  /** RED-S signs the clinician has noted (version 2; default none). */
  redsSigns: RedsSign[];
  /** Breastfeeding now (version 2; default false): missed periods are then expected. */
  breastfeeding: boolean;
}

export interface Injury {
  type: InjuryType;
  side: Side;
  onsetDate: IsoDate | null;
  weeksWithoutRunning: number;
  severity: Severity;
  /** Required for acl_reconstruction and knee_surgery_other (time gate). */
  surgeryDate: IsoDate | null;
  /** Required for postnatal (time gate). */
  deliveryDate: IsoDate | null;
  recurrent: boolean;
  /**
   * Earlier episodes of the same injury (version 2; version 1 files: 1 when `recurrent`, else 0).
   * 2 or more makes this a third (or later) episode.
   */
  previousEpisodes: number;
  /** For bone stress injuries: the site (version 2; null when not recorded). */
  bsiSite: BsiSite | null;
  /** For bsi_high_risk: running stays locked until imaging confirms healing. */
  imagingConfirmedHealing: boolean;
}

/** A clinician's restriction; `value` is required for the numeric codes; `until` is inclusive. */
export interface Restriction {
  code: RestrictionCode;
  value?: number | null;
  until?: IsoDate | null;
}

export interface InjuryNote {
  date: IsoDate;
  author: string;
  text: string;
  restrictions: Restriction[];
}

export interface Clearance {
  level: ClearanceLevel;
  date: IsoDate;
  by: string;
  reviewDate: IsoDate | null;
  /** The clinician lifts the injury's time gate (shown on every output). */
  overrideTimeGate: boolean;
  /**
   * ACL reconstruction: the clinician allows speed, hills and uneven ground before 9 months after
   * surgery (version 2; default false; recorded and shown on every output).
   */
  overrideSportGate: boolean;
}

export interface Fitness {
  painFreeWalkMinutes: number;
  longestRecentRunMinutes: number;
  preInjuryWeeklyRunMinutes: number;
}

export interface Availability {
  days: Weekday[];
  maxSessionMinutes: number;
  crossTraining: Modality[];
}

export interface Goal {
  kind: GoalKind;
  /** Race or target date; null plans until the goal is reached. */
  date: IsoDate | null;
}

/** What the client reports after a session (plan-engine.md §SessionLog). Pain scores are 0–10. */
export interface SessionLog {
  /** The planned session it was logged against (it may have moved since; see log-matching.ts). */
  sessionId: string;
  date: IsoDate;
  /** Optional extension: what was done on `date`; taken from sessionId when absent. */
  kind?: LogFamily;
  completed: boolean;
  actualRunMinutes: number | null;
  rpe: number | null;
  painDuring: number | null;
  painAfter: number | null;
  painNextMorning: number | null;
  painBuiltDuringRun: boolean;
  /** null: no warm-up soreness; true: it cleared; false: it persisted. */
  warmupPainCleared: boolean | null;
  swelling: boolean;
  limp: boolean;
  redFlags: RedFlag[];
  /** Optional extension: false when symptoms had not settled 72 h after the session (refer). */
  settledWithin72h?: boolean | null;
  note: string;
}

/** What a clinician does to one planned session (E41). */
export type SessionAdjustmentAction =
  | { type: 'move'; toDate: IsoDate }
  | { type: 'shorten'; minutes: number }
  | { type: 'skip' }
  | { type: 'swap_cross_training'; modality?: Modality };

export type AdjustmentAction = SessionAdjustmentAction | { type: 'hold_week' };

interface AdjustmentRecord {
  /** Given by the caller, unique in the request. Never shown to a reader. */
  id: string;
  /** Who made the adjustment, and on which day (adjustments apply in order of `at`, then `id`). */
  by: string;
  at: IsoDate;
  reason: string;
}

/**
 * A clinician's change to one planned session, found like a log: by the date it is planned on and
 * its family. Adjustments are inputs, applied on every derivation and checked by the same rules.
 */
export interface SessionAdjustment extends AdjustmentRecord {
  date: IsoDate;
  /** Like a log's kind: `run` finds the day's run whatever kind of run it now is. */
  kind: LogFamily;
  action: SessionAdjustmentAction;
}

/** Holds the programme week that contains `date`: no progression in it (E41). */
export interface WeekAdjustment extends AdjustmentRecord {
  date: IsoDate;
  action: { type: 'hold_week' };
}

export type PlanAdjustment = SessionAdjustment | WeekAdjustment;

/** The engine's input. Parse raw JSON with `parsePlanRequest` (src/contract/plan.ts) first. */
export interface PlanRequest {
  schemaVersion: 2;
  startDate: IsoDate;
  today: IsoDate;
  units: Units;
  locale: Locale;
  client: Client;
  injury: Injury;
  notes: InjuryNote[];
  clearance: Clearance;
  fitness: Fitness;
  availability: Availability;
  goal: Goal;
  logs: SessionLog[];
  /** The clinician's adjustments to the proposed plan (optional; none when missing). */
  adjustments?: PlanAdjustment[];
  /** Dated objective tests and outcome scores (optional; none when missing: criteria not yet tested). */
  assessments?: Assessment[];
  /** The clinic's own criterion thresholds where sources disagree (optional; the defaults otherwise). */
  criteriaThresholds?: CriteriaThresholds;
}

/**
 * One test's result (assessments/tests.ts says how each is entered): `left`/`right` for tests
 * done per side, `value` for one number (or a grade's index), `passed` for pass/fail tests, with
 * pain during the test (0–10) and pelvic floor symptoms where the test records them.
 */
export interface TestResult {
  test: AssessmentTestId;
  left?: number | null;
  right?: number | null;
  value?: number | null;
  passed?: boolean | null;
  pain?: number | null;
  symptoms?: PelvicSymptom[];
  note?: string;
}

/** A dated set of test results recorded by a clinician. */
export interface Assessment {
  date: IsoDate;
  by: string;
  results: TestResult[];
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Programme
// ---------------------------------------------------------------------------------------------

export const BLOCK_TYPES = [
  'warmup',
  'cooldown',
  'walk',
  'run',
  'steady',
  'stride',
  'hill',
  'activity',
  'repeat',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export type SimpleBlockType = Exclude<BlockType, 'repeat'>;

/** A timed piece of a session; `repeat` nests blocks. Warm-up and cool-down are brisk walking. */
export type Block =
  { type: SimpleBlockType; seconds: number } | { type: 'repeat'; times: number; blocks: Block[] };

export interface Effort {
  rpeMin: number;
  rpeMax: number;
  talkTest: string;
  /** Optional extension: `talkTest` as a message, to render in the reader's language. */
  talkTestI18n?: Message;
}

export interface Exercise {
  name: string;
  /** Optional extension: `name` as a message (language is a view). */
  nameI18n?: Message;
  sets: number;
  reps?: number;
  seconds?: number;
  notes: string;
  /** Optional extension: `notes` as a message. */
  notesI18n?: Message;
}

export interface Explanation {
  rule: string;
  text: string;
  /** Who the text is for; the client's PDF prints only `client` texts. */
  audience: Audience;
  /**
   * Optional extension: `text` as a message id with locale-neutral arguments; UI, PDF and
   * exports render it in the reader's language (`renderMessage`, src/engine/i18n/message.ts).
   */
  i18n?: Message;
}

export interface Session {
  /** `w<week>-<weekday>-<kind>`: stable across regenerations, so a log attaches to it. */
  id: string;
  date: IsoDate;
  kind: SessionKind;
  title: string;
  /** Optional extension: `title` as a message. */
  titleI18n?: Message;
  /** Ladder stage for walk_run sessions, walking step for walks, otherwise null. */
  stage: number | null;
  blocks: Block[];
  durationMinutes: number;
  runMinutes: number;
  walkMinutes: number;
  effort: Effort;
  surface: Surface | null;
  modality: Modality | null;
  exercises: Exercise[];
  requiresClearance: ClearanceLevel;
  locked: boolean;
  lockedReason: string | null;
  /** Optional extension: `lockedReason` as a message (present when locked). */
  lockedReasonI18n?: Message;
  status: SessionStatus;
  explain: Explanation[];
  /** Present when a clinician adjusted the session: the adjustment that shaped it last (E41). */
  adjusted?: SessionAdjustmentNote;
}

/** The adjustment a session carries, as the clinician recorded it. */
export interface SessionAdjustmentNote {
  id: string;
  action: AdjustmentAction;
  by: string;
  at: IsoDate;
  reason: string;
}

export interface WeekTotals {
  /** Sums over sessions that are neither locked nor missed. */
  runMinutes: number;
  walkMinutes: number;
  crossMinutes: number;
  strengthSessions: number;
}

export interface Week {
  index: number;
  startDate: IsoDate;
  endDate: IsoDate;
  phase: Phase;
  cutback: boolean;
  focus: string;
  /** Optional extension: `focus` as a message. */
  focusI18n?: Message;
  totals: WeekTotals;
  sessions: Session[];
}

export interface CheckpointCriterion {
  code: string;
  text: string;
  /** Optional extension: `text` as a message. */
  i18n?: Message;
  /** Optional extension: for criteria decided by recorded tests, where the client stands (E42). */
  assessment?: CriterionAssessment;
}

export const CRITERION_STATUSES = ['met', 'not_met', 'not_yet_tested'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/** A test-based criterion as of `today` (E42). */
export interface CriterionAssessment {
  status: CriterionStatus;
  /** Sessions stay locked (or restricted) until it is met, tested or not; otherwise only a result that fails holds them. */
  required: boolean;
  /** It holds sessions of this plan back today (locked, or restricted from speed and hills). */
  holdsBack: boolean;
  /** The catalogue ids of the tests it reads. */
  tests: string[];
  /** Date of the latest result it read; null when not yet tested. */
  testedOn: IsoDate | null;
  /** The latest result in words ("LSI 82%, needs 90%"); null when not yet tested. */
  latest: string | null;
  latestI18n?: Message;
  /** What passes, with the threshold in force ("Hop tests LSI at least 90%"). */
  threshold: string;
  thresholdI18n?: Message;
  /** Sources of the threshold (clinical-reference §9 ids). */
  sources: string[];
}

export interface Checkpoint {
  id: string;
  requiresClearance: ClearanceLevel;
  /** Optional extension: when the projected pathway reaches this checkpoint (null: not within the plan). */
  projectedDate: IsoDate | null;
  criteria: CheckpointCriterion[];
}

export interface PainGuide {
  tissue: TissueClass;
  duringMax: number;
  preferredMax: number;
  text: string;
  /** Optional extension: `text` as a message. */
  i18n?: Message;
}

export interface HistoryEntry {
  sessionId: string;
  /** Optional extension: the position in the request's logs of the log this decision read. */
  logIndex?: number;
  /** Optional extension: the date of the session the decision belongs to. */
  date: IsoDate;
  /** null for decisions that are not about pain (a gap in training). */
  light: PainLight | null;
  action: HistoryAction;
  rules: string[];
}

export interface Warning {
  code: string;
  severity: WarningSeverity;
  /** `client`: also printed for the client, in words for them; `clinician`: the app only. */
  audience: Audience;
  message: string;
  /** Optional extension: `message` as a message id with arguments (language is a view). */
  i18n?: Message;
  /** Optional extension: the rules behind the warning. */
  rules: string[];
  /** Optional extension: for goal_date_unsafe, the earliest safe goal date. */
  earliestSafeDate?: IsoDate;
  /**
   * Optional extension: for adjustment_not_applied, the ids of the adjustments left out, so the
   * app can point at them (the message names them in words, never by id).
   */
  adjustmentIds?: string[];
}

export interface Programme {
  schemaVersion: 1;
  engineVersion: string;
  status: ProgrammeStatus;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Ladder stage at `today` while the client is on the walk-run ladder, otherwise null. */
  currentStage: number | null;
  weeks: Week[];
  checkpoints: Checkpoint[];
  painGuide: PainGuide;
  history: HistoryEntry[];
  warnings: Warning[];
}
