import { addDays } from '../../engine/dates';
import { CLEARANCE_LEVELS, type ClearanceLevel, type Programme } from '../../engine/types';
import type { ClientStatusChanges } from './client-status.table';

/** What the caseload keeps of a programme's test-based criteria (E42). */
export interface CriteriaStatus {
  /**
   * The next clearance step (the first checkpoint needing more than the current clearance) has
   * test-based criteria, and every one of them is met: the clearance is worth reviewing.
   */
  criteriaMet: boolean;
  /**
   * When a re-test falls due: the oldest failed result that holds the plan back, plus the re-test
   * interval (due on that day and after); null when no failed result holds anything back.
   */
  retestDueDate: string | null;
}

const rank = (level: ClearanceLevel): number => CLEARANCE_LEVELS.indexOf(level);

export function criteriaStatus(
  programme: Programme,
  clearance: ClearanceLevel,
  retestWeeks: number,
): CriteriaStatus {
  const next = programme.checkpoints
    .filter((checkpoint) => rank(checkpoint.requiresClearance) > rank(clearance))
    .reduce<Programme['checkpoints'][number] | undefined>(
      (first, checkpoint) =>
        first === undefined || rank(checkpoint.requiresClearance) < rank(first.requiresClearance)
          ? checkpoint
          : first,
      undefined,
    );
  const assessed = (next?.criteria ?? []).flatMap((criterion) =>
    criterion.assessment ? [criterion.assessment] : [],
  );
  const criteriaMet = assessed.length > 0 && assessed.every((assessment) => assessment.status === 'met');

  // A criterion can appear under several checkpoints; each failed result counts once anyway.
  const failedOn = programme.checkpoints
    .flatMap((checkpoint) => checkpoint.criteria)
    .flatMap(({ assessment }) =>
      assessment?.holdsBack === true && assessment.status === 'not_met' && assessment.testedOn !== null
        ? [assessment.testedOn]
        : [],
    )
    .sort();
  const oldest = failedOn[0];
  return {
    criteriaMet,
    retestDueDate: oldest === undefined ? null : addDays(oldest, retestWeeks * 7),
  };
}

/** The status as the client_status columns that keep it. */
export function toCriteriaChanges(status: CriteriaStatus): ClientStatusChanges {
  return { criteria_met: status.criteriaMet ? 1 : 0, retest_due_date: status.retestDueDate };
}
