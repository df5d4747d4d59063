/**
 * Every rule the engine applies, in one place. R1–R12 are clinical-reference.md §0; the E-ids are
 * the engine's own rules (plan-engine.md §"Rules the engine must keep" and issue 3). Each
 * session's `explain`, each lock, warning and history entry names the ids it follows, so a
 * clinician can look the rule up here.
 */
import type { SourceId } from '../protocols/sources';

export const RULES = {
  R1: {
    family: 'clearance-gate',
    summary: 'Sessions above the clinician clearance are locked; running needs walk-run clearance.',
    sources: ['S3', 'S8', 'S15', 'S17'],
  },
  R2: {
    family: 'ladder-progression',
    summary: 'Entry test: 30 minutes of brisk walking without pain or limp before any walk-run.',
    sources: ['S1', 'S2', 'S6', 'S12', 'S27'],
  },
  R3: {
    family: 'scheduling',
    summary: '3 running sessions a week early on (at most 4), never on consecutive days.',
    sources: ['S4', 'S5', 'S6', 'S10', 'S11'],
  },
  R4: {
    family: 'ladder-progression',
    summary: 'Each stage done successfully twice; at most two stage advances in any 7 days.',
    sources: ['S4', 'S5'],
  },
  R5: {
    family: 'pain-lights',
    summary: 'Success: pain within the tissue limit, settled within 24 h, no swelling, no limp.',
    sources: ['S3', 'S4', 'S5', 'S28', 'S31'],
  },
  R6: {
    family: 'pain-lights',
    summary: 'Pain over the limit, building pain, limp or a worse morning: rest 1–2 days, step back.',
    sources: ['S8', 'S52'],
  },
  R7: {
    family: 'pain-lights',
    summary: 'Red flags or repeated failures: running stops and the clinician is told.',
    sources: ['S8', 'S52'],
  },
  R8: {
    family: 'ladder-progression',
    summary: 'Order: frequency, duration, consecutive days, hills, speed; one change at a time.',
    sources: ['S30', 'S54', 'S6', 'S19'],
  },
  R9: {
    family: 'load-caps',
    summary: 'No run longer than 110% of the longest run in the previous 30 days.',
    sources: ['S43'],
  },
  R10: {
    family: 'load-caps',
    summary: 'A week runs at most 110% (or +10 min) of the highest of the previous four weeks.',
    sources: ['S41', 'S42', 'S46'],
  },
  R11: {
    family: 'ladder-progression',
    summary: 'Easy effort (RPE about 3) early; strides only on an established easy base.',
    sources: ['S4', 'S54'],
  },
  R12: {
    family: 'strength-cross',
    summary: 'Strength 1–2 times every week; cross-training on non-running days.',
    sources: ['S47', 'S7'],
  },
  E1: {
    family: 'time-gates',
    summary: 'Time gates: ACL +12 weeks, other knee surgery +8, postnatal +12, high-risk BSI imaging.',
    sources: ['S15', 'S17', 'S18', 'S19', 'S38'],
  },
  E2: {
    family: 'time-gates',
    summary: 'A clinician may override a time gate; the override is shown on every output.',
    sources: ['SYN'],
  },
  E3: {
    family: 'scheduling',
    summary: 'Sessions only on available weekdays; at most one running session a day.',
    sources: ['SYN'],
  },
  E4: {
    family: 'scheduling',
    summary: 'Session length caps: available time, max_session_minutes, max_run_minutes.',
    sources: ['SYN'],
  },
  E5: {
    family: 'scheduling',
    summary: 'Never more running sessions in a week than max_sessions_per_week.',
    sources: ['SYN'],
  },
  E6: {
    family: 'restrictions',
    summary: 'Clinician restrictions shape routes and sessions until their end date.',
    sources: ['SYN'],
  },
  E7: {
    family: 'strength-cross',
    summary: "Cross-training only in the client's modalities and never a forbidden one.",
    sources: ['S34', 'S21', 'S30'],
  },
  E8: {
    family: 'ladder-progression',
    summary: 'Walking phase for walking clearance or before the walking entry test is passed.',
    sources: ['S1', 'S2', 'S6', 'S7'],
  },
  E9: {
    family: 'scheduling',
    summary: 'Bone stress, MTSS and calf: alternate days until full clearance and the ladder top.',
    sources: ['S36', 'S66'],
  },
  E10: {
    family: 'load-caps',
    summary: 'Every 4th build week is a cut-back week 20–30% lighter.',
    sources: ['S53'],
  },
  E11: {
    family: 'goal',
    summary: 'Build phase towards the goal with one long run a week, within the caps.',
    sources: ['S53'],
  },
  E12: { family: 'goal', summary: 'Taper in the last weeks before a race date.', sources: ['S53'] },
  E13: {
    family: 'goal',
    summary: 'A goal date too close is never met by compressing the progression.',
    sources: ['S43', 'SYN'],
  },
  E14: {
    family: 'pain-lights',
    summary: "Each logged session gets a pain light from the tissue's limits.",
    sources: ['S28', 'S31', 'S52', 'SYN'],
  },
  E15: {
    family: 'pain-lights',
    summary: 'Missed sessions: under 7 days resume at the same stage; longer gaps step back.',
    sources: ['S48', 'SYN'],
  },
  E16: {
    family: 'pain-lights',
    summary: 'Refer: running locked until a clinician records a new clearance.',
    sources: ['SYN'],
  },
  E17: { family: 'pain-lights', summary: 'Past sessions keep their logged status.', sources: ['SYN'] },
  E18: {
    family: 'clearance-gate',
    summary: 'The next clearance is not expected before the review date: hold the level.',
    sources: ['SYN'],
  },
  E19: {
    family: 'ladder-progression',
    summary: 'Strides, hills and progressive runs need full clearance and 3 easy 30-min runs.',
    sources: ['S54', 'S19'],
  },
  E20: {
    family: 'strength-cross',
    summary: 'Mobility once a week while running is rebuilt.',
    sources: ['SYN'],
  },
  E21: {
    family: 'pain-lights',
    summary: 'A log that matches no planned session still counts for pain and red flags.',
    sources: ['SYN'],
  },
  E22: {
    family: 'adaptation',
    summary:
      'After orange or red, no run plans more running than the session that flared until that amount is tolerated again.',
    sources: ['S8', 'S52', 'SYN'],
  },
  E23: {
    family: 'adaptation',
    summary:
      'For 14 days after a flare, runs stay within 110% of the longest run tolerated before it; a flared run is no base for R9.',
    sources: ['S43', 'SYN'],
  },
  E24: {
    family: 'adaptation',
    summary:
      'Muscle strain: a run stopped with a red light in the first 4 weeks back refers (suspected re-strain).',
    sources: ['S35', 'S36'],
  },
  E25: {
    family: 'bone',
    summary:
      'High-risk bone stress site: site pain or a first orange/red refers; continuous running and the build phase wait for a clinician review.',
    sources: ['S18', 'S19', 'S21', 'S24', 'S59'],
  },
  E26: {
    family: 'bone',
    summary:
      'Bone stress: the return-to-sport time by site (Hoenig 2023) sets the earliest faster running and race.',
    sources: ['S18'],
  },
  E27: {
    family: 'client',
    summary:
      'Recurrent BSI, BSI under 18 or RED-S signs: a RED-S screening checkpoint and two full rest days a week.',
    sources: ['S51', 'S65', 'S19'],
  },
  E28: {
    family: 'client',
    summary:
      'High-risk bone site, age 60+ or a third episode: each stage 3 times, one advance per 7 days, conservative ladder.',
    sources: ['S29', 'S65', 'SYN'],
  },
  E29: {
    family: 'client',
    summary:
      'Pre-injury volume: rebuild towards half the usual weekly running, with a larger weekly step while below it.',
    sources: ['S13'],
  },
  E30: {
    family: 'scheduling',
    summary: 'At least one full rest day every week; two for bone stress injuries and RED-S risk.',
    sources: ['S66', 'S51', 'SYN'],
  },
  E31: {
    family: 'time-gates',
    summary:
      'A clearance dated before a time gate opens no running; a new one recorded on or after the gate does.',
    sources: ['S15', 'S17', 'S38'],
  },
  E32: {
    family: 'time-gates',
    summary:
      'ACL reconstruction: speed, hills and uneven ground not before 9 months without a recorded override.',
    sources: ['S38', 'S17'],
  },
  E33: {
    family: 'goal',
    summary:
      'An unsafe or unreachable race gets no taper and no race week; the client is told not to race it.',
    sources: ['S53', 'SYN'],
  },
  E34: {
    family: 'goal',
    summary: 'Hamstring strain: strides at 60, 70, 80 and 90% of top speed before any race.',
    sources: ['S35'],
  },
  E35: {
    family: 'adaptation',
    summary:
      'Pain within the acceptable limit that settled by the morning and is not rising counts towards progress.',
    sources: ['S28', 'S31', 'S12'],
  },
  E36: {
    family: 'adaptation',
    summary: 'A worse morning is one above the previous morning; a rise over a week steps back.',
    sources: ['S28', 'S52'],
  },
  E37: {
    family: 'adaptation',
    summary: 'After knee surgery swelling is effusion: hold on the first, refer on a second within 14 days.',
    sources: ['S5', 'S38'],
  },
  E38: {
    family: 'load-caps',
    summary:
      'One change at a time; the long run holds at most 40% of the week (35% bone, PFP); strength never on consecutive days.',
    sources: ['S54', 'S31', 'S19', 'SYN'],
  },
  E39: {
    family: 'adaptation',
    summary:
      'The clinician is told when nothing was logged 10 days after a flare or nothing progressed for two weeks.',
    sources: ['S52', 'SYN'],
  },
  E40: {
    family: 'ladder-progression',
    summary:
      'A stage always means its ladder row: a cap holds the client at a lower stage instead of shrinking a higher one.',
    sources: ['S4', 'S5', 'SYN'],
  },
  E41: {
    family: 'adjustments',
    summary:
      "A clinician's adjustment (move within the week, shorten, skip, swap a run for cross-training, hold a week) is an input checked by the same rules: it never exceeds the clearance, a gate or a restriction, never unlocks a session and never raises the load; one that would is not applied and is named in a warning. Later adjustments of the same session win.",
    // clinical-reference §5.1 (load management: no spikes, S41, S42), §0 R1 and §4 (clearance and
    // restrictions: S3, S8), §0 R8 (one change at a time: S30, S54).
    sources: ['S41', 'S42', 'S3', 'S8', 'S30', 'S54', 'SYN'],
  },
  E42: {
    family: 'criteria',
    summary:
      'Criteria decided by recorded tests: a running step waits until its tests are met (required ones, such as the postnatal load and impact tests, the bone loading battery and the knee after ACL reconstruction, even before they are tested; others once a result fails); speed, hills and uneven ground after ACL reconstruction wait for hop tests at the clinic’s LSI (90% by default). The clearance must allow the step as well.',
    // clinical-reference §2.1–§2.2 (entry and injury gates), §4.3, §4.7–§4.11.
    sources: ['S1', 'S12', 'S15', 'S17', 'S19', 'S25', 'S35', 'S36', 'S37', 'S38'],
  },
} as const;

export type RuleId = keyof typeof RULES;

// Every rule names its sources (clinical-reference.md §9).
const sourced: Readonly<Record<RuleId, { sources: readonly SourceId[] }>> = RULES;
void sourced;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
