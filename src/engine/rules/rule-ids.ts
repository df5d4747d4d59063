/**
 * Every rule the engine applies, in one place. R1–R12 are clinical-reference.md §0; the E-ids are
 * the engine's own rules (plan-engine.md §"Rules the engine must keep" and issue 3). Each
 * session's `explain`, each lock, warning and history entry names the ids it follows, so a
 * clinician can look the rule up here.
 */
export const RULES = {
  R1: {
    family: 'clearance-gate',
    summary: 'Sessions above the clinician clearance are locked; running needs walk-run clearance.',
  },
  R2: {
    family: 'ladder-progression',
    summary: 'Entry test: 30 minutes of brisk walking without pain or limp before any walk-run.',
  },
  R3: {
    family: 'scheduling',
    summary: '3 running sessions a week early on (at most 4), never on consecutive days.',
  },
  R4: {
    family: 'ladder-progression',
    summary: 'Each stage done successfully twice; at most two stage advances in any 7 days.',
  },
  R5: {
    family: 'pain-lights',
    summary: 'Success: pain within the tissue limit, settled within 24 h, no swelling, no limp.',
  },
  R6: {
    family: 'pain-lights',
    summary: 'Pain over the limit, building pain, limp or a worse morning: rest 1–2 days, step back.',
  },
  R7: {
    family: 'pain-lights',
    summary: 'Red flags or repeated failures: running stops and the clinician is told.',
  },
  R8: {
    family: 'ladder-progression',
    summary: 'Order: frequency, duration, consecutive days, hills, speed; one change at a time.',
  },
  R9: { family: 'load-caps', summary: 'No run longer than 110% of the longest run in the previous 30 days.' },
  R10: {
    family: 'load-caps',
    summary: 'A week runs at most 110% (or +10 min) of the highest of the previous four weeks.',
  },
  R11: {
    family: 'ladder-progression',
    summary: 'Easy effort (RPE about 3) early; strides only on an established easy base.',
  },
  R12: {
    family: 'strength-cross',
    summary: 'Strength 1–2 times every week; cross-training on non-running days.',
  },
  E1: {
    family: 'time-gates',
    summary: 'Time gates: ACL +12 weeks, other knee surgery +8, postnatal +12, high-risk BSI imaging.',
  },
  E2: {
    family: 'time-gates',
    summary: 'A clinician may override a time gate; the override is shown on every output.',
  },
  E3: {
    family: 'scheduling',
    summary: 'Sessions only on available weekdays; at most one running session a day.',
  },
  E4: {
    family: 'scheduling',
    summary: 'Session length caps: available time, max_session_minutes, max_run_minutes.',
  },
  E5: { family: 'scheduling', summary: 'Never more running sessions in a week than max_sessions_per_week.' },
  E6: {
    family: 'restrictions',
    summary: 'Clinician restrictions shape routes and sessions until their end date.',
  },
  E7: {
    family: 'strength-cross',
    summary: "Cross-training only in the client's modalities and never a forbidden one.",
  },
  E8: {
    family: 'ladder-progression',
    summary: 'Walking phase for walking clearance or before the walking entry test is passed.',
  },
  E9: {
    family: 'scheduling',
    summary: 'Bone stress, MTSS and calf: alternate days until full clearance and the ladder top.',
  },
  E10: { family: 'load-caps', summary: 'Every 4th build week is a cut-back week 20–30% lighter.' },
  E11: { family: 'goal', summary: 'Build phase towards the goal with one long run a week, within the caps.' },
  E12: { family: 'goal', summary: 'Taper in the last weeks before a race date.' },
  E13: { family: 'goal', summary: 'A goal date too close is never met by compressing the progression.' },
  E14: { family: 'pain-lights', summary: "Each logged session gets a pain light from the tissue's limits." },
  E15: {
    family: 'pain-lights',
    summary: 'Missed sessions: under 7 days resume at the same stage; longer gaps step back.',
  },
  E16: { family: 'pain-lights', summary: 'Refer: running locked until a clinician records a new clearance.' },
  E17: { family: 'pain-lights', summary: 'Past sessions keep their logged status.' },
  E18: {
    family: 'clearance-gate',
    summary: 'The next clearance is not expected before the review date: hold the level.',
  },
  E19: {
    family: 'ladder-progression',
    summary: 'Strides, hills and progressive runs need full clearance and 3 easy 30-min runs.',
  },
  E20: { family: 'strength-cross', summary: 'Mobility once a week while running is rebuilt.' },
  E21: {
    family: 'pain-lights',
    summary: 'A log that matches no planned session still counts for pain and red flags.',
  },
} as const;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
