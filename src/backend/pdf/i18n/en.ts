/**
 * English texts of the printed programme. The German catalogue (de.ts) must have exactly these
 * keys (a type error otherwise) and the same `{placeholders}` (a unit test). Written for ReStride
 * in plain clinical English, addressed to the client.
 */
export const en = {
  // Document frame
  'doc.title': 'Your return-to-running programme',
  'doc.subtitle': 'Prepared for {name}',
  'doc.subject': 'Return-to-running programme for {name}',
  'footer.page': 'Page {page} of {pages}',
  'footer.printed': 'Printed {date}',
  'footer.disclaimer':
    'This programme is written for you alone and does not replace your clinician’s advice. If in doubt, stop and ask.',
  'brand.clinician': 'Clinician: {name}',
  'notice.missingGlyphs': 'Some characters could not be printed and are shown as �: {chars}.',

  // Status banners
  'status.refer.title': 'Running is paused – please contact your clinician',
  'status.refer.text':
    'Your recent symptoms need checking before you run again. Keep up the strength and mobility exercises and any cross-training that feels comfortable, and get in touch with {who}.',
  'status.awaiting.title': 'Not yet cleared to run',
  'status.awaiting.text':
    'Until {clinician} clears you to run, this programme is strength, mobility and cross-training only. The running weeks are shown so you can see the way ahead – do not start them yet.',
  'status.complete.title': 'Programme complete',
  'status.complete.text':
    'You have reached the end of this programme. Talk to {clinician} about what comes next.',

  // Summary
  'section.summary': 'Your programme at a glance',
  'summary.client': 'Client',
  'summary.injury': 'Injury',
  'summary.clearance': 'Clearance',
  'summary.review': 'Next review',
  'summary.restrictions': 'Restrictions',
  'summary.goal': 'Goal',
  'summary.period': 'Programme',
  'summary.decision': 'Clinician’s decision',
  'summary.notes': 'Please note',
  'summary.injuryWithSide': '{injury}, {side}',
  'summary.clearanceValue': '{level} – given by {by} on {date}',
  'summary.reviewValue': '{date} with {by}',
  'summary.noReview': 'No review date set yet – ask your clinician',
  'summary.none': 'None',
  'summary.until': '{text} (until {date})',
  'summary.goalOn': '{goal} on {date}',
  'summary.periodValue': '{from} – {to} ({weeks} weeks)',
  'summary.override': '{by} has lifted the usual waiting time after this injury.',
  'summary.overrideSport':
    '{by} has allowed speed, hills and uneven ground before the usual 9 months after the operation.',
  'summary.defaultRestriction': '{text} – standard for this injury until full clearance',
  'summary.defaultRestrictionDate': '{text} – standard after this operation until {date}',
  'summary.defaultRestrictionClearanceAndDate':
    '{text} – standard after this operation until full clearance, and at least until {date}',

  // Vocabulary
  'injury.bsi_low_risk': 'Bone stress injury (low-risk site)',
  'injury.bsi_high_risk': 'Bone stress injury (high-risk site)',
  'injury.mtss': 'Shin splints (medial tibial stress syndrome)',
  'injury.achilles_tendinopathy': 'Achilles tendinopathy',
  'injury.plantar_heel_pain': 'Plantar heel pain',
  'injury.patellofemoral_pain': 'Kneecap pain (patellofemoral pain)',
  'injury.itb_syndrome': 'Iliotibial band syndrome',
  'injury.hamstring_strain': 'Hamstring strain',
  'injury.calf_strain': 'Calf strain',
  'injury.ankle_sprain': 'Ankle sprain',
  'injury.acl_reconstruction': 'ACL reconstruction',
  'injury.knee_surgery_other': 'Knee surgery',
  'injury.postnatal': 'Return to running after childbirth',
  'injury.other_soft_tissue': 'Soft-tissue injury',
  'side.left': 'left',
  'side.right': 'right',
  'side.both': 'both sides',
  'clearance.not_cleared': 'Not yet cleared to run',
  'clearance.walking': 'Cleared for walking',
  'clearance.walk_run': 'Cleared for walk-run',
  'clearance.continuous': 'Cleared for continuous running',
  'clearance.full': 'Full clearance',
  'target.not_cleared': 'the start',
  'target.walking': 'walking',
  'target.walk_run': 'walk-run',
  'target.continuous': 'continuous running',
  'target.full': 'full training (speed and hills)',
  'phase.pre_running': 'Preparation',
  'phase.walking': 'Walking',
  'phase.walk_run': 'Walk-run',
  'phase.continuous': 'Continuous running',
  'phase.build': 'Building up',
  'phase.taper': 'Taper',
  'kind.walk': 'Brisk walk',
  'kind.walk_run': 'Walk-run',
  'kind.walk_run_stage': 'Walk-run, stage {stage}',
  'kind.easy_run': 'Easy run',
  'kind.progressive_run': 'Progressive run',
  'kind.strides': 'Easy run with strides',
  'kind.hills': 'Easy run with short hills',
  'kind.cross_training': 'Cross-training',
  'kind.cross_training_with': 'Cross-training: {modality}',
  'kind.strength': 'Strength',
  'kind.mobility': 'Mobility',
  'modality.bike': 'cycling',
  'modality.swim': 'swimming',
  'modality.elliptical': 'cross-trainer',
  'modality.row': 'rowing',
  'modality.aqua_jog': 'aqua jogging',
  'goal.run_30min': 'Run 30 minutes without stopping',
  'goal.5k': '{distance} run',
  'goal.10k': '{distance} run',
  'goal.half_marathon': 'Half marathon ({distance})',
  'goal.marathon': 'Marathon ({distance})',
  'restriction.no_hills': 'No hills',
  'restriction.no_downhill': 'No downhill running',
  'restriction.no_speed': 'No fast running or strides',
  'restriction.no_consecutive_days': 'No running on two days in a row',
  'restriction.flat_surface': 'Flat ground only',
  'restriction.soft_surface': 'Soft, even surfaces',
  'restriction.treadmill_only': 'Treadmill only',
  'restriction.no_cycling': 'No cycling',
  'restriction.no_swimming': 'No swimming',
  'restriction.no_impact_cross_training': 'No jumping or impact in cross-training',
  'restriction.max_session_minutes': 'Sessions of at most {value} min',
  'restriction.max_run_minutes': 'At most {value} min of running per session',
  'restriction.max_sessions_per_week': 'At most {value} running sessions a week',
  'restriction.pain_limit': 'Pain limit {value}/10',
  'surface.flat': 'flat route',
  'surface.soft': 'soft surface (grass, woodland path, track)',
  'surface.flat_soft': 'flat, soft surface',
  'surface.treadmill': 'treadmill',
  'surface.hills': 'route with gentle hills',
  'sessionStatus.done': 'done',
  'sessionStatus.missed': 'missed',
  'sessionStatus.not_logged': 'not logged',
  'sessionStatus.stopped': 'stopped',
  'unit.min': 'min',
  'unit.sec': 's',
  'duration.minSec': '{min} min {sec} s',
  'list.and': 'and',

  // How to use
  'section.how': 'How to use this programme',
  'how.1':
    'Do the sessions on the dates shown. If you have to move one, keep a rest day between running days.',
  'how.2':
    'Go by effort, not speed: you should be able to talk in full sentences unless a session says otherwise.',
  'how.3':
    'Score your pain from 0 to 10 during each session, afterwards and the next morning, and note it in the log at the back.',
  'how.4': 'Use the traffic light to decide whether to carry on, repeat a step or stop.',
  'how.5':
    'Move on only when you meet the checkpoints and your clinician agrees. Skipping ahead rarely saves time.',
  'how.6': 'Bring this booklet and your log to every appointment.',

  // Timeline
  'section.timeline': 'Your route back to running',
  'timeline.weeks': '{count} wk',
  'timeline.afterReview': 'after review',

  // Week table
  'section.weeks': 'Week by week',
  'col.week': 'Week',
  'col.date': 'Date',
  'col.day': 'Day',
  'col.session': 'Session',
  'col.minutes': 'Min',
  'col.effort': 'Effort',
  'weeks.weekLabel': 'Week {n}',
  'weeks.weeksLabel': 'Weeks {from}–{to}',
  'weeks.cutback': 'easier week',
  'weeks.locked': '{title} (after review)',
  'weeks.withStatus': '{title} – {status}',
  'weeks.effort': '{rpe}/10',

  // Session details
  'section.sessions': 'Your sessions in detail',
  'sessions.intro':
    'Warm-up and cool-down are brisk walking. The bar shows the session to scale: the longer the block, the longer that part.',
  'sessions.weekHeading': 'Week {n} · {from} – {to} · {phase}',
  'sessions.meta': '{minutes} min · effort {rpe}/10 ({talk})',
  'sessions.surface': 'Where: {surface}.',
  'sessions.exercises': 'Exercises: {list} (see the exercise list).',
  'sessions.lockedLine': '{date}: {title} – after your review on {review}',
  'sessions.lockedLineNoDate': '{date}: {title} – after your next review',
  'sessions.cutback': 'An easier week: less running so your body can absorb the last weeks.',
  'sessions.why': 'Why: {reasons}',
  'bar.warmup': 'Warm-up walk',
  'bar.run': 'Run',
  'bar.walk': 'Walk',
  'bar.cooldown': 'Cool-down walk',
  'bar.other': 'Activity',
  'step.warmup': 'warm-up {time}',
  'step.cooldown': 'cool-down {time}',
  'step.run': 'run {time}',
  'step.walk': 'walk {time}',
  'step.steady': 'steady {time}',
  'step.stride': 'stride {time}',
  'step.hill': 'uphill {time}',
  'step.activity': '{time}',
  'step.repeat': '{times} × ({inner})',

  // After review
  'section.afterReview': 'After your review',
  'afterReview.intro':
    'The next weeks depend on how your body responds. {clinician} will go through them with you at your review on {date}. Until then, do not start them.',
  'afterReview.introNoDate':
    'The next weeks depend on how your body responds. {clinician} will go through them with you at your next review. Until then, do not start them.',
  'afterReview.week': '{weeks} ({from} – {to}): {phase} – after your review on {date}',
  'afterReview.weekNoDate': '{weeks} ({from} – {to}): {phase} – after your next review',
  'afterReview.keepUp': 'Keep up your strength and mobility exercises in these weeks as listed in the table.',

  // Pain guide
  'section.pain': 'Listen to your pain: the traffic light',
  'pain.intro':
    'Score the pain at your injury from 0 (none) to 10 (worst imaginable) during each session, an hour afterwards and the next morning. Your limit during activity is {limit}/10.',
  'pain.green.title': 'Green – carry on',
  'pain.green.text':
    'Pain during the session no more than {preferred}/10, settled by the next morning, no swelling, no limp. Carry on as planned.',
  'pain.green.textNone':
    'No pain at the injury during the session, nothing the next morning, no swelling, no limp. Carry on as planned.',
  'pain.amber.title': 'Amber – hold',
  'pain.amber.text':
    'Pain up to {limit}/10, or soreness that is still there the next morning but no worse than usual. Repeat this step next time instead of moving on. Sorer than usual the next morning, or new swelling: one day off running, then repeat.',
  'pain.red.title': 'Red – stop',
  'pain.red.text':
    'Pain above {limit}/10, pain that builds as you go, limping, or worse the next morning. Stop and walk home, take two days off running, then go back one step. Two red days within two weeks: contact your clinician.',
  'pain.redFlagsHeading': 'Stop and call your clinician',
  'pain.redFlagsIntro': 'Stop running and contact {who} if you notice any of these:',
  'redflag.night': 'Pain at night or at rest, or pain that wakes you.',
  'redflag.bony': 'A spot on the bone that is tender to press, or pain when you hop.',
  'redflag.groin':
    'Deep groin, hip or front-of-thigh pain when walking, on stairs or getting up from a chair.',
  'redflag.calf':
    'A swollen, warm or red calf on one side, or unexplained calf pain. With chest pain or breathlessness, call emergency services.',
  'redflag.neuro': 'Numbness, tingling, pain spreading down the leg, weakness or the joint giving way.',
  'redflag.effusion': 'A swollen knee after running.',
  'redflag.pelvic':
    'Leaking urine, wind or stool, a sudden urge to go, heaviness, dragging or a bulge in the vagina, pelvic or low back pain, or bleeding that is not your period. Ask to be seen by a pelvic health physiotherapist.',
  'redflag.reds': 'Missed periods, unplanned weight loss or a troubled relationship with food.',
  'redflag.redsBreastfeeding':
    'Unplanned weight loss or a troubled relationship with food. (While you are breastfeeding, it is normal for periods to stay away.)',
  'redflag.settle': 'Symptoms that have not settled within three days.',

  // Checkpoints
  'section.checkpoints': 'Checkpoints: when you can move on',
  'checkpoints.intro': 'You move to the next level when you meet all of these and your clinician agrees.',
  'checkpoints.title': 'Ready for {target}',
  'checkpoints.reds': 'Energy and bone health check, before running builds up',
  'checkpoints.expected': 'expected around {date}',

  // Your tests
  'section.tests': 'Your tests',
  'tests.intro': 'Your clinician uses these tests to decide when you are ready for the next step.',
  'tests.improveHeading': 'What must improve for your next step',
  'tests.improveNone': 'None of your tests is holding you back at the moment.',
  'tests.notReached': 'Not yet reached',
  'tests.toTest': 'Still to be tested',
  'tests.target': 'Target: {threshold}',
  'tests.latest': 'Your latest result ({date}): {result}',
  'tests.notTested': 'Not tested yet. Your clinician will do this test with you.',
  'tests.forStep': 'Needed for {target}.',
  'tests.achievedHeading': 'Already achieved',
  'tests.achieved': '{criterion} – reached on {date}',
  'tests.laterHeading': 'Tested at a later step',
  'tests.later': '{criterion} – for {target}',
  'tests.resultsHeading': 'Your latest results',
  'tests.resultsFor': 'For {target}',
  'tests.resultsOther': 'Other results',
  'col.test': 'Test',
  'col.result': 'Your result',
  'tests.sides': 'Left {left} · right {right}',
  'tests.lsiInjured': 'Your injured side reaches {lsi}% of the other side.',
  'tests.lsiWeaker': 'Your weaker side reaches {lsi}% of the stronger side.',
  'tests.passed': 'Passed',
  'tests.notPassed': 'Not passed',
  'tests.done': 'Done',
  'tests.notDone': 'Not managed',
  'tests.pain': 'pain {pain}/10',
  'tests.symptoms': 'symptoms: {list}',
  'tests.noSymptoms': 'no symptoms',
  'tests.reps': '{value} reps',
  'tests.seconds': '{value} s',
  'tests.cm': '{value} cm',
  'tests.percent': '{value}%',
  'tests.degrees': '{value}°',
  'tests.score': '{value} of {max}',
  'tests.painScore': '{value}/10',

  // Exercises
  'section.exercises': 'Strength and mobility exercises',
  'exercises.intro':
    'Do these on your strength and mobility days. Move slowly and with control; the last two or three repetitions should feel hard but stay within your pain limit.',
  'exercises.none': 'Your clinician will add exercises at your next visit.',
  'col.exercise': 'Exercise',
  'col.sets': 'Sets',
  'col.dose': 'Reps / time',
  'col.cue': 'How',
  'exercises.reps': '{n} reps',
  'exercises.seconds': '{n} s',

  // Tips
  'section.tips': 'Tips for the weeks ahead',
  'tip.pacing.title': 'Pace by effort',
  'tip.pacing.text':
    'Easy running is about 3 out of 10: you can talk in full sentences. If you can only manage a few words, slow down or walk. Speed comes back on its own.',
  'tip.strength.title': 'Strength work',
  'tip.strength.text':
    'Strength sessions protect you as much as the runs move you forward. Keep them up even in busy weeks; on running days, do them after the run.',
  'tip.cross.title': 'Cross-training',
  'tip.cross.text':
    'On non-running days, {modalities} keep your fitness without loading the injury. Keep it easy to moderate and stop if it brings on your usual pain.',
  'tip.cross.textNone':
    'On non-running days, low-impact exercise such as cycling, swimming or a cross-trainer keeps your fitness up. Check with your clinician which suits your injury.',
  'tip.nutrition.title': 'Food and drink',
  'tip.nutrition.text':
    'Healing tissue needs energy: eat regular meals with protein at each, plenty of vegetables and enough carbohydrate on training days. Do not diet while you rebuild. Drink to thirst.',
  'tip.form.title': 'Running form',
  'tip.form.text':
    'Run tall and relaxed with short, quick steps and your feet landing under your body. Slightly quicker steps take load off the knees and shins.',
  'tip.recovery.title': 'Recovery',
  'tip.recovery.text':
    'Sleep is your best recovery tool: aim for 7 to 9 hours. Rest days are part of the plan, not a missed chance. After a poor night or a stressful day, a shorter easy session is fine.',
  'tip.gear.title': 'Shoes and gear',
  'tip.gear.text':
    'Run in comfortable shoes you already know; this is not the time to try a very different pair. Shoes usually need replacing after {distance}. Dress so you feel slightly cool at the start.',

  // Log sheet
  'section.log': 'Training log',
  'log.intro':
    'Fill this in after every session and bring it to your review. Pain from 0 (none) to 10 (worst). Done: ✓ completed, – missed, ✗ stopped early.',
  'col.done': 'Done',
  'col.painDuring': 'Pain during',
  'col.painAfter': 'after',
  'col.painMorning': 'next morning',
  'col.note': 'Note',

  // Signature
  'section.signature': 'Agreed together',
  'signature.text':
    'We have gone through this programme together, including the traffic light and when to call.',
  'signature.clinician': 'Clinician: {name}',
  'signature.client': 'Client: {name}',
  'signature.date': 'Date',
} as const;

export type PdfMessageKey = keyof typeof en;
