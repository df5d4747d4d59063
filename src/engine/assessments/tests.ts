/**
 * The objective tests and outcome measures a clinician records (clinical-reference §2, §4.3,
 * §4.7–§4.11), written for this project in plain clinical English and German. A test says what it
 * measures and how a result is entered; what counts as passing is a criterion (criteria.ts), so one
 * test can serve several criteria and thresholds stay settings.
 *
 * Outcome questionnaires (VISA-A, LEFS, KOOS) are stored as scores only: their questions are not
 * ours to print.
 */
import type { InjuryType, Locale } from '../types';

type Text = Readonly<Record<Locale, string>>;

/**
 * How a result is entered:
 * - `reps`, `seconds`, `cm`, `force` (any unit, the same on both sides), `percent`, `degrees`,
 *   `score`, `pain` (0–10): a number;
 * - `grade`: an index into `grades` (the stroke test's zero, trace, 1+, 2+, 3+);
 * - `pass_fail`: done as prescribed or not (a clinician's yes/no).
 */
export const TEST_UNITS = [
  'reps',
  'seconds',
  'cm',
  'force',
  'percent',
  'degrees',
  'score',
  'pain',
  'grade',
  'pass_fail',
] as const;
export type TestUnit = (typeof TEST_UNITS)[number];

/** Symptoms the postnatal load and impact tests watch for (Goom, Donnelly & Brockwell [S15]). */
export const PELVIC_SYMPTOMS = ['pain', 'heaviness', 'dragging', 'leaking'] as const;
export type PelvicSymptom = (typeof PELVIC_SYMPTOMS)[number];

/** Groups of tests entered together (one grid in the app). */
export const BATTERIES = [
  'entry',
  'calf',
  'bone_loading',
  'postnatal_impact',
  'postnatal_strength',
  'knee',
  'hop',
  'hamstring',
  'ankle',
  'outcomes',
] as const;
export type Battery = (typeof BATTERIES)[number];

export interface TestDef {
  battery: Battery;
  name: Text;
  /** What to do and how to score it, in a line. */
  how: Text;
  unit: TestUnit;
  /** Recorded per side (left and right), with a limb symmetry index. */
  sided: boolean;
  /** A smaller number is the better result (timed hops, an extension deficit, an effusion grade). */
  lowerIsBetter: boolean;
  /** The result also records pain during the test (0–10). */
  pain: boolean;
  /** The result also records pelvic floor symptoms (postnatal tests). */
  symptoms: boolean;
  /** Smallest and largest value accepted (inclusive). */
  min: number;
  max: number;
  /** For `grade`: the grades in order, best first. */
  grades?: Readonly<Record<Locale, readonly string[]>>;
}

const number = (
  battery: Battery,
  name: Text,
  how: Text,
  unit: TestUnit,
  max: number,
  options: Partial<Pick<TestDef, 'sided' | 'lowerIsBetter' | 'pain' | 'min'>> = {},
): TestDef => ({
  battery,
  name,
  how,
  unit,
  sided: options.sided ?? false,
  lowerIsBetter: options.lowerIsBetter ?? false,
  pain: options.pain ?? false,
  symptoms: false,
  min: options.min ?? 0,
  max,
});

const passFail = (
  battery: Battery,
  name: Text,
  how: Text,
  extra: { pain?: boolean; symptoms?: boolean } = {},
) =>
  ({
    battery,
    name,
    how,
    unit: 'pass_fail',
    sided: false,
    lowerIsBetter: false,
    pain: extra.pain ?? false,
    symptoms: extra.symptoms ?? false,
    min: 0,
    max: 1,
  }) satisfies TestDef;

const postnatal = (name: Text, how: Text): TestDef =>
  passFail('postnatal_impact', name, how, { symptoms: true });

