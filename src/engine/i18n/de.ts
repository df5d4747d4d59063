/**
 * Deutscher Meldungskatalog: dieselben Schlüssel und Platzhalter wie en.ts (vom Typ erzwungen und
 * in test/unit/engine/i18n.test.ts geprüft). Kurz, klar, mit Sie-Anrede für Klientinnen und Klienten.
 */
import type { MessageKey } from './en';

export const de: Readonly<Record<MessageKey, string>> = {
  'title.walk': 'Zügiges Gehen, {minutes} Min.',
  'title.walk_run': 'Geh-Lauf, Stufe {stage}',
  'title.easy_run': 'Lockerer Lauf, {minutes} Min.',
  'title.long_run': 'Langer lockerer Lauf, {minutes} Min.',
  'title.progressive_run': 'Lauf mit Tempoanstieg, {minutes} Min.',
  'title.strides': 'Lockerer Lauf mit Steigerungen, {minutes} Min.',
  'title.hills': 'Lockerer Lauf mit kurzen Anstiegen, {minutes} Min.',
  'title.cross_training': 'Ausgleichstraining: {modality}',
  'title.strength': 'Kraft',
  'title.mobility': 'Beweglichkeit',

  'modality.bike': 'Radfahren',
  'modality.swim': 'Schwimmen',
  'modality.elliptical': 'Crosstrainer',
  'modality.row': 'Rudern',
  'modality.aqua_jog': 'Aqua-Jogging',
  'level.not_cleared': 'keine Freigabe',
  'level.walking': 'Gehen',
  'level.walk_run': 'Geh-Lauf-Intervalle',
  'level.continuous': 'durchgehendes Laufen',
  'level.full': 'volle',
  'light.green': 'grün',
  'light.amber': 'gelb',
  'light.orange': 'orange',
  'light.red': 'rot',
  'light.refer': 'Überweisung',
  'flag.night_pain': 'nächtliche Schmerzen',
  'flag.bony_tenderness': 'Knochendruckschmerz',
  'flag.calf_swelling': 'Wadenschwellung',
  'flag.neuro': 'Taubheit, Kribbeln oder Schwäche',
  'flag.effusion': 'Kniegelenkserguss',
  'flag.pelvic_floor': 'Beckenbodenbeschwerden',
  'flag.reds_signs': 'Zeichen eines Energiemangels',
  'restriction.no_hills': 'keine Steigungen',
  'restriction.no_downhill': 'nicht bergab laufen',
  'restriction.no_speed': 'kein Tempotraining',
  'restriction.no_consecutive_days': 'nicht an aufeinanderfolgenden Tagen laufen',
  'restriction.flat_surface': 'ebener Untergrund',
  'restriction.soft_surface': 'weicher Untergrund',
  'restriction.treadmill_only': 'nur Laufband',
  'restriction.no_cycling': 'kein Radfahren',
  'restriction.no_swimming': 'kein Schwimmen',
  'restriction.no_impact_cross_training': 'nur Ausgleichstraining ohne Körpergewicht',
  'restriction.max_session_minutes': 'Einheiten bis {value} Min.',
  'restriction.max_run_minutes': 'Laufen bis {value} Min. pro Einheit',
  'restriction.max_sessions_per_week': 'höchstens {value} Laufeinheiten pro Woche',
  'restriction.pain_limit': 'Schmerzgrenze {value}/10',
  'surface.any': 'eine beliebige, angenehme Strecke',
  'surface.flat': 'eine flache Strecke',
  'surface.soft': 'weicher Untergrund wie Rasen oder Bahn',
  'surface.flat_soft': 'flacher, weicher Untergrund',
  'surface.treadmill': 'ein Laufband',
  'surface.hills': 'ein sanfter Anstieg',
  'talk.brisk_walk': 'zügig, Sprechen noch möglich',
  'talk.full_sentences': 'ganze Sätze',
  'talk.conversational': 'Unterhaltung möglich',
  'talk.short_sentences': 'kurze Sätze',
  'talk.strides': 'zwischen den Steigerungen Unterhaltung möglich',
  'talk.strength': 'kontrolliert, 2–3 Wiederholungen in Reserve',
  'talk.mobility': 'ruhige Atmung',
  'injury.bsi_low_risk': 'eine Knochenstressverletzung',
  'injury.bsi_high_risk': 'eine Knochenstressverletzung mit hohem Risiko',
  'injury.mtss': 'Schienbeinkantensyndrom (MTSS)',
  'injury.achilles_tendinopathy': 'eine Achillessehnen-Tendinopathie',
  'injury.plantar_heel_pain': 'plantaren Fersenschmerz',
  'injury.patellofemoral_pain': 'Kniescheibenschmerz (patellofemoraler Schmerz)',
  'injury.itb_syndrome': 'ein Tractus-iliotibialis-Syndrom',
  'injury.hamstring_strain': 'eine Zerrung der hinteren Oberschenkelmuskulatur',
  'injury.calf_strain': 'eine Wadenzerrung',
  'injury.ankle_sprain': 'eine Sprunggelenksverstauchung',
  'injury.acl_reconstruction': 'eine Kreuzbandplastik',
  'injury.knee_surgery_other': 'eine Knieoperation',
  'injury.postnatal': 'den Wiedereinstieg nach der Geburt',
  'injury.other_soft_tissue': 'eine Weichteilverletzung',
  'goal.run_30min': '30 Minuten durchgehendes Laufen',
  'goal.race': 'ein Lauf über {distance}',
  'gate.surgery': '{weeks} Wochen nach der Operation',
  'gate.delivery': '{weeks} Wochen nach der Geburt',
  'gate.imaging': 'Bildgebung bestätigt die Heilung',

  'focus.pre_running': 'Kraft, Beweglichkeit und Ausgleichstraining, bis das Laufen freigegeben ist',
  'focus.walking': 'Zügiges Gehen bis zu 30 beschwerdefreien Minuten',
  'focus.walk_run': 'Kurze Laufintervalle an jedem zweiten Tag',
  'focus.continuous': 'Durchgehendes lockeres Laufen, Zeit schrittweise verlängern',
  'focus.build': 'Aufbau zum Ziel mit einem langen Lauf pro Woche',
  'focus.cutback': 'Entlastungswoche: weniger Laufen, um die letzten Wochen zu verarbeiten',
  'focus.taper': 'Tapering: weniger Laufen, damit Sie ausgeruht ankommen',
  'focus.refer': 'Laufpause: vor dem nächsten Lauf bitte Ihre Therapeutin oder Ihren Arzt aufsuchen',

  'explain.walk': 'Gehen kommt zuerst: heute {minutes} Minuten, nach jedem angenehmen Gang etwas länger.',
  'explain.walk_entry':
    'Zwei angenehme 30-minütige zügige Gänge ohne Schmerz und ohne Hinken sind der Einstiegstest fürs Laufen.',
  'explain.walk_hold': 'Weiter zügig gehen, bis das Laufen am {date} beginnen kann.',
  'explain.alternate_days':
    'Laufen an jedem zweiten Tag, höchstens {max}-mal pro Woche, während sich das Gewebe wieder anpasst.',
  'explain.alternate_days_injury':
    'Für {injury} gilt: Laufen bleibt bis zur vollen Freigabe und zur obersten Stufe an jedem zweiten Tag.',
  'explain.ladder_stage':
    'Stufe {stage} von {stages}: {repeats} × ({run} Min. Laufen, {walk} Min. Gehen). Jede Stufe wird zweimal ohne Beschwerdezunahme absolviert, bevor die nächste folgt, höchstens zwei Stufen in 7 Tagen ({sources}).',
  'explain.ladder_start': 'Startstufe gewählt nach {weeks} Wochen ohne Laufen, Fitness und Verletzung.',
  'explain.ladder_hold':
    'Oberste Stufe erreicht: wiederholen, bis durchgehendes Laufen freigegeben ist (Kontrolle am {date}).',
  'explain.advance_capped':
    'Bereit für die nächste Stufe, aber zwei Stufen in 7 Tagen sind die Grenze: diese Stufe noch einmal.',
  'explain.effort_easy': 'Locker bleiben: Anstrengung etwa 3 von 10, ganze Sätze sprechen können.',
  'explain.continuous':
    'Durchgehender lockerer Lauf über {minutes} Min.: höchstens 110 % Ihres längsten Laufs der letzten 30 Tage ({longest} Min.).',
  'explain.continuous_first': 'Erster durchgehender Lauf nach der Geh-Lauf-Leiter ({sources}).',
  'explain.weekly_cap':
    'Diese Woche bleibt bei höchstens {cap} Laufminuten: 110 % (oder 10 Minuten mehr) der stärksten der letzten vier Wochen.',
  'explain.weekly_share': 'Laufzeit auf {minutes} Minuten begrenzt, damit die Woche im Wochenlimit bleibt.',
  'explain.long_run':
    'Der lange Lauf der Woche wird schrittweise auf {target} Min. verlängert, damit {goal} gelingt.',
  'explain.easy_run': 'Ein lockerer Lauf als Grundlage rund um den langen Lauf.',
  'explain.cutback':
    'Entlastungswoche: etwa ein Viertel weniger Laufen, damit der Körper die letzten Wochen verarbeiten kann.',
  'explain.taper':
    'Tapering vor dem Zieltermin am {date} ({goal}): weniger Laufen, gleicher lockerer Rhythmus.',
  'explain.strides':
    'Zum Schluss {reps} × {seconds} s Steigerungen, zügig, aber locker, mit Gehpausen. Tempo kommt zuletzt zurück, nach voller Freigabe und einer lockeren Grundlage.',
  'explain.hills':
    'Kurze Anstiege ({reps} × {seconds} s), bergab gehen. Steigungen kommen nach den Steigerungen zurück.',
  'explain.progressive': 'Das letzte Drittel etwas schneller: Anstrengung 5–6 von 10, kurze Sätze.',
  'explain.quality_waits':
    'Steigerungen, Anstiege und schnelleres Laufen warten auf volle Freigabe, drei lockere 30-Minuten-Läufe und keine Tempo- oder Steigungsbeschränkung.',
  'explain.surface': 'Strecke: {surface}.',
  'explain.restrictions': 'Geltende Vorgaben der Therapeutin bzw. des Therapeuten: {list}.',
  'explain.capped_total': 'Gekürzt auf {minutes} Minuten pro Einheit.',
  'explain.capped_run': 'Laufzeit auf {minutes} Minuten pro Einheit begrenzt.',
  'explain.cadence':
    'Hinweis: etwas schnellere, kürzere Schritte (Schrittfrequenz 5–10 % höher) entlasten die verletzte Stelle.',
  'explain.cross': '{modality} an einem laufreien Tag erhält die Fitness ohne Stoßbelastung.',
  'explain.cross_rest':
    'Heute kein Laufen nach der letzten Einheit; stattdessen {modality}, wenn es sich gut anfühlt.',
  'explain.cross_excluded':
    'Nicht eingeplant: {modalities} (kann diese Verletzung reizen oder ist eingeschränkt).',
  'explain.strength':
    'Krafttraining 1–2-mal pro Woche senkt das Verletzungsrisiko; Übungen ausgewählt für {injury}.',
  'explain.strength_after_run': 'An einem Lauftag: erst laufen, danach Kraft.',
  'explain.mobility': 'Sanfte Beweglichkeit einmal pro Woche, solange das Laufen wieder aufgebaut wird.',
  'explain.override': 'Zeitliche Sperre ({gate}) aufgehoben von {by} am {date}.',
  'explain.logged': 'Eingetragen: Ampel {light} ({reason}), {action}.',
  'trigger.red_flag': 'ein Warnzeichen wurde gemeldet',
  'trigger.not_settled_72h': 'die Beschwerden waren nach 72 Stunden nicht abgeklungen',
  'trigger.pain_over_limit': 'Schmerz {pain}/10 während der Einheit, über der Grenze von {limit}/10',
  'trigger.pain_built': 'der Schmerz nahm während des Laufens zu',
  'trigger.limp': 'Hinken',
  'trigger.warmup_pain_persisted': 'Schmerz beim Aufwärmen, der nicht nachließ',
  'trigger.morning_over_limit': 'Schmerz am nächsten Morgen über der Grenze von {limit}/10',
  'trigger.morning_much_worse': 'Schmerz am nächsten Morgen deutlich stärker als zuvor',
  'trigger.swelling': 'neue Schwellung',
  'trigger.morning_worse': 'Schmerz am nächsten Morgen stärker als zuvor',
  'trigger.warmup_pain_cleared': 'Schmerz beim Aufwärmen, der nachließ',
  'trigger.pain_above_preferred': 'Schmerz innerhalb der Grenze, aber über dem angenehmen Bereich',
  'trigger.pain_after_high': 'starker Schmerz nach der Einheit',
  'trigger.morning_symptoms': 'am nächsten Morgen noch Beschwerden',
  'trigger.stopped_early': 'die Einheit wurde vorzeitig beendet',
  'trigger.within_limits': 'Schmerz innerhalb der Grenzen',
  'explain.missed': 'Bis {date} nicht eingetragen: gilt als ausgelassen.',
  'explain.gap': '{days} Tage seit dem letzten Lauf: {action}.',

  'action.count_success': 'zählt als Erfolg',
  'action.advance': 'nächste Stufe',
  'action.advance_capped': 'ein Erfolg; die nächste Stufe wartet (zwei Stufen in 7 Tagen)',
  'action.repeat': 'diese Stufe wiederholen',
  'action.rest_repeat': 'einen Tag Laufpause, dann diese Stufe wiederholen',
  'action.step_back': 'zwei Tage Laufpause, dann eine Stufe zurück',
  'action.refer': 'Laufpause, bitte Ihre Therapeutin oder Ihren Arzt aufsuchen',
  'action.gap_resume': 'auf derselben Stufe weitermachen',
  'action.gap_step_back': '{stages} Stufe(n) zurück',
  'action.not_counted': 'eingetragen, zählt nicht für den Fortschritt',

  'lock.refer':
    'Laufpause nach {reason} am {date}. Bitte melden Sie sich bei Ihrer Therapeutin oder Ihrem Arzt; eine neue Freigabe öffnet das Laufen wieder.',
  'lock.before_clearance': 'Die Freigabe dafür gilt ab {date}.',
  'lock.clearance':
    'Benötigt die Freigabe „{level}“ (aktuell: {current}). Die Therapeutin bzw. der Therapeut kann sie erhöhen, wenn der Prüfpunkt erfüllt ist.',
  'lock.clearance_review':
    'Benötigt die Freigabe „{level}“ (aktuell: {current}). Die Therapeutin bzw. der Therapeut kann sie bei der Kontrolle am {date} erhöhen.',
  'lock.imaging':
    'Knochenstressverletzung mit hohem Risiko: Laufen bleibt gesperrt, bis die Bildgebung die Heilung bestätigt. Das Ergebnis oder eine Freigabe trotz Sperre kann eingetragen werden.',

  'reason.red_flag': 'einem Warnzeichen ({flags})',
  'reason.two_reds': 'zwei roten Ampeln innerhalb von 14 Tagen',
  'reason.not_settled': 'Beschwerden, die nach 72 Stunden nicht abgeklungen waren',

  'warning.awaiting_clearance':
    'Noch keine Freigabe zum Laufen: nur Kraft, Beweglichkeit und Ausgleichstraining. Der Weg ist gesperrt dargestellt; die Freigabe kann erhöht werden, wenn die Prüfpunkte erfüllt sind.',
  'warning.awaiting_clearance_review':
    'Noch keine Freigabe zum Laufen: nur Kraft, Beweglichkeit und Ausgleichstraining. Der Weg ist ab der Kontrolle am {date} gesperrt dargestellt; dann kann die Freigabe erhöht werden.',
  'warning.time_gate':
    'Laufen beginnt frühestens am {date} ({gate}). Die behandelnde Fachperson kann diese Sperre aufheben.',
  'warning.time_gate_overridden':
    'Zeitliche Sperre ({gate}) aufgehoben von {by} am {date}: Laufen kann früher beginnen als im Protokoll vorgesehen. Bitte bestätigen, dass dies beabsichtigt ist.',
  'warning.imaging_required':
    'Knochenstressverletzung mit hohem Risiko: Laufen bleibt gesperrt, bis die Bildgebung die Heilung bestätigt. Tragen Sie das Ergebnis oder eine Aufhebung der Sperre ein, um es freizugeben.',
  'warning.refer':
    'Das Laufen ist pausiert nach {reason} am {date}. Bitte Klientin bzw. Klienten untersuchen; eine neue Freigabe mit späterem Datum öffnet den Plan wieder.',
  'warning.goal_date_unsafe':
    'Der Zieltermin {date} ist zu früh: Bei sicherem Aufbau ist {goal} erst ab {earliest} erreichbar. Der Plan behält den sicheren Aufbau bei; erwägen Sie einen späteren Termin oder ein kürzeres Ziel.',
  'warning.goal_not_reached':
    'Bei sicherem Aufbau wird {goal} innerhalb von {weeks} Wochen nicht erreicht. Bitte Ziel oder Vorgaben prüfen.',
  'warning.review_due':
    'Die Kontrolle der Freigabe war am {date} fällig: Aktualisieren Sie die Freigabe, damit der Plan aktuell bleibt.',
  'warning.locked_beyond_clearance':
    'Ab {date} braucht der Plan die Freigabe „{level}“: Diese Einheiten bleiben gesperrt, bis sie erhöht wird.',
  'warning.log_unmatched':
    'Einträge ohne passende geplante Einheit: {ids}. Sie zählen trotzdem für Schmerzampel und Warnzeichen.',
  'warning.low_availability':
    'Nur {days} verfügbare(r) Tag(e) pro Woche: Weniger Läufe pro Woche verlangsamen den Fortschritt.',

  'criterion.clinician_review': 'Kontrolle durch die Fachperson und eingetragene Freigabe',
  'criterion.daily_activities_pain_free': 'Alltag und Gehen ohne Schmerzen',
  'criterion.walk_30min_pain_free': '30 Minuten zügiges Gehen ohne Schmerz und ohne Hinken',
  'criterion.hops_10': '10 einbeinige Sprünge auf der verletzten Seite ohne Schmerz',
  'criterion.time_gate': 'Nicht vor dem {date} ({gate})',
  'criterion.imaging_healing':
    'Bildgebung bestätigt die Heilung, eine Fachärztin oder ein Facharzt stimmt zu',
  'criterion.no_bony_tenderness': 'Kein Knochendruckschmerz an der verletzten Stelle',
  'criterion.bone_loading_tests':
    'Belastungstests schmerzfrei (einbeinige Kniebeugen, Laufen auf der Stelle, Sprünge)',
  'criterion.energy_availability': 'Trainingsfehler und Energieverfügbarkeit geklärt',
  'criterion.knee_criteria':
    'Volle Streckung, Beugung mindestens 95 % der Gegenseite, Schmerz unter 2/10, kein oder nur minimaler Erguss',
  'criterion.knee_strength': 'Quadrizepskraft und Sprungtests mindestens 70–80 % der Gegenseite',
  'criterion.pelvic_floor': 'Beckenboden untersucht; kein Urinverlust, kein Schwere- oder Senkungsgefühl',
  'criterion.postnatal_tests':
    'Belastungs- und Sprungtests beschwerdefrei (Hüpfen, Sprungläufe, einbeinige Kniebeugen, Laufen auf der Stelle)',
  'criterion.morning_stiffness': 'Kein Humpeln bei den ersten Schritten am Morgen; Treppab angenehm',
  'criterion.calf_raises_25':
    'Mindestens 25 einbeinige Fersenhebungen, höchstens 10 % Unterschied zur Gegenseite',
  'criterion.hamstring_ready':
    'Normale Schrittlänge beim Gehen und schmerzfreie isometrische Anspannung der hinteren Oberschenkel',
  'criterion.ankle_paass':
    'Sprunggelenk geprüft: Schmerz, Beweglichkeit, Vertrauen, Gleichgewicht und Sprünge (PAASS)',
  'criterion.ladder_top_twice': 'Oberste Stufe der Geh-Lauf-Leiter zweimal ohne Beschwerdezunahme',
  'criterion.pain_within_limits':
    'Schmerz innerhalb der unten genannten Grenzen, bis zum nächsten Morgen abgeklungen',
  'criterion.base_30min': 'Drei lockere durchgehende Läufe über 30 Minuten ohne Beschwerdezunahme',
  'criterion.no_symptoms': 'Zwei Wochen lang keine Beschwerden während oder nach lockeren Läufen',

  'pain.bone':
    'Knochen: möglichst kein Schmerz an der verletzten Stelle. Ein kurzes Ziehen ist in Ordnung; Schmerz, der regelmäßig auftritt oder zunimmt, nicht (Grenze {during}/10). Schmerz noch am nächsten Tag: zurückschalten.',
  'pain.bone_mtss':
    'Schienbein: Schmerz bis {during}/10 beim Laufen ist vertretbar, wenn er bis zum nächsten Morgen abklingt; besser {preferred}/10 oder weniger.',
  'pain.tendon':
    'Sehne: bis {preferred}/10 ist sicher, bis {during}/10 beim Laufen vertretbar. Am wichtigsten ist der nächste Morgen: Ist es schlechter, reduzieren; ist es abgeklungen, wiederholen oder steigern.',
  'pain.joint':
    'Gelenk: beim Laufen höchstens {during}/10, innerhalb einer Stunde zurück auf dem üblichen Niveau und am nächsten Morgen nicht schlechter.',
  'pain.muscle':
    'Muskel: leichte Beschwerden bis {during}/10 können vertretbar sein; die Reaktion am nächsten Tag entscheidet. Stechender oder ziehender Schmerz: aufhören.',
  'pain.post_op':
    'Nach einer Knieoperation: Schmerz unter 2/10 (Grenze {during}/10), keine neue Schwellung; beides klingt innerhalb von 24 Stunden ab.',
  'pain.pelvic_floor':
    'Nach der Geburt: kein Urinverlust, kein Schwere- oder Senkungsgefühl und keine Beckenschmerzen während oder nach dem Laufen (dann aufhören und Fachperson aufsuchen); andere Schmerzen höchstens {during}/10.',
  'pain.general':
    'Schmerz bis {during}/10 beim Laufen ist vertretbar; darüber den Rest gehen. Nur steigern, wenn es am selben und am nächsten Tag nicht schlechter wird.',
};
