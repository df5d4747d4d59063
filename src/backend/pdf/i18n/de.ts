/**
 * German texts of the printed programme (Sie-Form). Same keys as en.ts, enforced by the type;
 * same placeholders, enforced by a unit test.
 */
import type { PdfMessageKey } from './en';

export const de: Readonly<Record<PdfMessageKey, string>> = {
  // Document frame
  'doc.title': 'Ihr Programm für den Wiedereinstieg ins Laufen',
  'doc.subtitle': 'Erstellt für {name}',
  'doc.subject': 'Wiedereinstiegsprogramm Laufen für {name}',
  'footer.page': 'Seite {page} von {pages}',
  'footer.printed': 'Gedruckt am {date}',
  'footer.disclaimer':
    'Dieses Programm ist allein für Sie erstellt und ersetzt nicht die Beratung in Ihrer Praxis. Im Zweifel: aufhören und nachfragen.',
  'brand.clinician': 'Behandelt von: {name}',
  'notice.missingGlyphs': 'Einige Zeichen konnten nicht gedruckt werden und erscheinen als �: {chars}.',

  // Status banners
  'status.refer.title': 'Laufpause – bitte melden Sie sich in der Praxis',
  'status.refer.text':
    'Ihre Beschwerden der letzten Zeit sollten untersucht werden, bevor Sie wieder laufen. Machen Sie mit den Kraft- und Beweglichkeitsübungen und angenehmem Ausgleichstraining weiter und melden Sie sich bei {who}.',
  'status.awaiting.title': 'Noch keine Freigabe zum Laufen',
  'status.awaiting.text':
    'Bis {clinician} Sie zum Laufen freigibt, besteht dieses Programm nur aus Kraft-, Beweglichkeits- und Ausgleichstraining. Die Laufwochen sind abgedruckt, damit Sie den weiteren Weg sehen – beginnen Sie sie noch nicht.',
  'status.complete.title': 'Programm abgeschlossen',
  'status.complete.text':
    'Sie haben das Ende dieses Programms erreicht. Besprechen Sie mit {clinician}, wie es weitergeht.',

  // Summary
  'section.summary': 'Ihr Programm auf einen Blick',
  'summary.client': 'Name',
  'summary.injury': 'Verletzung',
  'summary.clearance': 'Freigabe',
  'summary.review': 'Nächste Kontrolle',
  'summary.restrictions': 'Einschränkungen',
  'summary.goal': 'Ziel',
  'summary.period': 'Zeitraum',
  'summary.decision': 'Entscheidung der Praxis',
  'summary.notes': 'Bitte beachten',
  'summary.injuryWithSide': '{injury}, {side}',
  'summary.clearanceValue': '{level} – erteilt von {by} am {date}',
  'summary.reviewValue': '{date} bei {by}',
  'summary.noReview': 'Noch kein Kontrolltermin – bitte in der Praxis nachfragen',
  'summary.none': 'Keine',
  'summary.until': '{text} (bis {date})',
  'summary.goalOn': '{goal} am {date}',
  'summary.periodValue': '{from} – {to} ({weeks} Wochen)',
  'summary.override': '{by} hat die übliche Wartezeit nach dieser Verletzung aufgehoben.',
  'summary.overrideSport':
    '{by} hat Tempo, Hügel und unebenen Untergrund schon vor den üblichen 9 Monaten nach der Operation erlaubt.',
  'summary.defaultRestriction': '{text} – üblich bei dieser Verletzung bis zur vollen Freigabe',
  'summary.defaultRestrictionDate': '{text} – üblich nach dieser Operation bis zum {date}',
  'summary.defaultRestrictionClearanceAndDate':
    '{text} – üblich nach dieser Operation bis zur vollen Freigabe, mindestens bis zum {date}',

  // Vocabulary
  'injury.bsi_low_risk': 'Knochenstressreaktion (Niedrigrisiko-Lokalisation)',
  'injury.bsi_high_risk': 'Knochenstressreaktion (Hochrisiko-Lokalisation)',
  'injury.mtss': 'Schienbeinkantensyndrom (MTSS)',
  'injury.achilles_tendinopathy': 'Achillessehnen-Tendinopathie',
  'injury.plantar_heel_pain': 'Fersenschmerz (Plantarfasziitis)',
  'injury.patellofemoral_pain': 'Kniescheibenschmerz (patellofemoraler Schmerz)',
  'injury.itb_syndrome': 'Iliotibialband-Syndrom (Läuferknie)',
  'injury.hamstring_strain': 'Zerrung der hinteren Oberschenkelmuskulatur',
  'injury.calf_strain': 'Wadenzerrung',
  'injury.ankle_sprain': 'Sprunggelenksverstauchung',
  'injury.acl_reconstruction': 'Kreuzbandplastik (VKB)',
  'injury.knee_surgery_other': 'Knieoperation',
  'injury.postnatal': 'Laufeinstieg nach der Geburt',
  'injury.other_soft_tissue': 'Weichteilverletzung',
  'side.left': 'links',
  'side.right': 'rechts',
  'side.both': 'beidseits',
  'clearance.not_cleared': 'Noch nicht zum Laufen freigegeben',
  'clearance.walking': 'Freigegeben für Gehen',
  'clearance.walk_run': 'Freigegeben für Geh-Lauf-Intervalle',
  'clearance.continuous': 'Freigegeben für durchgehendes Laufen',
  'clearance.full': 'Volle Freigabe',
  'target.not_cleared': 'den Start',
  'target.walking': 'das Gehtraining',
  'target.walk_run': 'Geh-Lauf-Intervalle',
  'target.continuous': 'durchgehendes Laufen',
  'target.full': 'volles Training (Tempo und Hügel)',
  'phase.pre_running': 'Vorbereitung',
  'phase.walking': 'Gehen',
  'phase.walk_run': 'Geh-Lauf-Intervalle',
  'phase.continuous': 'Durchgehendes Laufen',
  'phase.build': 'Aufbau',
  'phase.taper': 'Tapering',
  'kind.walk': 'Zügiges Gehen',
  'kind.walk_run': 'Geh-Lauf-Intervalle',
  'kind.walk_run_stage': 'Geh-Lauf, Stufe {stage}',
  'kind.easy_run': 'Lockerer Lauf',
  'kind.progressive_run': 'Lauf mit Tempoanstieg',
  'kind.strides': 'Lockerer Lauf mit Steigerungen',
  'kind.hills': 'Lockerer Lauf mit kurzen Anstiegen',
  'kind.cross_training': 'Ausgleichstraining',
  'kind.cross_training_with': 'Ausgleichstraining: {modality}',
  'kind.strength': 'Kraft',
  'kind.mobility': 'Beweglichkeit',
  'modality.bike': 'Radfahren',
  'modality.swim': 'Schwimmen',
  'modality.elliptical': 'Crosstrainer',
  'modality.row': 'Rudern',
  'modality.aqua_jog': 'Aqua-Jogging',
  'goal.run_30min': '30 Minuten am Stück laufen',
  'goal.5k': 'Lauf über {distance}',
  'goal.10k': 'Lauf über {distance}',
  'goal.half_marathon': 'Halbmarathon ({distance})',
  'goal.marathon': 'Marathon ({distance})',
  'restriction.no_hills': 'Keine Hügel',
  'restriction.no_downhill': 'Nicht bergab laufen',
  'restriction.no_speed': 'Kein schnelles Laufen, keine Steigerungen',
  'restriction.no_consecutive_days': 'Nicht an zwei Tagen hintereinander laufen',
  'restriction.flat_surface': 'Nur auf ebenem Untergrund',
  'restriction.soft_surface': 'Weicher, ebener Untergrund',
  'restriction.treadmill_only': 'Nur auf dem Laufband',
  'restriction.no_cycling': 'Kein Radfahren',
  'restriction.no_swimming': 'Kein Schwimmen',
  'restriction.no_impact_cross_training': 'Keine Sprünge oder Stöße beim Ausgleichstraining',
  'restriction.max_session_minutes': 'Einheiten höchstens {value} Min.',
  'restriction.max_run_minutes': 'Höchstens {value} Min. Laufen pro Einheit',
  'restriction.max_sessions_per_week': 'Höchstens {value} Laufeinheiten pro Woche',
  'restriction.pain_limit': 'Schmerzgrenze {value}/10',
  'surface.flat': 'flache Strecke',
  'surface.soft': 'weicher Untergrund (Wiese, Waldweg, Laufbahn)',
  'surface.flat_soft': 'flacher, weicher Untergrund',
  'surface.treadmill': 'Laufband',
  'surface.hills': 'Strecke mit sanften Anstiegen',
  'sessionStatus.done': 'erledigt',
  'sessionStatus.missed': 'ausgelassen',
  'sessionStatus.not_logged': 'nicht eingetragen',
  'sessionStatus.stopped': 'abgebrochen',
  'unit.min': 'Min.',
  'unit.sec': 'Sek.',
  'duration.minSec': '{min} Min. {sec} Sek.',
  'list.and': 'und',

  // How to use
  'section.how': 'So nutzen Sie dieses Programm',
  'how.1':
    'Trainieren Sie an den angegebenen Tagen. Müssen Sie eine Einheit verschieben, lassen Sie zwischen zwei Lauftagen einen Ruhetag.',
  'how.2':
    'Richten Sie sich nach der Anstrengung, nicht nach dem Tempo: Sie sollten in ganzen Sätzen sprechen können, wenn nichts anderes angegeben ist.',
  'how.3':
    'Bewerten Sie Ihren Schmerz von 0 bis 10 während jeder Einheit, danach und am nächsten Morgen, und tragen Sie ihn hinten ins Trainingstagebuch ein.',
  'how.4': 'Die Ampel zeigt, ob Sie weitermachen, einen Schritt wiederholen oder aufhören.',
  'how.5':
    'Gehen Sie erst weiter, wenn Sie die Prüfpunkte erfüllen und Ihre Praxis zustimmt. Abkürzungen sparen selten Zeit.',
  'how.6': 'Bringen Sie dieses Heft und Ihr Trainingstagebuch zu jedem Termin mit.',

  // Timeline
  'section.timeline': 'Ihr Weg zurück zum Laufen',
  'timeline.weeks': '{count} Wo.',
  'timeline.afterReview': 'nach Kontrolle',

  // Week table
  'section.weeks': 'Woche für Woche',
  'col.week': 'Woche',
  'col.date': 'Datum',
  'col.day': 'Tag',
  'col.session': 'Einheit',
  'col.minutes': 'Min.',
  'col.effort': 'Anstrengung',
  'weeks.weekLabel': 'Woche {n}',
  'weeks.weeksLabel': 'Wochen {from}–{to}',
  'weeks.cutback': 'leichtere Woche',
  'weeks.locked': '{title} (nach Kontrolle)',
  'weeks.withStatus': '{title} – {status}',
  'weeks.effort': '{rpe}/10',

  // Session details
  'section.sessions': 'Ihre Einheiten im Detail',
  'sessions.intro':
    'Ein- und Ausgehen bedeutet zügiges Gehen. Der Balken zeigt die Einheit maßstabsgetreu: Je länger der Abschnitt, desto länger dieser Teil.',
  'sessions.weekHeading': 'Woche {n} · {from} – {to} · {phase}',
  'sessions.meta': '{minutes} Min. · Anstrengung {rpe}/10 ({talk})',
  'sessions.surface': 'Wo: {surface}.',
  'sessions.exercises': 'Übungen: {list} (siehe Übungsliste).',
  'sessions.lockedLine': '{date}: {title} – nach Ihrem Kontrolltermin am {review}',
  'sessions.lockedLineNoDate': '{date}: {title} – nach Ihrem nächsten Kontrolltermin',
  'sessions.cutback':
    'Eine leichtere Woche: weniger Laufen, damit Ihr Körper die letzten Wochen verarbeiten kann.',
  'sessions.why': 'Warum: {reasons}',
  'bar.warmup': 'Eingehen',
  'bar.run': 'Laufen',
  'bar.walk': 'Gehen',
  'bar.cooldown': 'Ausgehen',
  'bar.other': 'Aktivität',
  'step.warmup': 'Eingehen {time}',
  'step.cooldown': 'Ausgehen {time}',
  'step.run': 'Laufen {time}',
  'step.walk': 'Gehen {time}',
  'step.steady': 'zügig laufen {time}',
  'step.stride': 'Steigerung {time}',
  'step.hill': 'bergauf {time}',
  'step.activity': '{time}',
  'step.repeat': '{times} × ({inner})',

  // After review
  'section.afterReview': 'Nach Ihrem Kontrolltermin',
  'afterReview.intro':
    'Die nächsten Wochen hängen davon ab, wie Ihr Körper reagiert. {clinician} bespricht sie mit Ihnen beim Kontrolltermin am {date}. Beginnen Sie sie nicht vorher.',
  'afterReview.introNoDate':
    'Die nächsten Wochen hängen davon ab, wie Ihr Körper reagiert. {clinician} bespricht sie mit Ihnen beim nächsten Kontrolltermin. Beginnen Sie sie nicht vorher.',
  'afterReview.week': '{weeks} ({from} – {to}): {phase} – nach Ihrem Kontrolltermin am {date}',
  'afterReview.weekNoDate': '{weeks} ({from} – {to}): {phase} – nach Ihrem nächsten Kontrolltermin',
  'afterReview.keepUp':
    'Machen Sie in diesen Wochen mit Ihren Kraft- und Beweglichkeitsübungen weiter, wie in der Tabelle angegeben.',

  // Pain guide
  'section.pain': 'Auf den Schmerz hören: die Ampel',
  'pain.intro':
    'Bewerten Sie den Schmerz an der verletzten Stelle von 0 (keiner) bis 10 (stärkster vorstellbarer) während jeder Einheit, eine Stunde danach und am nächsten Morgen. Ihre Grenze während des Trainings: {limit}/10.',
  'pain.green.title': 'Grün – weitermachen',
  'pain.green.text':
    'Schmerz während der Einheit höchstens {preferred}/10, bis zum nächsten Morgen abgeklungen, keine Schwellung, kein Hinken. Weiter wie geplant.',
  'pain.green.textNone':
    'Kein Schmerz an der verletzten Stelle während der Einheit, nichts am nächsten Morgen, keine Schwellung, kein Hinken. Weiter wie geplant.',
  'pain.amber.title': 'Gelb – halten',
  'pain.amber.text':
    'Schmerz bis {limit}/10 oder Beschwerden, die am nächsten Morgen noch da, aber nicht stärker als sonst sind. Wiederholen Sie diesen Schritt, statt weiterzugehen. Am Morgen stärker als sonst oder neue Schwellung: einen Tag Laufpause, dann wiederholen.',
  'pain.red.title': 'Rot – aufhören',
  'pain.red.text':
    'Schmerz über {limit}/10, Schmerz, der beim Laufen zunimmt, Hinken oder am nächsten Morgen schlechter. Aufhören und nach Hause gehen, zwei Tage Laufpause, dann einen Schritt zurück. Zweimal Rot innerhalb von zwei Wochen: Praxis kontaktieren.',
  'pain.redFlagsHeading': 'Aufhören und die Praxis anrufen',
  'pain.redFlagsIntro':
    'Hören Sie mit dem Laufen auf und melden Sie sich bei {who}, wenn Sie eines davon bemerken:',
  'redflag.night': 'Schmerzen nachts oder in Ruhe oder Schmerzen, die Sie aufwecken.',
  'redflag.bony': 'Eine Stelle am Knochen, die auf Druck schmerzt, oder Schmerz beim Hüpfen.',
  'redflag.groin':
    'Tiefer Schmerz in Leiste, Hüfte oder vorderem Oberschenkel beim Gehen, Treppensteigen oder Aufstehen.',
  'redflag.calf':
    'Eine einseitig geschwollene, warme oder gerötete Wade oder unerklärlicher Wadenschmerz. Mit Brustschmerz oder Atemnot: Notruf 112.',
  'redflag.neuro':
    'Taubheit, Kribbeln, ins Bein ausstrahlender Schmerz, Schwäche oder ein Gelenk, das nachgibt.',
  'redflag.effusion': 'Ein geschwollenes Knie nach dem Laufen.',
  'redflag.pelvic':
    'Ungewollter Abgang von Urin, Winden oder Stuhl, plötzlicher starker Harndrang, ein Schwere-, Druck- oder Senkungsgefühl in der Scheide, Becken- oder Kreuzschmerzen oder eine Blutung, die nicht Ihre Periode ist. Lassen Sie sich dann von einer Physiotherapeutin oder einem Physiotherapeuten für Beckenbodengesundheit untersuchen.',
  'redflag.reds':
    'Ausbleibende Regelblutung, ungewollter Gewichtsverlust oder ein belastetes Verhältnis zum Essen.',
  'redflag.redsBreastfeeding':
    'Ungewollter Gewichtsverlust oder ein belastetes Verhältnis zum Essen. (In der Stillzeit ist es normal, dass die Regelblutung ausbleibt.)',
  'redflag.settle': 'Beschwerden, die nach drei Tagen nicht abgeklungen sind.',

  // Checkpoints
  'section.checkpoints': 'Prüfpunkte: wann es weitergeht',
  'checkpoints.intro':
    'Sie gehen zur nächsten Stufe, wenn Sie alle Punkte erfüllen und Ihre Praxis zustimmt.',
  'checkpoints.title': 'Bereit für {target}',
  'checkpoints.reds': 'Abklärung von Energie und Knochengesundheit, bevor das Laufen aufgebaut wird',
  'checkpoints.expected': 'voraussichtlich um den {date}',

  // Your tests
  'section.tests': 'Ihre Tests',
  'tests.intro': 'Mit diesen Tests entscheidet Ihre Praxis, wann Sie für die nächste Stufe bereit sind.',
  'tests.improveHeading': 'Was sich für die nächste Stufe noch verbessern muss',
  'tests.improveNone': 'Im Moment hält Sie keiner Ihrer Tests auf.',
  'tests.notReached': 'Noch nicht erreicht',
  'tests.toTest': 'Noch zu testen',
  'tests.target': 'Ziel: {threshold}',
  'tests.latest': 'Ihr letztes Ergebnis ({date}): {result}',
  'tests.notTested': 'Noch nicht getestet. Ihre Praxis macht diesen Test mit Ihnen.',
  'tests.forStep': 'Nötig für {target}.',
  'tests.achievedHeading': 'Bereits erreicht',
  'tests.achieved': '{criterion} – erreicht am {date}',
  'tests.laterHeading': 'Wird später getestet',
  'tests.later': '{criterion} – für {target}',
  'tests.resultsHeading': 'Ihre letzten Ergebnisse',
  'tests.resultsFor': 'Für {target}',
  'tests.resultsOther': 'Weitere Ergebnisse',
  'col.test': 'Test',
  'col.result': 'Ihr Ergebnis',
  'tests.sides': 'Links {left} · rechts {right}',
  'tests.lsiInjured': 'Ihre verletzte Seite erreicht {lsi} % der anderen Seite.',
  'tests.lsiWeaker': 'Ihre schwächere Seite erreicht {lsi} % der stärkeren Seite.',
  'tests.passed': 'Bestanden',
  'tests.notPassed': 'Nicht bestanden',
  'tests.done': 'Geschafft',
  'tests.notDone': 'Nicht geschafft',
  'tests.pain': 'Schmerz {pain}/10',
  'tests.symptoms': 'Symptome: {list}',
  'tests.noSymptoms': 'keine Symptome',
  'tests.reps': '{value} Wdh.',
  'tests.seconds': '{value} Sek.',
  'tests.cm': '{value} cm',
  'tests.percent': '{value} %',
  'tests.degrees': '{value}°',
  'tests.score': '{value} von {max}',
  'tests.painScore': '{value}/10',

  // Exercises
  'section.exercises': 'Kraft- und Beweglichkeitsübungen',
  'exercises.intro':
    'Machen Sie diese Übungen an Ihren Kraft- und Beweglichkeitstagen. Langsam und kontrolliert; die letzten zwei, drei Wiederholungen sollen schwerfallen, aber innerhalb Ihrer Schmerzgrenze bleiben.',
  'exercises.none': 'Ihre Praxis ergänzt die Übungen beim nächsten Termin.',
  'col.exercise': 'Übung',
  'col.sets': 'Sätze',
  'col.dose': 'Wdh. / Zeit',
  'col.cue': 'So geht’s',
  'exercises.reps': '{n} Wdh.',
  'exercises.seconds': '{n} Sek.',

  // Tips
  'section.tips': 'Tipps für die nächsten Wochen',
  'tip.pacing.title': 'Nach Gefühl laufen',
  'tip.pacing.text':
    'Lockeres Laufen liegt bei etwa 3 von 10: Sie können sich in ganzen Sätzen unterhalten. Reicht es nur noch für einzelne Wörter, werden Sie langsamer oder gehen Sie. Das Tempo kommt von allein zurück.',
  'tip.strength.title': 'Krafttraining',
  'tip.strength.text':
    'Die Krafteinheiten schützen Sie ebenso, wie die Läufe Sie voranbringen. Bleiben Sie auch in vollen Wochen dran; an Lauftagen nach dem Lauf.',
  'tip.cross.title': 'Ausgleichstraining',
  'tip.cross.text':
    'An laufreien Tagen halten {modalities} Ihre Ausdauer, ohne die Verletzung zu belasten. Locker bis mittel, und aufhören, wenn Ihre typischen Beschwerden auftreten.',
  'tip.cross.textNone':
    'An laufreien Tagen hält gelenkschonendes Training wie Radfahren, Schwimmen oder Crosstrainer Ihre Ausdauer. Fragen Sie in der Praxis, was zu Ihrer Verletzung passt.',
  'tip.nutrition.title': 'Essen und Trinken',
  'tip.nutrition.text':
    'Heilendes Gewebe braucht Energie: regelmäßige Mahlzeiten mit Eiweiß, viel Gemüse und an Trainingstagen genug Kohlenhydrate. Keine Diät während des Aufbaus. Trinken Sie nach Durst.',
  'tip.form.title': 'Lauftechnik',
  'tip.form.text':
    'Aufrecht und locker laufen, mit kurzen, schnellen Schritten; die Füße landen unter dem Körper. Etwas schnellere Schritte entlasten Knie und Schienbeine.',
  'tip.recovery.title': 'Erholung',
  'tip.recovery.text':
    'Schlaf ist die beste Erholung: 7 bis 9 Stunden. Ruhetage gehören zum Plan und sind keine verpasste Chance. Nach einer schlechten Nacht oder einem stressigen Tag ist eine kürzere, lockere Einheit in Ordnung.',
  'tip.gear.title': 'Schuhe und Ausrüstung',
  'tip.gear.text':
    'Laufen Sie in bequemen Schuhen, die Sie schon kennen – jetzt ist nicht die Zeit für ein ganz anderes Modell. Laufschuhe sind meist nach {distance} verbraucht. Kleiden Sie sich so, dass Ihnen beim Start etwas kühl ist.',

  // Log sheet
  'section.log': 'Trainingstagebuch',
  'log.intro':
    'Nach jeder Einheit ausfüllen und zum Kontrolltermin mitbringen. Schmerz von 0 (keiner) bis 10 (stärkster). Erledigt: ✓ geschafft, – ausgelassen, ✗ abgebrochen.',
  'col.done': 'Erledigt',
  'col.painDuring': 'Schmerz während',
  'col.painAfter': 'danach',
  'col.painMorning': 'am Morgen',
  'col.note': 'Notiz',

  // Signature
  'section.signature': 'Gemeinsam besprochen',
  'signature.text':
    'Wir haben dieses Programm gemeinsam besprochen, auch die Ampel und wann Sie sich melden sollen.',
  'signature.clinician': 'Behandelt von: {name}',
  'signature.client': 'Patient/in: {name}',
  'signature.date': 'Datum',
};