export const ASSESSMENT_TESTS = {
  // Entry tests for any run (R2, §2.1).
  brisk_walk_30: passFail(
    'entry',
    { en: 'Brisk walk, 30 minutes', de: 'Zügiges Gehen, 30 Minuten' },
    {
      en: 'Passed when 30 minutes of brisk walking are done without a limp; record the worst pain.',
      de: 'Bestanden, wenn 30 Minuten zügiges Gehen ohne Hinken gelingen; stärksten Schmerz eintragen.',
    },
    { pain: true },
  ),
  single_leg_hops_10: passFail(
    'entry',
    { en: '10 single-leg hops, injured side', de: '10 einbeinige Hüpfer, verletzte Seite' },
    {
      en: 'Passed when 10 hops in a row are done on the injured leg; record the worst pain.',
      de: 'Bestanden, wenn 10 Hüpfer am Stück auf dem verletzten Bein gelingen; stärksten Schmerz eintragen.',
    },
    { pain: true },
  ),

  // Achilles, calf and plantar heel (§2.2, §4.3, §4.4, §4.8).
  heel_raises: number(
    'calf',
    { en: 'Single-leg heel raises to fatigue', de: 'Einbeiniges Fersenheben bis zur Ermüdung' },
    {
      en: 'Full-height raises at one per two seconds until form or height is lost; count per leg.',
      de: 'Volle Höhe, eine Wiederholung pro zwei Sekunden, bis Höhe oder Technik nachlassen; je Bein zählen.',
    },
    'reps',
    200,
    { sided: true, pain: true },
  ),
  morning_first_steps: number(
    'calf',
    { en: 'First steps in the morning', de: 'Erste Schritte am Morgen' },
    {
      en: 'Pain with the first steps after getting up, 0–10, as the client reports it for the last week.',
      de: 'Schmerz bei den ersten Schritten nach dem Aufstehen, 0–10, wie die Person ihn für die letzte Woche angibt.',
    },
    'pain',
    10,
    { lowerIsBetter: true },
  ),

  // Bone stress loading battery [S25] and plyometric phase test [S7].
  bone_walk_30: passFail(
    'bone_loading',
    { en: 'Walk 30 minutes', de: '30 Minuten gehen' },
    { en: 'At normal pace; record the worst pain.', de: 'In normalem Tempo; stärksten Schmerz eintragen.' },
    { pain: true },
  ),
  bone_single_leg_stand: passFail(
    'bone_loading',
    { en: 'Single-leg stand, 10 seconds', de: 'Einbeinstand, 10 Sekunden' },
    {
      en: 'On the injured leg; record the worst pain.',
      de: 'Auf dem verletzten Bein; stärksten Schmerz eintragen.',
    },
    { pain: true },
  ),
  bone_single_leg_squat: passFail(
    'bone_loading',
    { en: 'Single-leg squat ×10', de: 'Einbeinige Kniebeuge ×10' },
    {
      en: 'On the injured leg; record the worst pain.',
      de: 'Auf dem verletzten Bein; stärksten Schmerz eintragen.',
    },
    { pain: true },
  ),
  bone_jog_on_spot: passFail(
    'bone_loading',
    { en: 'Jog on the spot, 1 minute', de: 'Laufen auf der Stelle, 1 Minute' },
    { en: 'Record the worst pain.', de: 'Stärksten Schmerz eintragen.' },
    { pain: true },
  ),
  bone_jump_squats: passFail(
    'bone_loading',
    { en: 'Jump squats ×10–15', de: 'Sprungkniebeugen ×10–15' },
    { en: 'Record the worst pain.', de: 'Stärksten Schmerz eintragen.' },
    { pain: true },
  ),
  bone_bounding: passFail(
    'bone_loading',
    { en: 'Bounding ×10–15 each leg', de: 'Sprunglauf ×10–15 je Bein' },
    { en: 'Record the worst pain.', de: 'Stärksten Schmerz eintragen.' },
    { pain: true },
  ),
  bone_hopping: passFail(
    'bone_loading',
    { en: 'Hopping ×10–15 (or 30 seconds)', de: 'Hüpfen ×10–15 (oder 30 Sekunden)' },
    {
      en: 'On the injured leg; record the worst pain.',
      de: 'Auf dem verletzten Bein; stärksten Schmerz eintragen.',
    },
    { pain: true },
  ),
  plyometric_phase: passFail(
    'bone_loading',
    { en: 'Plyometric phase test', de: 'Plyometrie-Phasentest' },
    {
      en: 'Passed when the plyometric block (about 470 foot contacts per leg) is done without pain the next day.',
      de: 'Bestanden, wenn der Plyometrie-Block (etwa 470 Bodenkontakte je Bein) ohne Schmerz am Folgetag gelingt.',
    },
    { pain: true },
  ),

  // Postnatal load and impact tests: free of pain, heaviness, dragging and leaking [S15].
  pelvic_floor_assessed: passFail(
    'postnatal_impact',
    { en: 'Pelvic floor assessment', de: 'Beckenbodenuntersuchung' },
    {
      en: 'Passed when a pelvic health clinician has assessed the pelvic floor and has no concern about running.',
      de: 'Bestanden, wenn eine Beckenboden-Fachperson untersucht hat und keine Bedenken gegen das Laufen hat.',
    },
  ),
  postnatal_walk_30: postnatal(
    { en: 'Walk 30 minutes', de: '30 Minuten gehen' },
    { en: 'Tick any symptom felt during or after.', de: 'Jedes Symptom während oder danach ankreuzen.' },
  ),
  postnatal_balance: postnatal(
    { en: 'Single-leg balance, 10 seconds each leg', de: 'Einbeinstand, 10 Sekunden je Bein' },
    { en: 'Tick any symptom.', de: 'Jedes Symptom ankreuzen.' },
  ),
  postnatal_squat: postnatal(
    { en: 'Single-leg squat ×10 each leg', de: 'Einbeinige Kniebeuge ×10 je Bein' },
    { en: 'Tick any symptom.', de: 'Jedes Symptom ankreuzen.' },
  ),
  postnatal_jog: postnatal(
    { en: 'Jog on the spot, 1 minute', de: 'Laufen auf der Stelle, 1 Minute' },
    { en: 'Tick any symptom.', de: 'Jedes Symptom ankreuzen.' },
  ),
  postnatal_bounds: postnatal(
    { en: 'Forward bounds ×10', de: 'Sprünge nach vorn ×10' },
    { en: 'Tick any symptom.', de: 'Jedes Symptom ankreuzen.' },
  ),
  postnatal_hops: postnatal(
    { en: 'Hop on the spot ×10 each leg', de: 'Hüpfen auf der Stelle ×10 je Bein' },
    { en: 'Tick any symptom.', de: 'Jedes Symptom ankreuzen.' },
  ),
  postnatal_running_man: postnatal(
    { en: 'Single-leg "running man" ×10 each side', de: 'Einbeiniger „Running Man“ ×10 je Seite' },
    {
      en: 'Standing on one leg, opposite arm and leg drive as in running; tick any symptom.',
      de: 'Auf einem Bein, Arm und anderes Bein schwingen wie beim Laufen; jedes Symptom ankreuzen.',
    },
  ),
  postnatal_strength: passFail(
    'postnatal_strength',
    { en: 'Strength tests, 20 each side', de: 'Krafttests, 20 je Seite' },
    {
      en: 'Passed when single-leg calf raise, single-leg bridge, single-leg sit-to-stand and side-lying hip abduction reach 20 each side.',
      de: 'Bestanden, wenn einbeiniges Wadenheben, einbeinige Brücke, einbeiniges Aufstehen und Abspreizen in Seitlage je 20 pro Seite erreichen.',
    },
  ),

  // After ACL reconstruction and other knee surgery (§2.2, §4.10).
  knee_extension_deficit: number(
    'knee',
    { en: 'Knee extension deficit', de: 'Streckdefizit Knie' },
    {
      en: 'Degrees short of the other knee’s extension (0 = full extension).',
      de: 'Grad, die zur Streckung des anderen Knies fehlen (0 = volle Streckung).',
    },
    'degrees',
    90,
    { lowerIsBetter: true },
  ),
  knee_flexion_percent: number(
    'knee',
    { en: 'Knee flexion, % of the other side', de: 'Kniebeugung, % der Gegenseite' },
    {
      en: 'Flexion of the operated knee as a percentage of the other.',
      de: 'Beugung des operierten Knies in Prozent der Gegenseite.',
    },
    'percent',
    150,
  ),
  knee_effusion: {
    battery: 'knee',
    name: { en: 'Effusion (stroke test)', de: 'Erguss (Stroke-Test)' },
    how: { en: 'Grade from the stroke test.', de: 'Grad nach dem Stroke-Test.' },
    unit: 'grade',
    sided: false,
    lowerIsBetter: true,
    pain: false,
    symptoms: false,
    min: 0,
    max: 4,
    grades: { en: ['zero', 'trace', '1+', '2+', '3+'], de: ['kein', 'Spur', '1+', '2+', '3+'] },
  },
  quadriceps_strength: number(
    'knee',
    { en: 'Quadriceps strength', de: 'Quadrizepskraft' },
    {
      en: 'Maximal isometric or isokinetic strength per leg, same unit both sides (N, kg or Nm).',
      de: 'Maximalkraft isometrisch oder isokinetisch je Bein, beidseits gleiche Einheit (N, kg oder Nm).',
    },
    'force',
    10000,
    { sided: true },
  ),
  hamstring_strength: number(
    'knee',
    { en: 'Hamstring strength', de: 'Kraft der hinteren Oberschenkelmuskulatur' },
    {
      en: 'Maximal strength per leg, same unit both sides (N, kg or Nm).',
      de: 'Maximalkraft je Bein, beidseits gleiche Einheit (N, kg oder Nm).',
    },
    'force',
    10000,
    { sided: true },
  ),
  single_hop: number(
    'hop',
    { en: 'Single hop for distance', de: 'Einbeiniger Weitsprung' },
    { en: 'Best of the trials per leg, in cm.', de: 'Bester Versuch je Bein, in cm.' },
    'cm',
    500,
    { sided: true, pain: true },
  ),
  triple_hop: number(
    'hop',
    { en: 'Triple hop for distance', de: 'Dreifachsprung einbeinig' },
    { en: 'Best of the trials per leg, in cm.', de: 'Bester Versuch je Bein, in cm.' },
    'cm',
    1500,
    { sided: true, pain: true },
  ),
  crossover_hop: number(
    'hop',
    { en: 'Crossover hop for distance', de: 'Crossover-Sprung' },
    { en: 'Best of the trials per leg, in cm.', de: 'Bester Versuch je Bein, in cm.' },
    'cm',
    1500,
    { sided: true, pain: true },
  ),
  timed_hop_6m: number(
    'hop',
    { en: '6 m timed hop', de: '6-m-Sprint auf einem Bein' },
    { en: 'Best time per leg, in seconds.', de: 'Beste Zeit je Bein, in Sekunden.' },
    'seconds',
    60,
    { sided: true, lowerIsBetter: true, pain: true },
  ),

  // Hamstring strain (§4.7).
  hamstring_isometric: number(
    'hamstring',
    { en: 'Isometric knee flexion strength', de: 'Isometrische Kniebeugekraft' },
    {
      en: 'Maximal strength per leg (same unit both sides); record the pain at the effort used.',
      de: 'Maximalkraft je Bein (beidseits gleiche Einheit); Schmerz bei der Anstrengung eintragen.',
    },
    'force',
    10000,
    { sided: true, pain: true },
  ),
  hamstring_eccentric: number(
    'hamstring',
    { en: 'Eccentric hamstring strength', de: 'Exzentrische Kraft hintere Oberschenkel' },
    {
      en: 'Eccentric strength per leg (for example Nordic hamstring force), same unit both sides.',
      de: 'Exzentrische Kraft je Bein (zum Beispiel beim Nordic Hamstring), beidseits gleiche Einheit.',
    },
    'force',
    10000,
    { sided: true, pain: true },
  ),
  pain_free_sprint: number(
    'hamstring',
    { en: 'Pain-free sprint speed', de: 'Schmerzfreies Sprinttempo' },
    {
      en: 'The fastest effort run without pain, as a percentage of full sprinting.',
      de: 'Die schnellste schmerzfreie Belastung in Prozent des vollen Sprints.',
    },
    'percent',
    100,
  ),

  // Lateral ankle sprain: the PAASS domains, judged by the clinician [S37].
  paass_pain: passFail(
    'ankle',
    { en: 'PAASS: pain', de: 'PAASS: Schmerz' },
    {
      en: 'Passed when pain during activity and over the last 24 hours is acceptable; record the worst pain.',
      de: 'Bestanden, wenn Schmerz bei Belastung und in den letzten 24 Stunden vertretbar ist; stärksten Schmerz eintragen.',
    },
    { pain: true },
  ),
  paass_impairments: passFail(
    'ankle',
    { en: 'PAASS: ankle impairments', de: 'PAASS: Einschränkungen am Sprunggelenk' },
    {
      en: 'Movement, strength, endurance and power of the ankle good enough for running.',
      de: 'Beweglichkeit, Kraft, Ausdauer und Schnellkraft des Sprunggelenks reichen zum Laufen.',
    },
  ),
  paass_perception: passFail(
    'ankle',
    { en: 'PAASS: confidence and stability', de: 'PAASS: Vertrauen und Stabilität' },
    {
      en: 'The client feels the ankle is stable and trusts it.',
      de: 'Das Sprunggelenk fühlt sich stabil an, die Person vertraut ihm.',
    },
  ),
  paass_sensorimotor: passFail(
    'ankle',
    { en: 'PAASS: balance', de: 'PAASS: Gleichgewicht' },
    {
      en: 'Single-leg balance comparable to the other side.',
      de: 'Einbeinstand vergleichbar mit der Gegenseite.',
    },
  ),
  paass_performance: passFail(
    'ankle',
    { en: 'PAASS: hopping, jumping and agility', de: 'PAASS: Hüpfen, Springen und Wendigkeit' },
    {
      en: 'Hops, jumps and changes of direction without symptoms.',
      de: 'Hüpfen, Springen und Richtungswechsel ohne Beschwerden.',
    },
  ),

  // Outcome measures: scores only (the questionnaires' text is not reproduced).
  visa_a: number(
    'outcomes',
    { en: 'VISA-A score', de: 'VISA-A-Score' },
    { en: 'Total, 0–100 (100 = no symptoms).', de: 'Gesamtwert, 0–100 (100 = beschwerdefrei).' },
    'score',
    100,
  ),
  lefs: number(
    'outcomes',
    { en: 'LEFS score', de: 'LEFS-Score' },
    { en: 'Total, 0–80 (80 = full function).', de: 'Gesamtwert, 0–80 (80 = volle Funktion).' },
    'score',
    80,
  ),
  koos_pain: number(
    'outcomes',
    { en: 'KOOS pain', de: 'KOOS Schmerz' },
    { en: 'Subscale, 0–100 (100 = no problems).', de: 'Subskala, 0–100 (100 = keine Probleme).' },
    'score',
    100,
  ),
  koos_symptoms: number(
    'outcomes',
    { en: 'KOOS symptoms', de: 'KOOS Symptome' },
    { en: 'Subscale, 0–100 (100 = no problems).', de: 'Subskala, 0–100 (100 = keine Probleme).' },
    'score',
    100,
  ),
  koos_adl: number(
    'outcomes',
    { en: 'KOOS daily living', de: 'KOOS Alltag' },
    { en: 'Subscale, 0–100 (100 = no problems).', de: 'Subskala, 0–100 (100 = keine Probleme).' },
    'score',
    100,
  ),
  koos_sport: number(
    'outcomes',
    { en: 'KOOS sport and recreation', de: 'KOOS Sport und Freizeit' },
    { en: 'Subscale, 0–100 (100 = no problems).', de: 'Subskala, 0–100 (100 = keine Probleme).' },
    'score',
    100,
  ),
  koos_qol: number(
    'outcomes',
    { en: 'KOOS quality of life', de: 'KOOS Lebensqualität' },
    { en: 'Subscale, 0–100 (100 = no problems).', de: 'Subskala, 0–100 (100 = keine Probleme).' },
    'score',
    100,
  ),
  pain_rating: number(
    'outcomes',
    { en: 'Pain rating (NPRS)', de: 'Schmerzstärke (NRS)' },
    { en: 'Usual pain over the last week, 0–10.', de: 'Üblicher Schmerz in der letzten Woche, 0–10.' },
    'pain',
    10,
    { lowerIsBetter: true },
  ),
} as const satisfies Record<string, TestDef>;

