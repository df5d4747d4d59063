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
  'title.strides_graded': 'Easy run with strides at {percent}%, {minutes} min',
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
  'modality_start.bike': 'Cycling',
  'modality_start.swim': 'Swimming',
  'modality_start.elliptical': 'Cross-trainer',
  'modality_start.row': 'Rowing',
  'modality_start.aqua_jog': 'Aqua jogging',
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
  'distance.km': '{value} km',
  'distance.mi': '{value} mi',
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
    'Stage {stage} of {stages}: {repeats} × ({run} min running, {walk} min walking). Each stage is done {times} without a flare-up before the next.',
  'explain.ladder_start': 'Starting stage chosen from {weeks} weeks without running, fitness and the injury.',
  'explain.ladder_hold':
    'Top of the ladder reached: repeat it until continuous running is cleared (review on {date}).',
  'explain.advance_capped':
    'Ready for the next stage, but two steps in 7 days is the limit: repeat this stage once more.',
  'explain.effort_easy': 'Keep it easy: effort about 3 out of 10, able to talk in full sentences.',
  'explain.continuous':
    'Continuous easy run of {minutes} min: at most 110% of your longest run in the last 30 days ({longest} min).',
  'explain.continuous_first': 'First continuous run after the walk-run ladder.',
  'explain.weekly_cap':
    'This week stays within {cap} minutes of running: 110% (or 10 minutes more) of the highest of the last four weeks.',
  'explain.weekly_share': 'Running kept to {minutes} minutes so the week stays within its weekly limit.',
  'explain.long_run': "The week's long run, building towards {target} min for {goal}.",
  'explain.easy_run': 'An easy run to build the base around the long run.',
  'explain.cutback': 'Cut-back week: about a quarter less running so the body can absorb the last weeks.',
  'explain.taper': 'Taper before {goal} on {date}: less running, the same easy rhythm.',
  'explain.strides':
    'At the end: {reps} × {seconds} s strides, quick but relaxed, with a walk between. Speed comes back last, after full clearance and an easy base.',
  'explain.strides_graded':
    'At the end: {reps} × {seconds} s strides at about {percent}% of your top speed, with a walk between. After a hamstring strain speed comes back in steps (60, 70, 80, then 90%) before any race.',
  'explain.hills':
    'Short uphill efforts ({reps} × {seconds} s), walking back down. Hills come back after strides.',
  'explain.progressive': 'Run the last third a little faster: effort 5–6 out of 10, short sentences.',
  'explain.quality_waits':
    'Strides, hills and faster running wait for full clearance, three easy 30-minute runs and no speed or hill restriction.',
  'explain.surface': 'Route: {surface}.',
  'explain.default_restrictions': 'Standard for this injury until full clearance: {list}.',
  'explain.criteria_restrictions': '{list} until these tests are met: {criteria}.',
  'explain.sources': 'Sources: {sources} (clinical reference).',
  'explain.restrictions': "Clinician's restrictions in force: {list}.",
  'explain.stage_fitted':
    'Today that is {repeats} × ({run} min running, {walk} min walking): as much of the stage as the session limits allow.',
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
  'trigger.effusion_again': 'a second knee swelling within 14 days',
  'trigger.high_risk_site_pain': 'pain at a high-risk bone stress site',
  'trigger.suspected_restrain': 'stopped with pain in the first weeks back',
  'trigger.morning_rising': 'next-morning pain rising over the week',
  'trigger.effusion': 'knee swelling after surgery (effusion)',
  'explain.missed': 'Not logged by {date}: counted as missed.',
  'explain.not_logged': 'Not logged.',
  'explain.advance_capped_slow':
    'Ready for the next stage, but one step in 7 days is the limit here: repeat this stage once more.',
  'explain.flare_cap_stage':
    'Stage {stage}: no more running than in the session that flared up, until that amount goes well again.',
  'explain.flare_cap':
    'Up to {minutes} min: no more running than in the session that flared up, until that amount goes well again.',
  'explain.post_flare':
    'Until {date}, runs stay within {minutes} min: 110% of what went well before the flare-up.',
  'explain.weekly_share_stage':
    'Stage {stage} this time: stage {next} would take the week past its running limit.',
  'explain.stage_held':
    'Staying at stage {stage}: stage {next} needs {minutes} min of running and {cap} leaves no room for it.',
  'hold.max_session_minutes': 'the limit of {minutes} min per session',
  'hold.max_run_minutes': 'the limit of {minutes} min of running per session',
  'hold.available_minutes': 'the available time of {minutes} min per session',
  'hold.weekly_limit': "the week's running limit",
  'explain.long_run_taper': 'A shorter long run this week so you arrive fresh.',
  'explain.long_run_share':
    "The long run stays within {percent}% of the week's running; the other runs carry the rest.",
  'explain.long_run_two_days':
    'With two running days the load cannot be spread more: the longer run stays within {percent}% of the week rather than growing on its own.',
  'explain.one_change_long_run':
    'The long run stays as last week because this week brings faster running: one change at a time.',
  'explain.volume_target':
    'Rebuilding towards about {target} min of running a week, half of your usual {usual} min before the injury.',
  'explain.rest_day': 'Full rest day this week: {days}. Rest is part of the programme.',
  'explain.rest_days_bone':
    'Two full rest days every week ({days}): bone needs recovery days to heal and adapt.',
  'explain.rest_days_reds':
    'Two full rest days every week ({days}) while energy availability is being checked.',
  'explain.gap': '{days} days since the last run: {action}.',

  // History actions (used inside explanations)
  'action.count_success': 'counts towards the next step',
  'action.count_success_acceptable':
    'acceptable pain that had settled by the next morning: counts towards the next step',
  'action.advance_walk': 'a little longer next time',
  'action.hold_continuous': 'keep the same running time for now',
  'action.rest_hold_continuous': 'one day off running, then keep the same running time',
  'action.rest_two_days': 'two days off running, then the same stage again',
  'action.step_back_continuous': 'two days off running, then shorter runs',
  'action.gap_shorter': 'shorter runs to rebuild',
  'action.gap_restart': 'start again from the first stage',
  'action.advance': 'next stage',
  'action.advance_capped': 'a success; the next step waits (two steps in 7 days)',
  'action.repeat': 'repeat this stage',
  'action.rest_repeat': 'one day off running, then repeat this stage',
  'action.step_back': 'two days off running, then one stage back',
  'action.refer': 'running paused, see your clinician',
  'action.gap_resume': 'resume at the same stage',
  'action.gap_step_back': 'step back {stages} stage(s)',
  'action.await_morning': 'repeat: it counts once the next-morning pain is recorded',
  'action.not_counted': 'recorded, not counted for progression',

  // Locks
  'lock.refer':
    'Running paused after {reason} on {date}. Contact your clinician; a new clearance reopens running.',
  'lock.before_clearance': 'Clearance for this starts on {date}.',
  'lock.clearance':
    'Needs {level} clearance (now: {current}). The clinician can raise the clearance when the checkpoint is met.',
  'lock.clearance_review':
    'Needs {level} clearance (now: {current}). The clinician can raise it at the review on {date}.',
  'lock.gate_clearance':
    'Running opens with a clearance recorded on or after {date}, once the checks at that checkpoint are done (the clearance of {cleared} came before it).',
  'lock.bone_gate_continuous':
    'High-risk bone stress site: continuous running starts after your clinician has reviewed the walk-run stage and recorded a new clearance.',
  'lock.bone_gate_build':
    'High-risk bone stress site: longer and faster running starts after your clinician has reviewed you and recorded a new clearance.',
  'lock.imaging':
    'High-risk bone stress injury: running stays locked until imaging confirms healing. The clinician can record the result or override the gate.',

  'lock.criteria': 'Waiting for test results: {list}. It opens when a new assessment meets them.',
  'reason.red_flag': 'a red flag ({flags})',
  'reason.two_reds': 'two red lights within 14 days',
  'reason.not_settled': 'symptoms that had not settled after 72 hours',
  'reason.effusion_again': 'a second knee swelling (effusion) within 14 days',
  'reason.high_risk_site': 'pain at a high-risk bone stress site',
  'reason.suspected_restrain': 'a run stopped with pain in the first weeks back (possible re-strain)',

  // Warnings
  'warning.awaiting_clearance':
    'Not cleared to run yet: strength, mobility and cross-training only. The pathway is shown locked; the clinician can raise the clearance when the checkpoints are met.',
  'warning.awaiting_clearance_review':
    'Not cleared to run yet: strength, mobility and cross-training only. The pathway is shown locked from the review on {date}; the clinician can raise the clearance then.',
  'advice.clinician_shorter': 'A shorter goal that fits the date: {goal}.',
  'advice.clinician_later': 'Earliest safe date: {date}.',
  'advice.clinician_none': 'No safe date within the plan at the current clearance and restrictions.',
  'warning.time_gate':
    'Running starts no earlier than {date} ({gate}). The treating clinician can override this gate.',
  'warning.time_gate_overridden':
    'Time gate ({gate}) overridden by {by} on {date}: running may start earlier than the protocol default. Confirm this is intended.',
  'warning.imaging_required':
    'High-risk bone stress injury: running stays locked until imaging confirms healing. Record the imaging result, or a clinician override, to unlock it.',
  'warning.criteria_not_met':
    'Running steps wait for test results: {list}. Record a new assessment when the client is ready to re-test.',
  'warning.refer':
    'Running is paused after {reason} on {date}. Review the client; a new clearance dated after this reopens the plan.',
  'warning.goal_date_unsafe':
    "Race goal on {date} ({goal}) is not safe: {reasons}. The plan has no taper and no race week and keeps building safely; the client's print advises against racing that date. {advice}",
  'warning.goal_needs_clearance':
    'Race goal on {date} ({goal}) needs full clearance: until you record it the plan has no taper and no race week. At the projected rate the date itself is safe; with full clearance the taper comes back.',
  'warning.goal_not_reached':
    'Goal not reached within {weeks} weeks at a safe rate of progression ({goal}). Consider a shorter goal.',
  'warning.goal_not_reached_cause':
    'Goal not reached within {weeks} weeks ({goal}): {cause}. Review that restriction or the goal.',
  'warning.review_due':
    'The clearance review was due on {date}: update the clearance to keep the plan current.',
  'warning.locked_beyond_clearance':
    'From {date} the plan needs {level} clearance: those sessions stay locked until the clinician raises it.',
  'warning.log_unmatched':
    'Logged but no longer in the plan: {logs}. They still count for pain lights and red flags.',
  'warning.no_log_since_flare':
    'No log for {days} days since the {light} light on {date}. Check in with the client before the plan resumes.',
  'warning.no_progress':
    'No progress for {days} days although {sessions} runs were logged. Review the pain limits, the restrictions or the clearance.',
  'warning.reds_screening':
    'Screen for low energy availability (RED-S) with a doctor or sports dietitian: {reasons}. Two full rest days a week until then.',
  'warning.slower_progression':
    'Slower progression ({reasons}): each stage {times} and one stage at most every 7 days, on the conservative ladder.',
  'warning.clearance_before_gate':
    'The {level} clearance of {cleared} predates the time gate ({date}): running opens only with a clearance recorded on or after that date, after the checks listed at the checkpoint.',
  'warning.acl_full_early':
    'Full clearance before 9 months after ACL reconstruction: speed, hills and uneven ground stay out of the plan until {date} unless a sport-timing override is recorded.',
  'warning.acl_full_early_override':
    'Full clearance before 9 months after ACL reconstruction, with speed, hills and uneven ground allowed early by {by}. Only 11% pass return-to-sport tests at 9 months; confirm this is intended.',
  'warning.bone_clinician_gates':
    'High-risk bone stress site: continuous running and the build phase each wait for your review and a new clearance.',
  'concern.not_reached': 'the goal is not reached at a safe rate of progression',
  'concern.too_soon': 'the goal needs more weeks at a safe rate of progression',
  'concern.needs_clearance': 'a race needs full clearance',
  'concern.acl_timing': 'racing waits until 9 months after the ACL reconstruction',
  'concern.bone_healing': 'the bone stress injury needs its usual return-to-sport time',
  'concern.graded_speed': 'fast running has not yet been reintroduced step by step (strides at 60–90%)',
  'concern.restriction': 'speed work is still restricted',
  'advice.shorter': 'A realistic goal for that date: {goal}.',
  'advice.later': 'A realistic goal: {goal} from {date} on.',
  'advice.ask': 'Ask your clinician which date would be realistic.',
  'cause.max_session_minutes': 'the session limit of {minutes} min holds the progression',
  'cause.max_run_minutes': 'the limit of {minutes} min of running per session holds the progression',
  'cause.available_minutes': 'sessions of up to {minutes} min (the available time) hold the progression',
  'cause.weekly_limit': "the week's running limit holds the progression",
  'cause.imaging': 'running stays locked until imaging confirms healing',
  'client.running_paused':
    'Running is paused since {date}. Please do not run until you have seen your clinician; walking, strength and the other sessions continue if comfortable.',
  'client.race_needs_clearance':
    'Racing on {date} ({goal}) needs full clearance from your clinician first. Until then, keep to the sessions in this plan; the last weeks before the race are planned once you are cleared.',
  'client.race_not_advised':
    'Please do not run {goal} on {date}: your body will not be ready for it safely by then. {advice}',
  'reds.recurrent_bsi': 'a repeat bone stress injury',
  'reds.bsi_under_18': 'a bone stress injury before the age of 18',
  'reds.missed_periods': 'missed or irregular periods',
  'reds.weight_loss': 'weight loss',
  'reds.disordered_eating': 'signs of disordered eating',
  'slow.high_risk_bone': 'high-risk bone stress site',
  'slow.age_60': 'age 60 or over',
  'slow.third_episode': 'third or later episode',
  'times.2': 'twice',
  'times.3': 'three times',
  'log.not_in_plan': '{session} on {date}',
  'family.run': 'a run',
  'family.walk': 'a walk',
  'family.strength': 'strength',
  'family.mobility': 'mobility',
  'family.cross_training': 'cross-training',
  'family.unknown': 'a session',
  'weekday.mon': 'Monday',
  'weekday.tue': 'Tuesday',
  'weekday.wed': 'Wednesday',
  'weekday.thu': 'Thursday',
  'weekday.fri': 'Friday',
  'weekday.sat': 'Saturday',
  'weekday.sun': 'Sunday',
  'warning.low_availability':
    'Only {days} available day(s) a week: fewer runs per week make progress slower.',

  // Clinician adjustments (E41)
  'explain.adjusted_move': 'Moved here from {from} by {by}.',
  'explain.adjusted_move_clinician': 'Moved from {from} to {to} by {by} on {at}: {reason}.',
  'explain.adjusted_move_unavailable':
    "{to} is not one of the client's available days: check that it suits them.",
  'explain.adjusted_shorten': 'Shortened to {minutes} min by {by}.',
  'explain.adjusted_shorten_clinician': 'Shortened from {from} to {minutes} min by {by} on {at}: {reason}.',
  'explain.adjusted_swap': 'Cross-training instead of the planned run, set by {by}.',
  'explain.adjusted_swap_clinician': 'Run swapped for {minutes} min of {modality} by {by} on {at}: {reason}.',
  'explain.adjusted_hold': "This week repeats last week's load, held by {by}: no step up this week.",
  'explain.adjusted_hold_clinician': 'Week held by {by} on {at}: {reason}.',
  'warning.sessions_skipped': 'Skipped by the clinician: {items}.',
  'skipped.item': '{session} on {date} (by {by}: {reason})',
  'warning.adjustment_not_applied':
    'Adjustments not applied, the plan keeps those sessions as the rules allow: {items}.',
  'adjustment.item': '{session} on {date}, {action}: {reason}',
  'adjustment.item_week': 'the week of {date}, {action}: {reason}',
  'adjust.move': 'move to {date}',
  'adjust.shorten': 'shorten to {minutes} min',
  'adjust.skip': 'skip',
  'adjust.swap_cross_training': 'swap for cross-training',
  'adjust.hold_week': 'hold the week',
  'refused.not_in_plan': 'no such session is planned on that day any more',
  'refused.past': 'the session was already in the past when it was adjusted',
  'refused.other_week': 'the new date is not in the same programme week',
  'refused.rest_day': 'the new date is a full rest day',
  'refused.goal_day': 'the new date is the goal day',
  'refused.consecutive_days':
    'running would fall on consecutive days, which the clearance or a restriction does not allow yet',
  'refused.strength_consecutive': 'strength would fall on consecutive days',
  'refused.same_day': 'that day already has a session of the same kind',
  'refused.not_shorter': 'the new length is not shorter than the planned {minutes} min',
  'refused.not_running': 'only a run can be swapped for cross-training',
  'refused.no_modality':
    "none of the client's cross-training is allowed that day (a restriction or the injury rules it out)",
  'refused.locked': 'the run is locked (clearance, a gate or a referral)',
  'refused.clearance': 'on the new date the session would be above the clearance or a gate',
  'refused.load': 'it would raise the running load',

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
  'criterion.knee_strength': 'Quadriceps and hamstring strength close to the other side',
  'criterion.pelvic_floor': 'Pelvic floor assessed; no leaking, heaviness or dragging',
  'criterion.postnatal_tests':
    'Load and impact tests free of symptoms (hops, bounds, single-leg squats, jogging on the spot)',
  'criterion.postnatal_walk': 'Walking 30 minutes without pain, heaviness, dragging or leaking',
  'criterion.postnatal_balance': 'Single-leg balance 10 s on each leg, without symptoms',
  'criterion.postnatal_squat': '10 single-leg squats on each leg, without symptoms',
  'criterion.postnatal_jog': 'Jogging on the spot for 1 minute, without symptoms',
  'criterion.postnatal_bounds': '10 forward bounds, without symptoms',
  'criterion.postnatal_hops': '10 hops on the spot on each leg, without symptoms',
  'criterion.postnatal_running_man': '10 single-leg "running man" swings on each side, without symptoms',
  'criterion.postnatal_strength':
    'Strength: 20 single-leg calf raises, bridges, sit-to-stands and side-lying leg lifts on each side',
  'criterion.clearance_after_gate': 'A new clearance recorded on or after {date}, after these checks',
  'criterion.bone_gate_review': 'Clinician review at a high-risk bone stress site before this step',
  'criterion.bone_return_time':
    'Return to sport at this site usually takes about {days} days (Hoenig 2023): not before {date}',
  'criterion.acl_sport_timing': 'Speed, hills, uneven ground and racing from 9 months after surgery ({date})',
  'criterion.reds_energy':
    'Energy availability, eating and weight reviewed by a doctor or sports dietitian (RED-S screening)',
  'criterion.reds_periods': 'Menstrual cycle asked about; missed or irregular periods followed up',
  'criterion.reds_periods_breastfeeding':
    'Menstrual cycle asked about (periods often stay away while breastfeeding; this alone is not a warning sign)',
  'criterion.reds_bone_health':
    'Bone health checked (for example vitamin D, and a bone density scan if advised)',
  'criterion.morning_stiffness': 'No hobbling with the first steps in the morning; stairs down comfortable',
  'criterion.calf_raises_25': 'At least 25 single-leg calf raises, within 10% of the other side',
  'criterion.hamstring_ready': 'Normal walking stride and pain-free isometric hamstring contraction',
  'criterion.ankle_paass': 'Ankle pain, movement, confidence, balance and hopping checked (PAASS)',
  'criterion.ladder_top_twice': 'Top of the walk-run ladder done twice without a flare-up',
  'criterion.pain_within_limits': 'Pain within the limits below, settled by the next morning',
  'criterion.base_30min': 'Three easy continuous runs of 30 minutes without a flare-up',
  'criterion.no_symptoms': 'No symptoms during or after easy running for two weeks',

  // Pain guide
  'criterion.plyometric_phase': 'Plyometric block (about 470 foot contacts per leg) without pain',
  'criterion.calf_raises_30': 'At least 30 single-leg calf raises, within 10% of the other side',
  'criterion.heel_raise_symmetry': 'Single-leg heel raises close to the other side',
  'criterion.acl_hop_symmetry': 'Hop tests close to the other leg before speed, hills and uneven ground',
  'criterion.hamstring_speed_strength': 'Eccentric hamstring strength close to the other side',
  'criterion.hamstring_sprint': 'Fast running close to a full sprint without pain',
  'criterion.ankle_paass_full': 'All five PAASS domains passed (pain, ankle, confidence, balance, hopping)',
  criterion_result: '{criterion} ({result})',

  'latest.dated': '{date}: {result}',
  'latest.parts': '{list}',
  'latest.passed': 'passed',
  'latest.passed_pain': 'passed, pain {pain}/10',
  'latest.not_passed': 'not passed',
  'latest.symptoms': 'symptoms: {list}',
  'latest.battery': '{passed} of {total} passed',
  'latest.failed': 'not passed: {list}',
  'latest.missing': 'not yet tested: {list}',
  'latest.reps': '{reps} on the injured side',
  'latest.reps_lsi': '{reps} on the injured side, LSI {lsi}%',
  'latest.lsi_of': '{test}: LSI {lsi}%',
  'latest.extension': 'extension deficit {degrees}°',
  'latest.flexion': 'flexion {percent}%',
  'latest.effusion': 'effusion {grade}',
  'latest.pain': 'pain {pain}/10',
  'latest.percent': '{percent}%',
  'symptom.pain': 'pain',
  'symptom.heaviness': 'heaviness',
  'symptom.dragging': 'dragging',
  'symptom.leaking': 'leaking',
  'effusion.0': 'zero',
  'effusion.1': 'trace',
  'effusion.2': '1+',
  'effusion.3': '2+',
  'effusion.4': '3+',
  'threshold.pass': 'Passed',
  'threshold.pass_pain': 'Passed, pain at most {max}/10',
  'threshold.no_symptoms': 'Done without pain, heaviness, dragging or leaking',
  'threshold.pain_at_most': 'Pain at most {max}/10',
  'threshold.pain_free': 'Without pain (0/10)',
  'threshold.reps_lsi': 'At least {reps} on the injured side and LSI at least {lsi}%',
  'threshold.lsi': 'LSI at least {lsi}%',
  'threshold.lsi_each': 'LSI at least {lsi}% in every hop test recorded',
  'threshold.battery_pain': 'Every test passed, pain at most {max}/10',
  'threshold.knee':
    'Extension deficit at most {degrees}°, flexion at least {percent}% of the other side, effusion at most {grade}',
  'threshold.percent_at_least': 'At least {percent}%',
  'threshold.all_passed': "Every domain passed (the clinician's judgement)",
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
