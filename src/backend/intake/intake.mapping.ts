import type { Intake } from '../../contract/intake';
import type { ParsedInput } from '../../contract/channels';
import { EXPERIENCE_LEVELS, GOAL_KINDS, REDS_SIGNS, type Modality, type Weekday } from '../../engine/types';
import { asOneOf, toFlag } from '../mapping';
import type { IntakeRow, NewIntakeRow } from './intake.table';

/** Row → DTO at the edge. */
export function toIntake(row: IntakeRow): Intake {
  return {
    clientId: row.client_id,
    experience: asOneOf(EXPERIENCE_LEVELS, row.experience, 'returning'),
    painFreeWalkMinutes: row.pain_free_walk_minutes,
    longestRecentRunMinutes: row.longest_recent_run_minutes,
    preInjuryWeeklyRunMinutes: row.pre_injury_weekly_run_minutes,
    days: JSON.parse(row.available_days) as Weekday[],
    maxSessionMinutes: row.max_session_minutes,
    crossTraining: JSON.parse(row.cross_training) as Modality[],
    preferredTime: row.preferred_time,
    goalKind: asOneOf(GOAL_KINDS, row.goal_kind, 'run_30min'),
    goalDate: row.goal_date,
    startDate: row.start_date,
    redsSigns: redsSignsOf(row.reds_signs),
    breastfeeding: row.breastfeeding === 1,
    updatedAt: row.updated_at,
  };
}

/** The stored JSON list of RED-S signs, keeping only known codes. */
function redsSignsOf(json: string): Intake['redsSigns'] {
  const stored: unknown = JSON.parse(json);
  return REDS_SIGNS.filter((sign) => Array.isArray(stored) && stored.includes(sign));
}

export function toIntakeRow(input: ParsedInput<'intake.save'>, now: string): NewIntakeRow {
  return {
    client_id: input.clientId,
    experience: input.experience,
    pain_free_walk_minutes: input.painFreeWalkMinutes,
    longest_recent_run_minutes: input.longestRecentRunMinutes,
    pre_injury_weekly_run_minutes: input.preInjuryWeeklyRunMinutes,
    available_days: JSON.stringify(input.days),
    max_session_minutes: input.maxSessionMinutes,
    cross_training: JSON.stringify(input.crossTraining),
    preferred_time: input.preferredTime,
    goal_kind: input.goalKind,
    goal_date: input.goalDate,
    start_date: input.startDate,
    reds_signs: JSON.stringify(input.redsSigns),
    breastfeeding: toFlag(input.breastfeeding),
    created_at: now,
    updated_at: now,
  };
}
