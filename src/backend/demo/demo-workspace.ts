import type { ClearanceLevel, InjuryType, RedFlag, Restriction, Side, TestResult } from '../../engine/types';

/** A clearance entry, dated `daysAgo` before the demo's today; review `reviewIn` days after today. */
export interface DemoClearance {
  level: ClearanceLevel;
  daysAgo: number;
  reviewIn: number | null;
  conditions?: string;
}

/** A note with restrictions; `until` is given in days after the note. */
export interface DemoNote {
  daysAgo: number;
  text: string;
  restrictions: (Omit<Restriction, 'until'> & { untilDays?: number })[];
}

/** The outcome of one logged session (pain 0–10); logged on the next open session not after `latestDaysAgo`. */
export interface DemoLog {
  painDuring: number;
  painAfter: number;
  painNextMorning: number;
  latestDaysAgo?: number;
  redFlags?: RedFlag[];
  swelling?: boolean;
  note?: string;
}

/** Tests recorded `daysAgo` before the demo's today. */
export interface DemoAssessment {
  daysAgo: number;
  results: TestResult[];
  note?: string;
}

export interface DemoCase {
  injury: {
    type: InjuryType;
    side: Side;
    onsetDaysAgo: number;
    weeksWithoutRunning: number;
    severity: 'mild' | 'moderate' | 'severe';
    surgeryDaysAgo?: number;
    deliveryDaysAgo?: number;
    recurrent?: boolean;
  };
  notes: DemoNote[];
  /** Oldest first: the last one is current. */
  clearances: DemoClearance[];
  /** Recorded tests, oldest first (none when missing). */
  assessments?: DemoAssessment[];
  /** Null: intake not done yet (so no programme either). */
  intake: {
    experience: 'new' | 'returning' | 'regular' | 'advanced';
    painFreeWalkMinutes: number;
    longestRecentRunMinutes: number;
    preInjuryWeeklyRunMinutes: number;
    days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
    maxSessionMinutes: number;
    crossTraining: ('bike' | 'swim' | 'elliptical' | 'row' | 'aqua_jog')[];
    goalKind: 'run_30min' | '5k' | '10k' | 'half_marathon' | 'marathon';
    goalInWeeks: number | null;
    startedDaysAgo: number;
  } | null;
  logs: DemoLog[];
}

const green: DemoLog = { painDuring: 1, painAfter: 1, painNextMorning: 0 };
const amber: DemoLog = { painDuring: 4, painAfter: 3, painNextMorning: 1 };
/** Amber for the stricter joint and general-tissue limits (pain above the preferred level, within the limit). */
const amberLowLimit: DemoLog = { painDuring: 2, painAfter: 2, painNextMorning: 1 };
const red: DemoLog = {
  painDuring: 7,
  painAfter: 6,
  painNextMorning: 5,
  note: 'Sharp pain after ten minutes.',
};

const weekdays = ['mon', 'wed', 'fri', 'sun'] as const;

/**
 * The demo caseload, by client name (demo-clients.ts): every clearance level, notes with
 * restrictions, green, amber and red logs and one referral, so every screen has something to show.
 */
