/**
 * ReStride's exercise library, written for this project in plain clinical English and German.
 * Doses are starting points for a home programme (§5.4: calf straight and bent knee, quadriceps,
 * hamstrings, glutes and hip abductors, trunk; pelvic floor after birth [S15, S36, S47, S67]).
 */
import type { Locale } from '../types';

type Text = Readonly<Record<Locale, string>>;

export interface ExerciseDef {
  name: Text;
  cue: Text;
  sets: number;
  reps?: number;
  seconds?: number;
}

export const EXERCISES = {
  calf_raise_hold: {
    name: { en: 'Calf raise hold', de: 'Wadenheben halten' },
    cue: {
      en: 'Rise halfway onto both forefeet and hold. Tendon pain up to 3/10 is acceptable.',
      de: 'Auf beiden Vorfüßen halb hochgehen und halten. Sehnenschmerz bis 3/10 ist in Ordnung.',
    },
    sets: 5,
    seconds: 45,
  },
  calf_raise_double: {
    name: { en: 'Double-leg calf raise', de: 'Beidbeiniges Wadenheben' },
    cue: {
      en: 'Up in one second, down over three seconds. Hold a wall for balance only.',
      de: 'In einer Sekunde hoch, in drei Sekunden ab. Die Wand nur zum Gleichgewicht nutzen.',
    },
    sets: 3,
    reps: 15,
  },
  calf_raise_straight: {
    name: { en: 'Single-leg calf raise, straight knee', de: 'Einbeiniges Wadenheben, Knie gestreckt' },
    cue: {
      en: 'Full height, then lower slowly over three seconds. Work towards 25 in a row.',
      de: 'Ganz hoch, dann in drei Sekunden langsam ablassen. Ziel: 25 am Stück.',
    },
    sets: 3,
    reps: 12,
  },
  calf_raise_bent: {
    name: { en: 'Single-leg calf raise, bent knee', de: 'Einbeiniges Wadenheben, Knie gebeugt' },
    cue: {
      en: 'Keep the knee bent about 30 degrees throughout: this loads the deep calf (soleus).',
      de: 'Knie die ganze Zeit etwa 30 Grad gebeugt: So wird die tiefe Wade (Soleus) belastet.',
    },
    sets: 3,
    reps: 12,
  },
  calf_raise_loaded: {
    name: { en: 'Weighted calf raise', de: 'Wadenheben mit Zusatzgewicht' },
    cue: {
      en: 'Backpack or dumbbell; heavy and slow, three seconds up and three down. Straight and bent knee.',
      de: 'Rucksack oder Kurzhantel; schwer und langsam, drei Sekunden hoch, drei ab. Knie gestreckt und gebeugt.',
    },
    sets: 3,
    reps: 8,
  },
  heel_raise_towel: {
    name: {
      en: 'Single-leg heel raise, toes on a rolled towel',
      de: 'Einbeiniges Fersenheben, Zehen auf gerolltem Handtuch',
    },
    cue: {
      en: 'Toes bent up over the towel; three seconds up, two at the top, three down.',
      de: 'Zehen über dem Handtuch nach oben gebeugt; drei Sekunden hoch, zwei halten, drei ab.',
    },
    sets: 3,
    reps: 12,
  },
  short_foot: {
    name: { en: 'Short foot (arch lift)', de: 'Kurzer Fuß (Fußgewölbe anheben)' },
    cue: {
      en: 'Lift the arch by drawing the ball of the foot towards the heel without curling the toes; hold 5 seconds.',
      de: 'Fußgewölbe anheben, indem der Ballen zur Ferse gezogen wird, ohne die Zehen zu krallen; 5 Sekunden halten.',
    },
    sets: 3,
    reps: 10,
  },
  pogo_hops: {
    name: { en: 'Pogo hops', de: 'Pogo-Sprünge' },
    cue: {
      en: 'Small, quick, springy hops on both feet. Stop if the injured area hurts.',
      de: 'Kleine, schnelle, federnde Sprünge beidbeinig. Aufhören, wenn die verletzte Stelle schmerzt.',
    },
    sets: 3,
    reps: 20,
  },
  tibialis_raise: {
    name: { en: 'Tibialis raise', de: 'Fußheber-Training an der Wand' },
    cue: {
      en: 'Back against a wall, heels a foot length forward; lift the toes and lower them slowly.',
      de: 'Rücken an der Wand, Fersen eine Fußlänge davor; Zehen anheben und langsam absenken.',
    },
    sets: 3,
    reps: 15,
  },
  bridge: {
    name: { en: 'Glute bridge', de: 'Beckenheben' },
    cue: {
      en: 'Push through the heels and squeeze the buttocks; ribs stay down.',
      de: 'Über die Fersen drücken und das Gesäß anspannen; die Rippen bleiben unten.',
    },
    sets: 3,
    reps: 12,
  },
  single_leg_bridge: {
    name: { en: 'Single-leg bridge', de: 'Einbeiniges Beckenheben' },
    cue: {
      en: 'Pelvis stays level as you lift; each side.',
      de: 'Das Becken bleibt beim Anheben waagerecht; jede Seite.',
    },
    sets: 3,
    reps: 10,
  },
  long_lever_bridge: {
    name: { en: 'Long-lever bridge', de: 'Beckenheben mit langem Hebel' },
    cue: {
      en: 'Heels further from the hips to work the back of the thigh; lift slowly, no cramping.',
      de: 'Fersen weiter vom Gesäß entfernt, um die Oberschenkelrückseite zu fordern; langsam anheben, ohne Krampf.',
    },
    sets: 3,
    reps: 10,
  },
  side_lying_abduction: {
    name: { en: 'Side-lying hip abduction', de: 'Hüftabspreizen in Seitenlage' },
    cue: {
      en: 'Lead with the heel, toes forward, leg slightly behind the body.',
      de: 'Die Ferse führt, Zehen nach vorn, das Bein leicht hinter dem Körper.',
    },
    sets: 3,
    reps: 15,
  },
  clamshell: {
    name: { en: 'Clamshell with band', de: 'Muschel mit Band' },
    cue: {
      en: 'Lying on your side, knees bent, open the top knee without rolling the pelvis back.',
      de: 'In Seitenlage mit gebeugten Knien das obere Knie öffnen, ohne das Becken nach hinten zu drehen.',
    },
    sets: 3,
    reps: 15,
  },
  hip_hitch: {
    name: { en: 'Hip hitch on a step', de: 'Beckenheben im Stand auf der Stufe' },
    cue: {
      en: 'Stand on one leg on a step, let the other side of the pelvis drop, then lift it back level.',
      de: 'Einbeinig auf einer Stufe stehen, die andere Beckenseite absinken lassen und wieder waagerecht anheben.',
    },
    sets: 3,
    reps: 12,
  },
  side_plank: {
    name: { en: 'Side plank', de: 'Seitstütz' },
    cue: {
      en: 'Straight line from head to knees (easier) or feet; hips high.',
      de: 'Gerade Linie vom Kopf bis zu den Knien (leichter) oder Füßen; Hüfte oben.',
    },
    sets: 3,
    seconds: 30,
  },
  front_plank: {
    name: { en: 'Front plank', de: 'Unterarmstütz' },
    cue: {
      en: 'Forearms under the shoulders, body in one line, breathe normally.',
      de: 'Unterarme unter den Schultern, Körper in einer Linie, normal weiteratmen.',
    },
    sets: 3,
    seconds: 30,
  },
  dead_bug: {
    name: { en: 'Dead bug', de: 'Käfer (Dead Bug)' },
    cue: {
      en: 'Lower back resting on the floor; slowly lower the opposite arm and leg.',
      de: 'Lendenwirbelsäule liegt am Boden; gegengleich Arm und Bein langsam absenken.',
    },
    sets: 3,
    reps: 10,
  },
  wall_sit: {
    name: { en: 'Wall sit', de: 'Wandsitz' },
    cue: {
      en: 'Knees over the feet at a comfortable depth; knee pain no more than 2/10.',
      de: 'Knie über den Füßen in angenehmer Tiefe; Knieschmerz höchstens 2/10.',
    },
    sets: 4,
    seconds: 30,
  },
  sit_to_stand: {
    name: { en: 'Sit to stand', de: 'Aufstehen vom Stuhl' },
    cue: {
      en: 'Stand up from a chair without using the hands; sit down slowly.',
      de: 'Ohne Hände vom Stuhl aufstehen; langsam hinsetzen.',
    },
    sets: 3,
    reps: 12,
  },
  single_leg_sit_to_stand: {
    name: { en: 'Single-leg sit to stand', de: 'Einbeiniges Aufstehen vom Stuhl' },
    cue: {
      en: 'Stand up on one leg with the knee in line with the toes; each side.',
      de: 'Auf einem Bein aufstehen, das Knie in Linie mit den Zehen; jede Seite.',
    },
    sets: 3,
    reps: 10,
  },
  step_up: {
    name: { en: 'Step-up', de: 'Aufsteigen auf eine Stufe' },
    cue: {
      en: 'Whole foot on the step, knee over the second toe; do not push off the back foot.',
      de: 'Ganzer Fuß auf der Stufe, Knie über der zweiten Zehe; nicht mit dem hinteren Fuß abdrücken.',
    },
    sets: 3,
    reps: 10,
  },
  step_down: {
    name: { en: 'Forward step-down', de: 'Absteigen nach vorn' },
    cue: {
      en: 'Lower the free heel slowly to the floor; the standing knee tracks over the foot.',
      de: 'Die freie Ferse langsam zum Boden absenken; das Standknie bleibt über dem Fuß.',
    },
    sets: 3,
    reps: 10,
  },
  split_squat: {
    name: { en: 'Split squat', de: 'Ausfallschritt am Ort' },
    cue: {
      en: 'Upright trunk; lower straight down with the front knee over the foot.',
      de: 'Aufrechter Oberkörper; gerade nach unten, vorderes Knie über dem Fuß.',
    },
    sets: 3,
    reps: 10,
  },
  single_leg_squat_box: {
    name: { en: 'Single-leg squat to a box', de: 'Einbeinige Kniebeuge auf eine Kiste' },
    cue: {
      en: 'Sit back slowly onto a box or chair on one leg; knee stays in line with the toes.',
      de: 'Einbeinig langsam auf Kiste oder Stuhl absetzen; das Knie bleibt in Linie mit den Zehen.',
    },
    sets: 3,
    reps: 8,
  },
  quad_set: {
    name: { en: 'Quadriceps set', de: 'Quadrizeps anspannen' },
    cue: {
      en: 'Knee straight, tighten the thigh to press the back of the knee down; hold 5 seconds.',
      de: 'Knie gestreckt, Oberschenkel anspannen und die Kniekehle nach unten drücken; 5 Sekunden halten.',
    },
    sets: 3,
    reps: 10,
  },
  straight_leg_raise: {
    name: { en: 'Straight-leg raise', de: 'Gestrecktes Beinheben' },
    cue: {
      en: 'Tighten the thigh first, then lift the straight leg to the height of the other knee.',
      de: 'Erst den Oberschenkel anspannen, dann das gestreckte Bein bis auf Höhe des anderen Knies heben.',
    },
    sets: 3,
    reps: 12,
  },
  hamstring_isometric: {
    name: { en: 'Hamstring heel press', de: 'Fersendruck für die Oberschenkelrückseite' },
    cue: {
      en: 'Lying with the knee bent, press the heel into the floor at about half effort; no pain.',
      de: 'In Rückenlage mit gebeugtem Knie die Ferse mit halber Kraft in den Boden drücken; schmerzfrei.',
    },
    sets: 5,
    seconds: 30,
  },
  single_leg_rdl: {
    name: { en: 'Single-leg Romanian deadlift', de: 'Einbeiniges rumänisches Kreuzheben' },
    cue: {
      en: 'Hinge at the hip with a flat back; a stretch at the back of the thigh, never pain.',
      de: 'Aus der Hüfte nach vorn neigen, Rücken gerade; Dehnung hinten am Oberschenkel, nie Schmerz.',
    },
    sets: 3,
    reps: 10,
  },
  nordic_assisted: {
    name: { en: 'Assisted Nordic hamstring lowering', de: 'Unterstütztes Nordic-Hamstring-Absenken' },
    cue: {
      en: 'Kneel with the ankles held; lower slowly as far as you control, push back up with the hands.',
      de: 'Kniend, Fersen fixiert; langsam so weit absenken, wie kontrollierbar, mit den Händen zurückdrücken.',
    },
    sets: 3,
    reps: 5,
  },
  single_leg_balance: {
    name: { en: 'Single-leg balance', de: 'Einbeinstand' },
    cue: {
      en: 'Stand on the injured side; make it harder with eyes closed or on a cushion.',
      de: 'Auf der verletzten Seite stehen; schwerer mit geschlossenen Augen oder auf einem Kissen.',
    },
    sets: 3,
    seconds: 30,
  },
  band_eversion: {
    name: { en: 'Resisted ankle eversion', de: 'Fuß nach außen gegen das Band' },
    cue: {
      en: 'Band around the forefoot; turn the sole outwards slowly against the band.',
      de: 'Band um den Vorfuß; die Fußsohle langsam gegen das Band nach außen drehen.',
    },
    sets: 3,
    reps: 15,
  },
  star_reach: {
    name: { en: 'Star reach on one leg', de: 'Sternförmiges Tippen auf einem Bein' },
    cue: {
      en: 'On one leg, reach the other foot forward, to the side and back, and tap lightly.',
      de: 'Auf einem Bein mit dem anderen Fuß nach vorn, zur Seite und nach hinten leicht antippen.',
    },
    sets: 3,
    reps: 6,
  },
  lateral_hops: {
    name: { en: 'Side-to-side hops', de: 'Seitliche Sprünge' },
    cue: {
      en: 'Small hops over a line on both feet, landing softly; progress to one foot.',
      de: 'Kleine Sprünge beidbeinig über eine Linie, weich landen; später auf einem Bein.',
    },
    sets: 3,
    reps: 20,
  },
  pf_quick: {
    name: { en: 'Pelvic floor quick squeezes', de: 'Schnelle Beckenbodenanspannung' },
    cue: {
      en: 'Squeeze and lift quickly, then let go completely; keep breathing.',
      de: 'Schnell anspannen und anheben, dann ganz loslassen; weiteratmen.',
    },
    sets: 3,
    reps: 10,
  },
  pf_hold: {
    name: { en: 'Pelvic floor holds', de: 'Beckenboden halten' },
    cue: {
      en: 'Squeeze and lift, hold 6–8 seconds, relax for as long again.',
      de: 'Anspannen und anheben, 6–8 Sekunden halten, ebenso lange entspannen.',
    },
    sets: 3,
    reps: 8,
  },
  pf_long_hold: {
    name: { en: 'Pelvic floor gentle long hold', de: 'Sanftes langes Halten des Beckenbodens' },
    cue: {
      en: 'About a third of full effort, held while breathing normally.',
      de: 'Etwa ein Drittel der vollen Kraft, bei normaler Atmung halten.',
    },
    sets: 2,
    seconds: 60,
  },
  knee_to_wall: {
    name: { en: 'Knee-to-wall ankle mobility', de: 'Knie-zur-Wand-Sprunggelenksmobilisation' },
    cue: {
      en: 'Foot flat, glide the knee towards the wall; the heel stays down.',
      de: 'Fuß flach, das Knie Richtung Wand schieben; die Ferse bleibt am Boden.',
    },
    sets: 2,
    reps: 10,
  },
  calf_stretch: {
    name: { en: 'Calf stretch against a wall', de: 'Wadendehnung an der Wand' },
    cue: {
      en: 'Back leg straight, then bent; a gentle stretch, no pain.',
      de: 'Hinteres Bein gestreckt, dann gebeugt; sanfte Dehnung, kein Schmerz.',
    },
    sets: 2,
    seconds: 30,
  },
  foot_roll: {
    name: { en: 'Foot rolling on a ball', de: 'Fußsohle über einen Ball rollen' },
    cue: {
      en: 'Roll the sole slowly over a ball with light pressure.',
      de: 'Die Fußsohle mit leichtem Druck langsam über einen Ball rollen.',
    },
    sets: 2,
    seconds: 60,
  },
  hip_flexor_stretch: {
    name: { en: 'Kneeling hip flexor stretch', de: 'Hüftbeugerdehnung im Kniestand' },
    cue: {
      en: 'Tuck the pelvis under and shift forward until the front of the hip stretches.',
      de: 'Becken aufrichten und nach vorn schieben, bis die Vorderseite der Hüfte dehnt.',
    },
    sets: 2,
    seconds: 30,
  },
  glute_stretch: {
    name: { en: 'Figure-four glute stretch', de: 'Gesäßdehnung in Viererposition' },
    cue: {
      en: 'Lying, ankle on the opposite knee; draw the legs gently towards you.',
      de: 'In Rückenlage den Knöchel aufs andere Knie legen; die Beine sanft heranziehen.',
    },
    sets: 2,
    seconds: 30,
  },
  quad_stretch: {
    name: { en: 'Standing quadriceps stretch', de: 'Oberschenkeldehnung im Stand' },
    cue: {
      en: 'Hold the ankle behind you, knees together, pelvis tucked; only as far as is comfortable.',
      de: 'Den Knöchel hinten halten, Knie zusammen, Becken aufgerichtet; nur so weit wie angenehm.',
    },
    sets: 2,
    seconds: 30,
  },
  thoracic_rotation: {
    name: { en: 'Open book rotation', de: 'Offenes Buch (Rotation der Brustwirbelsäule)' },
    cue: {
      en: 'Side-lying, knees bent; open the top arm across and follow it with your eyes.',
      de: 'In Seitenlage mit gebeugten Knien den oberen Arm aufdrehen und mit den Augen folgen.',
    },
    sets: 2,
    reps: 8,
  },
  leg_swings: {
    name: { en: 'Gentle leg swings', de: 'Sanftes Beinpendeln' },
    cue: {
      en: 'Hold a wall and swing the leg forward and back within a comfortable range.',
      de: 'An der Wand festhalten und das Bein im angenehmen Bereich vor und zurück pendeln.',
    },
    sets: 2,
    reps: 10,
  },
  ankle_circles: {
    name: { en: 'Ankle circles', de: 'Fußkreisen' },
    cue: {
      en: 'Slow, large circles in both directions.',
      de: 'Langsame, große Kreise in beide Richtungen.',
    },
    sets: 2,
    reps: 10,
  },
  heel_slides: {
    name: { en: 'Heel slides', de: 'Fersengleiten' },
    cue: {
      en: 'Lying, slide the heel towards the buttock to bend the knee as far as is comfortable.',
      de: 'In Rückenlage die Ferse Richtung Gesäß schieben und das Knie so weit wie angenehm beugen.',
    },
    sets: 2,
    reps: 15,
  },
  rib_breathing: {
    name: { en: 'Rib-cage breathing', de: 'Atmung in den Brustkorb' },
    cue: {
      en: 'Breathe into the sides and back of the ribs; let the pelvic floor relax as you breathe in.',
      de: 'In die Seiten und den Rücken des Brustkorbs atmen; beim Einatmen den Beckenboden loslassen.',
    },
    sets: 2,
    seconds: 60,
  },
  cat_cow: {
    name: { en: 'Cat-cow', de: 'Katze-Kuh' },
    cue: {
      en: 'On hands and knees, round and then gently arch the back with the breath.',
      de: 'Im Vierfüßlerstand den Rücken mit dem Atem runden und sanft durchhängen lassen.',
    },
    sets: 2,
    reps: 8,
  },
} as const satisfies Readonly<Record<string, ExerciseDef>>;

export type ExerciseId = keyof typeof EXERCISES;