export type AssessmentTestId = keyof typeof ASSESSMENT_TESTS;
export const ASSESSMENT_TEST_IDS = Object.keys(ASSESSMENT_TESTS) as AssessmentTestId[];

export function isAssessmentTestId(id: string): id is AssessmentTestId {
  return Object.prototype.hasOwnProperty.call(ASSESSMENT_TESTS, id);
}

/** The batteries offered for an injury, in the order a clinician tests: entry first, outcomes last. */
export const BATTERIES_FOR: Readonly<Record<InjuryType, readonly Battery[]>> = {
  bsi_low_risk: ['entry', 'bone_loading', 'outcomes'],
  bsi_high_risk: ['entry', 'bone_loading', 'outcomes'],
  mtss: ['entry', 'bone_loading', 'calf', 'outcomes'],
  achilles_tendinopathy: ['entry', 'calf', 'outcomes'],
  plantar_heel_pain: ['entry', 'calf', 'outcomes'],
  patellofemoral_pain: ['entry', 'hop', 'outcomes'],
  itb_syndrome: ['entry', 'outcomes'],
  hamstring_strain: ['entry', 'hamstring', 'outcomes'],
  calf_strain: ['entry', 'calf', 'outcomes'],
  ankle_sprain: ['entry', 'ankle', 'calf', 'outcomes'],
  acl_reconstruction: ['entry', 'knee', 'hop', 'outcomes'],
  knee_surgery_other: ['entry', 'knee', 'hop', 'outcomes'],
  // Their own walk test replaces the entry tests: one walk, judged for pelvic floor symptoms too.
  postnatal: ['postnatal_impact', 'postnatal_strength', 'outcomes'],
  other_soft_tissue: ['entry', 'outcomes'],
};

/** The tests of a battery, in catalogue order. */
export function testsOf(battery: Battery): AssessmentTestId[] {
  return ASSESSMENT_TEST_IDS.filter((id) => ASSESSMENT_TESTS[id].battery === battery);
}