export const demoCases: Readonly<Record<string, DemoCase>> = {
  'Anna Keller': {
    injury: {
      type: 'achilles_tendinopathy',
      side: 'left',
      onsetDaysAgo: 90,
      weeksWithoutRunning: 6,
      severity: 'moderate',
    },
    notes: [
      {
        daysAgo: 20,
        text: 'Morning stiffness settling. Avoid hills for 4 weeks, max 3 runs per week.',
        restrictions: [
          { code: 'no_hills', value: null, untilDays: 28 },
          { code: 'max_sessions_per_week', value: 3 },
        ],
      },
    ],
    clearances: [
      { level: 'not_cleared', daysAgo: 40, reviewIn: null },
      { level: 'walking', daysAgo: 28, reviewIn: null },
      { level: 'walk_run', daysAgo: 20, reviewIn: 5, conditions: 'Walk-run on flat ground only.' },
    ],
    intake: {
      experience: 'regular',
      painFreeWalkMinutes: 40,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 180,
      days: [...weekdays],
      maxSessionMinutes: 60,
      crossTraining: ['bike', 'swim'],
      goalKind: '10k',
      goalInWeeks: 22,
      startedDaysAgo: 18,
    },
    logs: [green, green, amber, green],
  },
  'Ben Okafor': {
    injury: {
      type: 'bsi_low_risk',
      side: 'right',
      onsetDaysAgo: 70,
      weeksWithoutRunning: 8,
      severity: 'moderate',
    },
    notes: [
      {
        daysAgo: 16,
        text: 'Posteromedial tibia non-tender. No consecutive days; flat surfaces only.',
        restrictions: [
          { code: 'no_consecutive_days', value: null },
          { code: 'flat_surface', value: null },
        ],
      },
    ],
    clearances: [{ level: 'walk_run', daysAgo: 16, reviewIn: 20 }],
    // The bone loading battery passed without pain: running may start (the battery is required).
    assessments: [
      {
        daysAgo: 16,
        results: [
          'bone_walk_30',
          'bone_single_leg_stand',
          'bone_single_leg_squat',
          'bone_jog_on_spot',
          'bone_jump_squats',
          'bone_bounding',
          'bone_hopping',
        ].map((test) => ({ test, passed: true, pain: 0 }) as TestResult),
      },
    ],
    intake: {
      experience: 'regular',
      painFreeWalkMinutes: 45,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 200,
      days: ['tue', 'thu', 'sat'],
      maxSessionMinutes: 60,
      crossTraining: ['aqua_jog', 'bike'],
      goalKind: '5k',
      goalInWeeks: null,
      startedDaysAgo: 14,
    },
    logs: [green, red],
  },
  'Clara Nowak': {
    injury: {
      type: 'postnatal',
      side: 'na',
      onsetDaysAgo: 84,
      weeksWithoutRunning: 30,
      severity: 'mild',
      deliveryDaysAgo: 84,
    },
    notes: [
      {
        daysAgo: 10,
        text: 'Pelvic floor check done. Max 20 minutes per session for now.',
        restrictions: [{ code: 'max_session_minutes', value: 20 }],
      },
    ],
    clearances: [{ level: 'walking', daysAgo: 10, reviewIn: 18 }],
    // The impact tests brought on leaking: running waits for a re-test (all of them are required).
    assessments: [
      {
        daysAgo: 10,
        note: 'Leaking on jogging and hopping; pelvic floor programme continued.',
        results: [
          { test: 'pelvic_floor_assessed', passed: true },
          { test: 'postnatal_walk_30', passed: true, symptoms: [] },
          { test: 'postnatal_balance', passed: true, symptoms: [] },
          { test: 'postnatal_squat', passed: true, symptoms: [] },
          { test: 'postnatal_jog', passed: true, symptoms: ['leaking'] },
          { test: 'postnatal_bounds', passed: false, symptoms: ['leaking', 'heaviness'] },
          { test: 'postnatal_hops', passed: false, symptoms: ['leaking'] },
        ],
      },
    ],
    intake: {
      experience: 'returning',
      painFreeWalkMinutes: 30,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 120,
      days: ['mon', 'wed', 'sat'],
      maxSessionMinutes: 45,
      crossTraining: ['swim'],
      goalKind: 'run_30min',
      goalInWeeks: null,
      startedDaysAgo: 8,
    },
    logs: [green],
  },
  'David Lindqvist': {
    injury: {
      type: 'acl_reconstruction',
      side: 'left',
      onsetDaysAgo: 200,
      weeksWithoutRunning: 28,
      severity: 'severe',
      surgeryDaysAgo: 180,
    },
    notes: [
      {
        daysAgo: 30,
        text: 'Hop tests at 82 % of the other leg. Treadmill first, no downhill for 6 weeks.',
        restrictions: [{ code: 'no_downhill', value: null, untilDays: 42 }],
      },
    ],
    clearances: [
      { level: 'walking', daysAgo: 90, reviewIn: null },
      { level: 'walk_run', daysAgo: 45, reviewIn: null },
      { level: 'continuous', daysAgo: 20, reviewIn: -3, conditions: 'Surgeon review before speed work.' },
    ],
    // The knee criteria and quadriceps strength allow running; the hop tests (LSI 82 %, below 90 %)
    // still hold back speed, hills and uneven ground, and are now due for a re-test.
    assessments: [
      {
        daysAgo: 50,
        results: [
          { test: 'knee_extension_deficit', value: 0 },
          { test: 'knee_flexion_percent', value: 97 },
          { test: 'knee_effusion', value: 1 },
          { test: 'quadriceps_strength', left: 330, right: 400 },
        ],
      },
      {
        daysAgo: 30,
        results: [
          { test: 'single_hop', left: 123, right: 150, pain: 0 },
          { test: 'triple_hop', left: 410, right: 500, pain: 0 },
        ],
      },
    ],
    intake: {
      experience: 'advanced',
      painFreeWalkMinutes: 60,
      longestRecentRunMinutes: 20,
      preInjuryWeeklyRunMinutes: 240,
      days: ['tue', 'thu', 'sat', 'sun'],
      maxSessionMinutes: 75,
      crossTraining: ['bike', 'row'],
      goalKind: 'half_marathon',
      goalInWeeks: 26,
      startedDaysAgo: 18,
    },
    logs: [green, green, green],
  },
  'Esther Mensah': {
    injury: {
      type: 'calf_strain',
      side: 'right',
      onsetDaysAgo: 60,
      weeksWithoutRunning: 5,
      severity: 'mild',
    },
    notes: [{ daysAgo: 25, text: 'Calf raises 3 × 15 pain-free.', restrictions: [] }],
    clearances: [
      { level: 'continuous', daysAgo: 40, reviewIn: null },
      { level: 'full', daysAgo: 25, reviewIn: 30 },
    ],
    intake: {
      experience: 'regular',
      painFreeWalkMinutes: 60,
      longestRecentRunMinutes: 30,
      preInjuryWeeklyRunMinutes: 200,
      days: ['mon', 'wed', 'fri', 'sat'],
      maxSessionMinutes: 70,
      crossTraining: ['elliptical'],
      goalKind: '10k',
      goalInWeeks: 16,
      startedDaysAgo: 25,
    },
    // Nothing logged for the last 12 days: the "no log for 10 days" flag.
    logs: [
      { ...green, latestDaysAgo: 12 },
      { ...green, latestDaysAgo: 12 },
    ],
  },
  'Farid Haddad': {
    injury: {
      type: 'patellofemoral_pain',
      side: 'both',
      onsetDaysAgo: 120,
      weeksWithoutRunning: 4,
      severity: 'moderate',
    },
    notes: [
      {
        daysAgo: 14,
        text: 'Stairs better. No downhill running for 3 weeks; keep pain below 2/10.',
        restrictions: [
          { code: 'no_downhill', value: null, untilDays: 21 },
          { code: 'pain_limit', value: 2 },
        ],
      },
    ],
    clearances: [{ level: 'walk_run', daysAgo: 14, reviewIn: 14 }],
    intake: {
      experience: 'returning',
      painFreeWalkMinutes: 35,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 90,
      days: ['tue', 'thu', 'sun'],
      maxSessionMinutes: 50,
      crossTraining: ['bike'],
      goalKind: '5k',
      goalInWeeks: 14,
      startedDaysAgo: 12,
    },
    logs: [amberLowLimit, green],
  },
  'Greta Schulz': {
    injury: {
      type: 'itb_syndrome',
      side: 'right',
      onsetDaysAgo: 50,
      weeksWithoutRunning: 3,
      severity: 'mild',
    },
    notes: [
      {
        daysAgo: 12,
        text: 'No cycling. Avoid downhill for 2 weeks.',
        restrictions: [
          { code: 'no_cycling', value: null },
          { code: 'no_downhill', value: null, untilDays: 14 },
        ],
      },
    ],
    clearances: [
      { level: 'walk_run', daysAgo: 30, reviewIn: null },
      { level: 'continuous', daysAgo: 12, reviewIn: 16 },
    ],
    intake: {
      experience: 'advanced',
      painFreeWalkMinutes: 60,
      longestRecentRunMinutes: 25,
      preInjuryWeeklyRunMinutes: 300,
      days: ['mon', 'tue', 'thu', 'sat'],
      maxSessionMinutes: 90,
      crossTraining: ['swim', 'elliptical'],
      goalKind: 'marathon',
      goalInWeeks: 30,
      startedDaysAgo: 10,
    },
    logs: [amberLowLimit, green, green],
  },
  'Hiro Tanaka': {
    injury: {
      type: 'plantar_heel_pain',
      side: 'left',
      onsetDaysAgo: 100,
      weeksWithoutRunning: 10,
      severity: 'moderate',
    },
    notes: [
      { daysAgo: 6, text: 'First steps still painful. Treadmill only when walking.', restrictions: [] },
    ],
    clearances: [{ level: 'not_cleared', daysAgo: 6, reviewIn: 8 }],
    intake: {
      experience: 'new',
      painFreeWalkMinutes: 15,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 60,
      days: ['mon', 'wed', 'fri'],
      maxSessionMinutes: 40,
      crossTraining: ['swim', 'bike'],
      goalKind: 'run_30min',
      goalInWeeks: null,
      startedDaysAgo: 4,
    },
    logs: [],
  },
  'Isabel Ferreira': {
    injury: {
      type: 'ankle_sprain',
      side: 'right',
      onsetDaysAgo: 10,
      weeksWithoutRunning: 1,
      severity: 'moderate',
    },
    notes: [
      { daysAgo: 3, text: 'Swelling down. Soft surface and flat routes when she starts.', restrictions: [] },
    ],
    // No clearance yet: awaiting the first assessment.
    clearances: [],
    intake: null,
    logs: [],
  },
  'Jonas Weber': {
    injury: {
      type: 'hamstring_strain',
      side: 'left',
      onsetDaysAgo: 35,
      weeksWithoutRunning: 4,
      severity: 'moderate',
    },
    notes: [
      {
        daysAgo: 15,
        text: 'No speed work or sprints for 6 weeks.',
        restrictions: [{ code: 'no_speed', value: null, untilDays: 42 }],
      },
    ],
    clearances: [{ level: 'walk_run', daysAgo: 15, reviewIn: 25 }],
    intake: {
      experience: 'regular',
      painFreeWalkMinutes: 45,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 150,
      days: ['mon', 'wed', 'fri', 'sun'],
      maxSessionMinutes: 60,
      crossTraining: ['bike'],
      goalKind: '10k',
      goalInWeeks: 18,
      startedDaysAgo: 13,
    },
    logs: [green, green],
  },
  'Katrin Vogel': {
    injury: {
      type: 'mtss',
      side: 'both',
      onsetDaysAgo: 80,
      weeksWithoutRunning: 7,
      severity: 'moderate',
      recurrent: true,
    },
    notes: [
      {
        daysAgo: 18,
        text: 'Recurrent MTSS. Soft surface, no consecutive days.',
        restrictions: [
          { code: 'soft_surface', value: null },
          { code: 'no_consecutive_days', value: null },
        ],
      },
    ],
    clearances: [{ level: 'walk_run', daysAgo: 18, reviewIn: 10 }],
    intake: {
      experience: 'regular',
      painFreeWalkMinutes: 40,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 160,
      days: ['tue', 'thu', 'sat'],
      maxSessionMinutes: 50,
      crossTraining: ['aqua_jog', 'swim'],
      goalKind: '5k',
      goalInWeeks: 16,
      startedDaysAgo: 16,
    },
    // The referral: focal bony tenderness on the shin after a session.
    logs: [
      green,
      {
        painDuring: 3,
        painAfter: 4,
        painNextMorning: 3,
        redFlags: ['bony_tenderness'],
        note: 'Point tenderness on the tibia.',
      },
    ],
  },
  'Liam Byrne': {
    injury: {
      type: 'knee_surgery_other',
      side: 'right',
      onsetDaysAgo: 60,
      weeksWithoutRunning: 9,
      severity: 'moderate',
      surgeryDaysAgo: 56,
    },
    notes: [
      {
        daysAgo: 4,
        text: 'Meniscus repair healing well. Flat walking only, max 30 minutes.',
        restrictions: [],
      },
    ],
    clearances: [{ level: 'walking', daysAgo: 4, reviewIn: 24 }],
    intake: null,
    logs: [],
  },
};

/** The demo groups; members are the demo clients whose `group` field names them. */
export const demoGroups = [
  { name: 'Riverside Harriers', kind: 'club' },
  { name: 'Tuesday Trail Squad', kind: 'squad' },
] as const;
