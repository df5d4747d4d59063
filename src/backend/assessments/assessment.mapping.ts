import { z } from 'zod';
import { TestResultSchema } from '../../contract/assessment';
import type { StoredAssessment } from '../../contract/assessments';
import type { Assessment, TestResult } from '../../engine/types';
import type { AssessmentRow } from './assessment.table';

const ResultsSchema = z.array(TestResultSchema);

/**
 * The results column of an assessment: checked again against the test catalogue on the way in, so
 * no write path (a handler, an import, the demo) can store a result the engine would refuse.
 */
export function toResultsColumn(results: readonly TestResult[]): string {
  const parsed = ResultsSchema.safeParse(results);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`An assessment result does not fit the test catalogue: ${first?.message ?? 'invalid'}`);
  }
  return JSON.stringify(parsed.data);
}

function resultsOf(row: AssessmentRow): TestResult[] {
  return JSON.parse(row.results) as TestResult[];
}

/** A stored assessment as the contract shows it. */
export function toStoredAssessment(row: AssessmentRow): StoredAssessment {
  return {
    id: row.id,
    clientId: row.client_id,
    date: row.date,
    by: row.tested_by,
    note: row.note,
    results: resultsOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * A stored assessment as the engine reads it. The note stays out: free text the plan does not
 * read, so correcting it neither changes the request nor marks a handed-out plan as outdated.
 */
export function toEngineAssessment(row: AssessmentRow): Assessment {
  return { date: row.date, by: row.tested_by, results: resultsOf(row) };
}
