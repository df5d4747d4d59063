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
  'title.strides_graded': 'Lockerer Lauf mit Steigerungen auf {percent} %, {minutes} Min.',
  'title.hills': 'Lockerer Lauf mit kurzen Anstiegen, {minutes} Min.',
  'title.cross_training': 'Ausgleichstraining: {modality}',
  'title.strength': 'Kraft',
  'title.mobility': 'Beweglichkeit',

  'modality.bike': 'Radfahren',
  'modality.swim': 'Schwimmen',
  'modality.elliptical': 'Crosstrainer',
  'modality.row': 'Rudern',
  'modality.aqua_jog': 'Aqua-Jogging',
  'modality_start.bike': 'Radfahren',
  'modality_start.swim': 'Schwimmen',
  'modality_start.elliptical': 'Crosstrainer',
  'modality_start.row': 'Rudern',
  'modality_start.aqua_jog': 'Aqua-Jogging',
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
  'distance.km': '{value} km',
  'distance.mi': '{value} mi',
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
    'Stufe {stage} von {stages}: {repeats} × ({run} Min. Laufen, {walk} Min. Gehen). Jede Stufe wird {times} ohne Beschwerdezunahme absolviert, bevor die nächste folgt.',
  'explain.ladder_start': 'Startstufe gewählt nach {weeks} Wochen ohne Laufen, Fitness und Verletzung.',
  'explain.ladder_hold':
    'Oberste Stufe erreicht: wiederholen, bis durchgehendes Laufen freigegeben ist (Kontrolle am {date}).',
  'explain.advance_capped':
    'Bereit für die nächste Stufe, aber zwei Stufen in 7 Tagen sind die Grenze: diese Stufe noch einmal.',
  'explain.effort_easy': 'Locker bleiben: Anstrengung etwa 3 von 10, ganze Sätze sprechen können.',
  'explain.continuous':
    'Durchgehender lockerer Lauf über {minutes} Min.: höchstens 110 % Ihres längsten Laufs der letzten 30 Tage ({longest} Min.).',
  'explain.continuous_first': 'Erster durchgehender Lauf nach der Geh-Lauf-Leiter.',
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
  'explain.strides_graded':
    'Zum Schluss: {reps} × {seconds} s Steigerungen auf etwa {percent} % Ihres Höchsttempos, dazwischen gehen. Nach einer Zerrung der hinteren Oberschenkelmuskulatur kommt Tempo schrittweise zurück (60, 70, 80, dann 90 %), bevor ein Wettkampf infrage kommt.',
  'explain.hills':
    'Kurze Anstiege ({reps} × {seconds} s), bergab gehen. Steigungen kommen nach den Steigerungen zurück.',
  'explain.progressive': 'Das letzte Drittel etwas schneller: Anstrengung 5–6 von 10, kurze Sätze.',
  'explain.quality_waits':
    'Steigerungen, Anstiege und schnelleres Laufen warten auf volle Freigabe, drei lockere 30-Minuten-Läufe und keine Tempo- oder Steigungsbeschränkung.',
  'explain.surface': 'Strecke: {surface}.',
  'explain.default_restrictions': 'Bei dieser Verletzung bis zur vollen Freigabe üblich: {list}.',
  'explain.criteria_restrictions': '{list}, bis diese Tests erfüllt sind: {criteria}.',
  'explain.sources': 'Quellen: {sources} (klinische Referenz).',
  'explain.restrictions': 'Geltende Vorgaben der Therapeutin bzw. des Therapeuten: {list}.',
  'explain.stage_fitted':
    'Heute sind das {repeats} × ({run} Min. Laufen, {walk} Min. Gehen): so viel von der Stufe, wie die Grenzen der Einheit erlauben.',
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

  'action.count_success': 'zählt für die nächste Stufe',
  'action.advance': 'nächste Stufe',
  'action.advance_capped': 'ein Erfolg; die nächste Stufe wartet (zwei Stufen in 7 Tagen)',
  'action.repeat': 'diese Stufe wiederholen',
  'action.rest_repeat': 'einen Tag Laufpause, dann diese Stufe wiederholen',
  'action.step_back': 'zwei Tage Laufpause, dann eine Stufe zurück',
  'action.refer': 'Laufpause, bitte Ihre Therapeutin oder Ihren Arzt aufsuchen',
  'action.gap_resume': 'auf derselben Stufe weitermachen',
  'action.gap_step_back': '{stages} Stufe(n) zurück',
  'action.await_morning': 'wiederholen: sie zählt, sobald der Schmerz am nächsten Morgen eingetragen ist',
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

  'lock.criteria':
    'Wartet auf Testergebnisse: {list}. Sie wird frei, sobald eine neue Untersuchung sie erfüllt.',
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
  'warning.criteria_not_met':
    'Laufschritte warten auf Testergebnisse: {list}. Tragen Sie eine neue Untersuchung ein, sobald die Person für einen neuen Test bereit ist.',
  'warning.refer':
    'Das Laufen ist pausiert nach {reason} am {date}. Bitte Klientin bzw. Klienten untersuchen; eine neue Freigabe mit späterem Datum öffnet den Plan wieder.',
  'warning.goal_date_unsafe':
    'Wettkampfziel am {date} ({goal}) ist nicht sicher: {reasons}. Der Plan enthält keine Tapering- und keine Wettkampfwoche und baut weiter sicher auf; der Ausdruck für die Klientin bzw. den Klienten rät von einem Start an diesem Termin ab. {advice}',
  'warning.goal_needs_clearance':
    'Wettkampfziel am {date} ({goal}) braucht die volle Freigabe: Bis sie eingetragen ist, enthält der Plan keine Tapering- und keine Wettkampfwoche. Beim geplanten Aufbau ist der Termin selbst sicher; mit voller Freigabe kommt das Tapering zurück.',
  'warning.goal_not_reached':
    'Ziel innerhalb von {weeks} Wochen bei sicherem Aufbau nicht erreicht ({goal}). Ein kürzeres Ziel erwägen.',
  'warning.review_due':
    'Die Kontrolle der Freigabe war am {date} fällig: Aktualisieren Sie die Freigabe, damit der Plan aktuell bleibt.',
  'warning.locked_beyond_clearance':
    'Ab {date} braucht der Plan die Freigabe „{level}“: Diese Einheiten bleiben gesperrt, bis sie erhöht wird.',
  'warning.log_unmatched':
    'Eingetragen, aber nicht mehr im Plan: {logs}. Sie zählen weiter für Schmerzampeln und Warnzeichen.',
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
  'criterion.knee_strength': 'Kraft von Quadrizeps und hinteren Oberschenkeln nahe an der Gegenseite',
  'criterion.pelvic_floor': 'Beckenboden untersucht; kein Urinverlust, kein Schwere- oder Senkungsgefühl',
  'criterion.postnatal_tests':
    'Belastungs- und Sprungtests beschwerdefrei (Hüpfen, Sprungläufe, einbeinige Kniebeugen, Laufen auf der Stelle)',
  'criterion.postnatal_walk': '30 Minuten Gehen ohne Schmerz, Schweregefühl, Senkungsgefühl oder Urinverlust',
  'criterion.postnatal_balance': 'Einbeinstand 10 s auf jedem Bein, ohne Beschwerden',
  'criterion.postnatal_squat': '10 einbeinige Kniebeugen auf jedem Bein, ohne Beschwerden',
  'criterion.postnatal_jog': '1 Minute Laufen auf der Stelle, ohne Beschwerden',
  'criterion.postnatal_bounds': '10 Sprungschritte vorwärts, ohne Beschwerden',
  'criterion.postnatal_hops': '10 Hüpfer auf der Stelle auf jedem Bein, ohne Beschwerden',
  'criterion.postnatal_running_man': '10 einbeinige „Running Man“-Schwünge pro Seite, ohne Beschwerden',
  'criterion.postnatal_strength':
    'Kraft: je 20 einbeinige Wadenheber, Brücken, Aufstehen vom Stuhl und seitliche Beinheber pro Seite',
  'criterion.clearance_after_gate': 'Eine neue Freigabe vom {date} oder später, nach diesen Tests',
  'criterion.bone_gate_review':
    'Untersuchung durch die Therapeutin oder den Therapeuten vor diesem Schritt (Hochrisiko-Stelle)',
  'criterion.bone_return_time':
    'Die Rückkehr in den Sport dauert an dieser Stelle meist etwa {days} Tage (Hoenig 2023): nicht vor {date}',
  'criterion.acl_sport_timing':
    'Tempo, Steigungen, unebenes Gelände und Wettkämpfe ab 9 Monaten nach der Operation ({date})',
  'criterion.reds_energy':
    'Energieverfügbarkeit, Essverhalten und Gewicht ärztlich oder durch Sporternährungsfachkraft abgeklärt (RED-S)',
  'criterion.reds_periods': 'Nach dem Zyklus gefragt; ausbleibende oder unregelmäßige Regelblutung abgeklärt',
  'criterion.reds_periods_breastfeeding':
    'Nach dem Zyklus gefragt (in der Stillzeit bleibt die Regel oft aus; das allein ist kein Warnzeichen)',
  'criterion.reds_bone_health':
    'Knochengesundheit geprüft (zum Beispiel Vitamin D und, falls empfohlen, Knochendichtemessung)',
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

  'criterion.plyometric_phase': 'Plyometrie-Block (etwa 470 Bodenkontakte je Bein) ohne Schmerz',
  'criterion.calf_raises_30':
    'Mindestens 30 einbeinige Wadenheber, höchstens 10 % Unterschied zur Gegenseite',
  'criterion.heel_raise_symmetry': 'Einbeiniges Fersenheben nahe an der Gegenseite',
  'criterion.acl_hop_symmetry': 'Sprungtests nahe am anderen Bein vor Tempo, Steigungen und unebenem Gelände',
  'criterion.hamstring_speed_strength': 'Exzentrische Kraft der hinteren Oberschenkel nahe an der Gegenseite',
  'criterion.hamstring_sprint': 'Schnelles Laufen nahe am vollen Sprint ohne Schmerz',
  'criterion.ankle_paass_full':
    'Alle fünf PAASS-Bereiche bestanden (Schmerz, Sprunggelenk, Vertrauen, Gleichgewicht, Hüpfen)',
  criterion_result: '{criterion} ({result})',

  'latest.dated': '{date}: {result}',
  'latest.parts': '{list}',
  'latest.passed': 'bestanden',
  'latest.passed_pain': 'bestanden, Schmerz {pain}/10',
  'latest.not_passed': 'nicht bestanden',
  'latest.symptoms': 'Symptome: {list}',
  'latest.battery': '{passed} von {total} bestanden',
  'latest.failed': 'nicht bestanden: {list}',
  'latest.missing': 'noch nicht getestet: {list}',
  'latest.reps': '{reps} auf der verletzten Seite',
  'latest.reps_lsi': '{reps} auf der verletzten Seite, LSI {lsi} %',
  'latest.lsi_of': '{test}: LSI {lsi} %',
  'latest.extension': 'Streckdefizit {degrees}°',
  'latest.flexion': 'Beugung {percent} %',
  'latest.effusion': 'Erguss {grade}',
  'latest.pain': 'Schmerz {pain}/10',
  'latest.percent': '{percent} %',
  'symptom.pain': 'Schmerz',
  'symptom.heaviness': 'Schweregefühl',
  'symptom.dragging': 'Ziehen nach unten',
  'symptom.leaking': 'Urinverlust',
  'effusion.0': 'kein',
  'effusion.1': 'Spur',
  'effusion.2': '1+',
  'effusion.3': '2+',
  'effusion.4': '3+',
  'threshold.pass': 'Bestanden',
  'threshold.pass_pain': 'Bestanden, Schmerz höchstens {max}/10',
  'threshold.no_symptoms': 'Ohne Schmerz, Schweregefühl, Ziehen oder Urinverlust geschafft',
  'threshold.pain_at_most': 'Schmerz höchstens {max}/10',
  'threshold.pain_free': 'Schmerzfrei (0/10)',
  'threshold.reps_lsi': 'Mindestens {reps} auf der verletzten Seite und LSI mindestens {lsi} %',
  'threshold.lsi': 'LSI mindestens {lsi} %',
  'threshold.lsi_each': 'LSI mindestens {lsi} % in jedem erfassten Sprungtest',
  'threshold.battery_pain': 'Jeder Test bestanden, Schmerz höchstens {max}/10',
  'threshold.knee':
    'Streckdefizit höchstens {degrees}°, Beugung mindestens {percent} % der Gegenseite, Erguss höchstens {grade}',
  'threshold.percent_at_least': 'Mindestens {percent} %',
  'threshold.all_passed': 'Jeder Bereich bestanden (Einschätzung der behandelnden Fachperson)',
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
  'warning.goal_not_reached_cause':
    'Ziel innerhalb von {weeks} Wochen nicht erreicht ({goal}): {cause}. Diese Vorgabe oder das Ziel prüfen.',
  'action.count_success_acceptable':
    'vertretbarer Schmerz, am nächsten Morgen abgeklungen: zählt für die nächste Stufe',
  'action.advance_walk': 'beim nächsten Mal etwas länger',
  'action.hold_continuous': 'die Laufzeit vorerst gleich lassen',
  'action.rest_hold_continuous': 'einen Tag Laufpause, dann die Laufzeit gleich lassen',
  'action.rest_two_days': 'zwei Tage Laufpause, dann dieselbe Stufe noch einmal',
  'action.step_back_continuous': 'zwei Tage Laufpause, dann kürzere Läufe',
  'action.gap_shorter': 'kürzere Läufe zum Wiederaufbau',
  'action.gap_restart': 'wieder mit der ersten Stufe beginnen',
  'reason.effusion_again': 'einer zweiten Knieschwellung (Erguss) innerhalb von 14 Tagen',
  'reason.high_risk_site': 'Schmerz an einer Hochrisiko-Stelle der Knochenstressverletzung',
  'reason.suspected_restrain':
    'einem mit Schmerz abgebrochenen Lauf in den ersten Wochen (möglicher erneuter Muskelfaserriss)',
  'trigger.effusion_again': 'eine zweite Knieschwellung innerhalb von 14 Tagen',
  'trigger.high_risk_site_pain': 'Schmerz an einer Hochrisiko-Stelle',
  'trigger.suspected_restrain': 'mit Schmerz abgebrochen in den ersten Wochen',
  'trigger.morning_rising': 'Morgenschmerz, der über die Woche zunimmt',
  'trigger.effusion': 'Knieschwellung nach der Operation (Erguss)',
  'explain.not_logged': 'Nicht eingetragen.',
  'explain.advance_capped_slow':
    'Bereit für die nächste Stufe, aber hier ist höchstens eine Stufe in 7 Tagen vorgesehen: diese Stufe noch einmal.',
  'explain.flare_cap_stage':
    'Stufe {stage}: nicht mehr Laufzeit als in der Einheit mit der Beschwerdezunahme, bis diese Menge wieder gut vertragen wird.',
  'explain.flare_cap':
    'Bis {minutes} Min.: nicht mehr Laufzeit als in der Einheit mit der Beschwerdezunahme, bis diese Menge wieder gut vertragen wird.',
  'explain.post_flare':
    'Bis {date} bleiben die Läufe bei höchstens {minutes} Min.: 110 % dessen, was vor der Beschwerdezunahme gut ging.',
  'explain.weekly_share_stage':
    'Diesmal Stufe {stage}: Stufe {next} würde die Woche über ihre Laufgrenze bringen.',
  'explain.stage_held':
    'Weiter auf Stufe {stage}: Stufe {next} braucht {minutes} Min. Laufen, und {cap} lässt dafür keinen Raum.',
  'hold.max_session_minutes': 'die Grenze von {minutes} Min. pro Einheit',
  'hold.max_run_minutes': 'die Grenze von {minutes} Min. Laufen pro Einheit',
  'hold.available_minutes': 'die verfügbare Zeit von {minutes} Min. pro Einheit',
  'hold.weekly_limit': 'die Laufgrenze der Woche',
  'explain.long_run_taper': 'Diese Woche ein kürzerer langer Lauf, damit Sie frisch ankommen.',
  'explain.long_run_share':
    'Der lange Lauf bleibt bei höchstens {percent} % der Laufzeit der Woche; die anderen Läufe tragen den Rest.',
  'explain.long_run_two_days':
    'Mit zwei Lauftagen lässt sich die Belastung nicht weiter verteilen: Der längere Lauf bleibt bei höchstens {percent} % der Woche, statt allein zu wachsen.',
  'explain.one_change_long_run':
    'Der lange Lauf bleibt wie letzte Woche, weil diese Woche schnelleres Laufen dazukommt: immer nur eine Änderung.',
  'explain.volume_target':
    'Aufbau auf etwa {target} Min. Laufen pro Woche, die Hälfte Ihrer üblichen {usual} Min. vor der Verletzung.',
  'explain.rest_day': 'Ganzer Ruhetag diese Woche: {days}. Erholung gehört zum Programm.',
  'explain.rest_days_bone':
    'Zwei ganze Ruhetage pro Woche ({days}): Knochen braucht Erholungstage, um zu heilen und sich anzupassen.',
  'explain.rest_days_reds':
    'Zwei ganze Ruhetage pro Woche ({days}), solange die Energieverfügbarkeit abgeklärt wird.',
  'lock.gate_clearance':
    'Das Laufen beginnt mit einer Freigabe vom {date} oder später, nachdem die Tests dieses Kontrollpunkts erfolgt sind (die Freigabe vom {cleared} lag davor).',
  'lock.bone_gate_continuous':
    'Hochrisiko-Stelle der Knochenstressverletzung: Dauerlauf beginnt, nachdem Ihre Therapeutin oder Ihr Therapeut die Geh-Lauf-Phase geprüft und neu freigegeben hat.',
  'lock.bone_gate_build':
    'Hochrisiko-Stelle der Knochenstressverletzung: Längere und schnellere Läufe beginnen nach einer erneuten Untersuchung und neuen Freigabe.',
  'warning.no_log_since_flare':
    'Seit {days} Tagen kein Eintrag nach der Ampel „{light}“ am {date}. Vor dem Weitermachen Kontakt mit der Klientin bzw. dem Klienten aufnehmen.',
  'warning.no_progress':
    'Seit {days} Tagen kein Fortschritt, obwohl {sessions} Läufe eingetragen wurden. Schmerzgrenzen, Vorgaben oder Freigabe prüfen.',
  'warning.reds_screening':
    'Abklärung auf niedrige Energieverfügbarkeit (RED-S) durch Ärztin/Arzt oder Sporternährungsfachkraft: {reasons}. Bis dahin zwei ganze Ruhetage pro Woche.',
  'warning.slower_progression':
    'Langsamerer Aufbau ({reasons}): jede Stufe {times} und höchstens eine Stufe alle 7 Tage, auf der vorsichtigen Leiter.',
  'warning.clearance_before_gate':
    'Die Freigabe „{level}“ vom {cleared} liegt vor der Zeitgrenze ({date}): Das Laufen beginnt erst mit einer Freigabe ab diesem Datum, nach den Tests am Kontrollpunkt.',
  'warning.acl_full_early':
    'Volle Freigabe vor 9 Monaten nach VKB-Plastik: Tempo, Hügel und unebener Untergrund bleiben bis {date} aus dem Plan, außer eine Ausnahme wird eingetragen.',
  'warning.acl_full_early_override':
    'Volle Freigabe vor 9 Monaten nach VKB-Plastik, Tempo, Hügel und unebener Untergrund früh erlaubt durch {by}. Nur 11 % bestehen die Return-to-Sport-Tests nach 9 Monaten; bitte bestätigen, dass dies beabsichtigt ist.',
  'warning.bone_clinician_gates':
    'Hochrisiko-Stelle der Knochenstressverletzung: Dauerlauf und Aufbauphase warten jeweils auf Ihre Untersuchung und eine neue Freigabe.',
  'concern.not_reached': 'das Ziel wird bei sicherem Aufbau nicht erreicht',
  'concern.too_soon': 'das Ziel braucht bei sicherem Aufbau mehr Wochen',
  'concern.needs_clearance': 'ein Wettkampf braucht die volle Freigabe',
  'concern.acl_timing': 'Wettkämpfe warten bis 9 Monate nach der VKB-Plastik',
  'concern.bone_healing':
    'die Knochenstressverletzung braucht ihre übliche Zeit bis zur Rückkehr in den Sport',
  'concern.graded_speed':
    'schnelles Laufen wurde noch nicht schrittweise wieder aufgebaut (Steigerungen mit 60–90 %)',
  'concern.restriction': 'Tempotraining ist noch eingeschränkt',
  'advice.shorter': 'Ein realistisches Ziel für diesen Termin: {goal}.',
  'advice.later': 'Ein realistisches Ziel: {goal} ab {date}.',
  'advice.ask': 'Fragen Sie Ihre Therapeutin oder Ihren Therapeuten nach einem realistischen Termin.',
  'cause.max_session_minutes': 'die Grenze von {minutes} Min. pro Einheit hält den Aufbau auf',
  'cause.max_run_minutes': 'die Grenze von {minutes} Min. Laufen pro Einheit hält den Aufbau auf',
  'cause.available_minutes':
    'Einheiten von höchstens {minutes} Min. (die verfügbare Zeit) halten den Aufbau auf',
  'cause.weekly_limit': 'die Laufgrenze der Woche hält den Aufbau auf',
  'cause.imaging': 'das Laufen bleibt gesperrt, bis die Bildgebung die Heilung bestätigt',
  'client.running_paused':
    'Das Laufen ist seit {date} pausiert. Bitte nicht laufen, bis Sie bei Ihrer Therapeutin oder Ihrem Therapeuten waren; Gehen, Kraft und die übrigen Einheiten gehen weiter, wenn sie angenehm sind.',
  'client.race_needs_clearance':
    'Ein Start am {date} ({goal}) braucht zuerst die volle Freigabe durch Ihre Therapeutin oder Ihren Therapeuten. Bis dahin gelten die Einheiten dieses Plans; die letzten Wochen vor dem Wettkampf werden geplant, sobald Sie freigegeben sind.',
  'client.race_not_advised':
    'Bitte am {date} nicht starten: {goal} ist bis dahin noch nicht sicher möglich. {advice}',
  'reds.recurrent_bsi': 'eine erneute Knochenstressverletzung',
  'reds.bsi_under_18': 'eine Knochenstressverletzung vor dem 18. Lebensjahr',
  'reds.missed_periods': 'ausbleibende oder unregelmäßige Regelblutung',
  'reds.weight_loss': 'Gewichtsverlust',
  'reds.disordered_eating': 'Hinweise auf gestörtes Essverhalten',
  'slow.high_risk_bone': 'Hochrisiko-Stelle der Knochenstressverletzung',
  'slow.age_60': 'Alter ab 60',
  'slow.third_episode': 'dritte oder weitere Episode',
  'times.2': 'zweimal',
  'times.3': 'dreimal',
  'log.not_in_plan': '{session} am {date}',
  'family.run': 'ein Lauf',
  'family.walk': 'eine Geh-Einheit',
  'family.strength': 'Kraft',
  'family.mobility': 'Beweglichkeit',
  'family.cross_training': 'Ausgleichstraining',
  'family.unknown': 'eine Einheit',
  'weekday.mon': 'Montag',
  'weekday.tue': 'Dienstag',
  'weekday.wed': 'Mittwoch',
  'weekday.thu': 'Donnerstag',
  'weekday.fri': 'Freitag',
  'weekday.sat': 'Samstag',
  'weekday.sun': 'Sonntag',
  'advice.clinician_shorter': 'Ein kürzeres Ziel, das zum Termin passt: {goal}.',
  'advice.clinician_later': 'Frühester sicherer Termin: {date}.',
  'advice.clinician_none':
    'Kein sicherer Termin innerhalb des Plans bei der jetzigen Freigabe und den Vorgaben.',
  // Anpassungen durch Therapeutin oder Therapeut (E41)
  'explain.adjusted_move': 'Von {from} hierher verschoben durch {by}.',
  'explain.adjusted_move_clinician': 'Von {from} auf {to} verschoben durch {by} am {at}: {reason}.',
  'explain.adjusted_move_unavailable':
    '{to} gehört nicht zu den verfügbaren Tagen der Klientin bzw. des Klienten: prüfen, ob der Tag passt.',
  'explain.adjusted_shorten': 'Auf {minutes} Min. gekürzt durch {by}.',
  'explain.adjusted_shorten_clinician': 'Von {from} auf {minutes} Min. gekürzt durch {by} am {at}: {reason}.',
  'explain.adjusted_swap': 'Ausgleichstraining statt des geplanten Laufs, festgelegt von {by}.',
  'explain.adjusted_swap_clinician':
    'Lauf ersetzt durch {minutes} Min. {modality}, durch {by} am {at}: {reason}.',
  'explain.adjusted_hold':
    'Diese Woche wiederholt die Belastung der letzten Woche, gehalten von {by}: diese Woche keine Steigerung.',
  'explain.adjusted_hold_clinician': 'Woche gehalten durch {by} am {at}: {reason}.',
  'warning.sessions_skipped': 'Von der Therapeutin bzw. dem Therapeuten gestrichen: {items}.',
  'skipped.item': '{session} am {date} (durch {by}: {reason})',
  'warning.adjustment_not_applied':
    'Anpassungen nicht übernommen, der Plan behält diese Einheiten so, wie die Regeln es erlauben: {items}.',
  'adjustment.item': '{session} am {date}, {action}: {reason}',
  'adjustment.item_week': 'die Woche vom {date}, {action}: {reason}',
  'adjust.move': 'verschieben auf {date}',
  'adjust.shorten': 'kürzen auf {minutes} Min.',
  'adjust.skip': 'streichen',
  'adjust.swap_cross_training': 'durch Ausgleichstraining ersetzen',
  'adjust.hold_week': 'Woche halten',
  'refused.not_in_plan': 'an diesem Tag ist keine solche Einheit mehr geplant',
  'refused.past': 'die Einheit lag bei der Anpassung schon in der Vergangenheit',
  'refused.other_week': 'das neue Datum liegt nicht in derselben Programmwoche',
  'refused.rest_day': 'das neue Datum ist ein ganzer Ruhetag',
  'refused.goal_day': 'das neue Datum ist der Zieltag',
  'refused.consecutive_days':
    'Laufen fiele auf aufeinanderfolgende Tage, was die Freigabe oder eine Vorgabe noch nicht erlaubt',
  'refused.strength_consecutive': 'Kraft fiele auf aufeinanderfolgende Tage',
  'refused.same_day': 'an diesem Tag gibt es schon eine Einheit derselben Art',
  'refused.not_shorter': 'die neue Dauer ist nicht kürzer als die geplanten {minutes} Minuten',
  'refused.not_running': 'nur ein Lauf kann durch Ausgleichstraining ersetzt werden',
  'refused.no_modality':
    'keines der Ausgleichstrainings der Klientin bzw. des Klienten ist an dem Tag erlaubt (eine Vorgabe oder die Verletzung schließt es aus)',
  'refused.locked': 'der Lauf ist gesperrt (Freigabe, eine Frist oder eine Überweisung)',
  'refused.clearance': 'am neuen Datum läge die Einheit über der Freigabe oder einer Frist',
  'refused.load': 'sie würde die Laufbelastung erhöhen',
};
