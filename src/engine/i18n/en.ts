/**
 * English message catalogue. de.ts must have exactly the same keys and placeholders (checked by
 * the type of `de` and by test/unit/engine/i18n.test.ts). Written for clients and clinicians:
 * short, plain, and saying what to do.
 */
export const en = {
  // Session titles
  'title.walk': 'Brisk walk, {minutes} min',
  'title.walk_run': 'Walk-run, stage {stage}',
  'title.easy_run': 'Easy run, {minutes} min',
  'title.long_run': 'Long easy run, {minutes} min',
  'title.progressive_run': 'Progressive run, {minutes} min',
  'title.strides': 'Easy run with strides, {minutes} min',
  'title.hills': 'Easy run with short hills, {minutes} min',
  'title.cross_training': 'Cross-training: {modality}',
  'title.strength': 'Strength',
  'title.mobility': 'Mobility',

  // Names
  'modality.bike': 'cycling',
  'modality.swim': 'swimming',
  'modality.elliptical': 'cross-trainer',
  'modality.row': 'rowing',
  'modality.aqua_jog': 'aqua jogging',
  'level.not_cleared': 'not cleared',
  'level.walking': 'walking',
  'level.walk_run': 'walk-run',
  'level.continuous': 'continuous running',
  'level.full': 'full',
  'light.green': 'green',
  'light.amber': 'amber',
  'light.orange': 'orange',
  'light.red': 'red',
  'light.refer': 'refer',
  'flag.night_pain': 'night pain',
  'flag.bony_tenderness': 'bony tenderness',
  'flag.calf_swelling': 'calf swelling',
  'flag.neuro': 'numbness, tingling or weakness',
  'flag.effusion': 'knee swelling (effusion)',
  'flag.pelvic_floor': 'pelvic floor symptoms',
  'flag.reds_signs': 'signs of low energy availability',
  'restriction.no_hills': 'no hills',
  'restriction.no_downhill': 'no downhill running',
  'restriction.no_speed': 'no speed work',
  'restriction.no_consecutive_days': 'no running on consecutive days',
  'restriction.flat_surface': 'flat surface',
  'restriction.soft_surface': 'soft surface',
  'restriction.treadmill_only': 'treadmill only',
  'restriction.no_cycling': 'no cycling',
  'restriction.no_swimming': 'no swimming',
  'restriction.no_impact_cross_training': 'non-weight-bearing cross-training only',
  'restriction.max_session_minutes': 'sessions up to {value} min',
  'restriction.max_run_minutes': 'running up to {value} min a session',
  'restriction.max_sessions_per_week': 'at most {value} running sessions a week',
  'restriction.pain_limit': 'pain limit {value}/10',
  'surface.any': 'any easy route',
  'surface.flat': 'a flat route',
  'surface.soft': 'a soft surface such as grass or a track',
  'surface.flat_soft': 'a flat, soft surface',
  'surface.treadmill': 'a treadmill',
  'surface.hills': 'a gentle hill',
  'talk.brisk_walk': 'brisk, still able to talk',
  'talk.full_sentences': 'full sentences',
  'talk.conversational': 'conversational',
  'talk.short_sentences': 'short sentences',
  'talk.strides': 'conversational between strides',
  'talk.strength': 'controlled, 2–3 repetitions in reserve',
  'talk.mobility': 'relaxed breathing',
  'injury.bsi_low_risk': 'a bone stress injury',
  'injury.bsi_high_risk': 'a high-risk bone stress injury',
  'injury.mtss': 'shin splints (MTSS)',
  'injury.achilles_tendinopathy': 'Achilles tendinopathy',
  'injury.plantar_heel_pain': 'plantar heel pain',
  'injury.patellofemoral_pain': 'kneecap pain (patellofemoral pain)',
  'injury.itb_syndrome': 'ITB syndrome',
  'injury.hamstring_strain': 'a hamstring strain',
  'injury.calf_strain': 'a calf strain',
  'injury.ankle_sprain': 'an ankle sprain',
  'injury.acl_reconstruction': 'ACL reconstruction',
  'injury.knee_surgery_other': 'knee surgery',
  'injury.postnatal': 'returning after birth',
  'injury.other_soft_tissue': 'a soft-tissue injury',
  'goal.run_30min': '30 minutes of continuous running',
  'goal.race': 'a {distance} race',
  'gate.surgery': '{weeks} weeks after surgery',
  'gate.delivery': '{weeks} weeks after the birth',
  'gate.imaging': 'imaging confirms healing',

  // Week focus
  'focus.pre_running': 'Strength, mobility and cross-training until running is cleared',
  'focus.walking': 'Brisk walking, building towards 30 comfortable minutes',
  'focus.walk_run': 'Short run intervals on alternate days',
  'focus.continuous': 'Continuous easy running, adding time gradually',
  'focus.build': 'Building towards the goal with one long run a week',
  'focus.cutback': 'Cut-back week: less running to absorb the last weeks',
  'focus.taper': 'Taper: less running so you arrive fresh',
  'focus.refer': 'Running paused: see your clinician before running again',

  // Session explanations
  'explain.walk':
    'Walking comes first: {minutes} minutes today, a little longer after each comfortable walk.',
  'explain.walk_entry':
    'Two comfortable 30-minute brisk walks without pain or limp pass the entry test for running.',
  'explain.walk_hold': 'Keep walking briskly until running can start on {date}.',
  'explain.alternate_days': 'Runs on alternate days, at most {max} a week, while the tissues re-adapt.',
  'explain.alternate_days_injury':
    'With {injury}, runs stay on alternate days until full clearance and the top of the ladder.',
  'explain.ladder_stage':
    'Stage {stage} of {stages}: {repeats} × ({run} min running, {walk} min walking). Each stage is done twice without a flare-up before the next, at most two steps in 7 days ({sources}).',
  'explain.ladder_start': 'Starting stage chosen from {weeks} weeks without running, fitness and the injury.',
  'explain.ladder_hold':
    'Top of the ladder reached: repeat it until continuous running is cleared (review on {date}).',
  'explain.advance_capped':
    'Ready for the next stage, but two steps in 7 days is the limit: repeat this stage once more.',
  'explain.effort_easy': 'Keep it easy: effort about 3 out of 10, able to talk in full sentences.',
  'explain.continuous':
    'Continuous easy run of {minutes} min: at most 110% of your longest run in the last 30 days ({longest} min).',
  'explain.continuous_first': 'First continuous run after the walk-run ladder ({sources}).',
  'explain.weekly_cap':
    'This week stays within {cap} minutes of running: 110% (or 10 minutes more) of the highest of the last four weeks.',
  'explain.weekly_share': 'Running kept to {minutes} minutes so the week stays within its weekly limit.',
  'explain.long_run': "The week's long run, building towards {target} min for {goal}.",
  'explain.easy_run': 'An easy run to build the base around the long run.',
  'explain.cutback': 'Cut-back week: about a quarter less running so the body can absorb the last weeks.',
  'explain.taper': 'Taper before {goal} on {date}: less running, the same easy rhythm.',
  'explain.strides':
    'At the end: {reps} × {seconds} s strides, quick but relaxed, with a walk between. Speed comes back last, after full clearance and an easy base.',
  'explain.hills':
    'Short uphill efforts ({reps} × {seconds} s), walking back down. Hills come back after strides.',
  'explain.progressive': 'Run the last third a little faster: effort 5–6 out of 10, short sentences.',
  'explain.quality_waits':
    'Strides, hills and faster running wait for full clearance, three easy 30-minute runs and no speed or hill restriction.',
  'explain.surface': 'Route: {surface}.',
  'explain.restrictions': "Clinician's restrictions in force: {list}.",
  'explain.capped_total': 'Shortened to fit {minutes} minutes per session.',
  'explain.capped_run': 'Running kept within {minutes} minutes per session.',
  'explain.cadence':
    'Cue: slightly quicker, shorter steps (step rate up 5–10%) to ease the load on the injured area.',
  'explain.cross': '{modality} on a non-running day keeps fitness up without impact.',
  'explain.cross_rest':
    'No running today after the last session; {modality} instead if it feels comfortable.',
  'explain.cross_excluded': 'Not planned: {modalities} (can aggravate this injury or restricted).',
  'explain.strength': 'Strength 1–2 times a week lowers the risk of injury; exercises chosen for {injury}.',
  'explain.strength_after_run': 'On a running day: run first, strength afterwards.',
  'explain.mobility': 'Gentle mobility once a week while running is being rebuilt.',
  'explain.override': 'Time gate ({gate}) overridden by {by} on {date}.',
  'explain.logged': 'Logged: {light} light ({reason}), {action}.',
  'trigger.red_flag': 'a red flag was reported',
  'trigger.not_settled_72h': 'symptoms had not settled after 72 hours',
  'trigger.pain_over_limit': 'pain {pain}/10 during the session, above the limit of {limit}/10',
  'trigger.pain_built': 'pain built up during the run',
  'trigger.limp': 'a limp',
  'trigger.warmup_pain_persisted': 'warm-up pain that did not clear',
  'trigger.morning_over_limit': 'next-morning pain above the limit of {limit}/10',
  'trigger.morning_much_worse': 'next-morning pain clearly worse than before',
  'trigger.swelling': 'new swelling',
  'trigger.morning_worse': 'next-morning pain worse than before',
  'trigger.warmup_pain_cleared': 'warm-up pain that cleared',
  'trigger.pain_above_preferred': 'pain within the limit but above the comfortable level',
  'trigger.pain_after_high': 'high pain after the session',
  'trigger.morning_symptoms': 'symptoms still there the next morning',
  'trigger.stopped_early': 'the session was stopped early',
  'trigger.within_limits': 'pain within the limits',
  'explain.missed': 'Not logged by {date}: counted as missed.',
  'explain.gap': '{days} days since the last run: {action}.',

  // History actions (used inside explanations)
  'action.count_success': 'counts as a success',
  'action.advance': 'next stage',
  'action.advance_capped': 'a success; the next step waits (two steps in 7 days)',
  'action.repeat': 'repeat this stage',
  'action.rest_repeat': 'one day off running, then repeat this stage',
  'action.step_back': 'two days off running, then one stage back',
  'action.refer': 'running paused, see your clinician',
  'action.gap_resume': 'resume at the same stage',
  'action.gap_step_back': 'step back {stages} stage(s)',
  'action.not_counted': 'recorded, not counted for progression',

  // Locks
  'lock.refer':
    'Running paused after {reason} on {date}. Contact your clinician; a new clearance reopens running.',
  'lock.before_clearance': 'Clearance for this starts on {date}.',
  'lock.clearance':
    'Needs {level} clearance (now: {current}). The clinician can raise the clearance when the checkpoint is met.',
  'lock.clearance_review':
    'Needs {level} clearance (now: {current}). The clinician can raise it at the review on {date}.',
  'lock.imaging':
    'High-risk bone stress injury: running stays locked until imaging confirms healing. The clinician can record the result or override the gate.',

  'reason.red_flag': 'a red flag ({flags})',
  'reason.two_reds': 'two red lights within 14 days',
  'reason.not_settled': 'symptoms that had not settled after 72 hours',

  // Warnings
  'warning.awaiting_clearance':
    'Not cleared to run yet: strength, mobility and cross-training only. The pathway is shown locked; the clinician can raise the clearance when the checkpoints are met.',
  'warning.awaiting_clearance_review':
    'Not cleared to run yet: strength, mobility and cross-training only. The pathway is shown locked from the review on {date}; the clinician can raise the clearance then.',
  'warning.time_gate':
    'Running starts no earlier than {date} ({gate}). The treating clinician can override this gate.',
  'warning.time_gate_overridden':
    'Time gate ({gate}) overridden by {by} on {date}: running may start earlier than the protocol default. Confirm this is intended.',
  'warning.imaging_required':
    'High-risk bone stress injury: running stays locked until imaging confirms healing. Record the imaging result, or a clinician override, to unlock it.',
  'warning.refer':
    'Running is paused after {reason} on {date}. Review the client; a new clearance dated after this reopens the plan.',
  'warning.goal_date_unsafe':
    'The goal date {date} is too close: reaching {goal} at a safe progression needs until {earliest}. The plan keeps the safe progression; consider a later date or a shorter goal.',
  'warning.goal_not_reached':
    '{goal} is not reached within {weeks} weeks at a safe progression. Review the goal or the restrictions.',
  'warning.review_due':
    'The clearance review was due on {date}: update the clearance to keep the plan current.',
  'warning.locked_beyond_clearance':
    'From {date} the plan needs {level} clearance: those sessions stay locked until the clinician raises it.',
  'warning.log_unmatched':
    'Logs without a matching planned session: {ids}. They still count for pain lights and red flags.',
  'warning.low_availability':
    'Only {days} available day(s) a week: fewer runs per week make progress slower.',

  // Checkpoints
  'criterion.clinician_review': 'Clinician review and a recorded clearance',
  'criterion.daily_activities_pain_free': 'Daily activities and walking without pain',
  'criterion.walk_30min_pain_free': '30 minutes of brisk walking without pain or limp',
  'criterion.hops_10': '10 single-leg hops on the injured side without pain',
  'criterion.time_gate': 'Not before {date} ({gate})',
  'criterion.imaging_healing': 'Imaging confirms healing and a specialist agrees',
  'criterion.no_bony_tenderness': 'No bony tenderness at the injury site',
  'criterion.bone_loading_tests': 'Loading tests pain-free (single-leg squats, jogging on the spot, hops)',
  'criterion.energy_availability': 'Training errors and energy availability addressed',
  'criterion.knee_criteria':
    'Full extension, flexion at least 95% of the other side, pain below 2/10, no or trace effusion',
  'criterion.knee_strength': 'Quadriceps strength and hop tests at least 70–80% of the other side',
  'criterion.pelvic_floor': 'Pelvic floor assessed; no leaking, heaviness or dragging',
  'criterion.postnatal_tests':
    'Load and impact tests free of symptoms (hops, bounds, single-leg squats, jogging on the spot)',
  'criterion.morning_stiffness': 'No hobbling with the first steps in the morning; stairs down comfortable',
  'criterion.calf_raises_25': 'At least 25 single-leg calf raises, within 10% of the other side',
  'criterion.hamstring_ready': 'Normal walking stride and pain-free isometric hamstring contraction',
  'criterion.ankle_paass': 'Ankle pain, movement, confidence, balance and hopping checked (PAASS)',
  'criterion.ladder_top_twice': 'Top of the walk-run ladder done twice without a flare-up',
  'criterion.pain_within_limits': 'Pain within the limits below, settled by the next morning',
  'criterion.base_30min': 'Three easy continuous runs of 30 minutes without a flare-up',
  'criterion.no_symptoms': 'No symptoms during or after easy running for two weeks',

  // Pain guide
  'pain.bone':
    'Bone: aim for no pain at the injury site. A fleeting twinge is acceptable; pain that comes on reliably or builds is not (limit {during}/10). Pain still there the next day: scale back.',
  'pain.bone_mtss':
    'Shin: pain up to {during}/10 during a run is acceptable if it settles by the next morning; ideally {preferred}/10 or less.',
  'pain.tendon':
    'Tendon: up to {preferred}/10 is safe and up to {during}/10 acceptable during a run. What matters most is the next morning: if it is worse, reduce; if it has settled, repeat or progress.',
  'pain.joint':
    'Joint: keep pain at {during}/10 or less while running, back to the usual level within an hour and no worse the next morning.',
  'pain.muscle':
    'Muscle: mild discomfort up to {during}/10 can be acceptable; the next-day response decides. Sharp or pulling pain: stop.',
  'pain.post_op':
    'After knee surgery: pain below 2/10 (limit {during}/10), no new swelling; both settle within 24 hours.',
  'pain.pelvic_floor':
    'After birth: no leaking, heaviness, dragging or pelvic pain during or after running (those mean stop and see your clinician); other pain at most {during}/10.',
  'pain.general':
    'Pain up to {during}/10 during a run is acceptable; above that, walk the rest. Progress only if there is no increase that day or the next.',
} as const;

export type MessageKey = keyof typeof en;
