import { z } from 'zod';
import type { TestResult } from '../engine';
import { AssessmentSchema } from './assessment';
import { idOf } from './fields';

/**
 * A client's recorded tests and outcome scores (issue 10): dated, who tested, one result per test
 * (assessment.ts checks each against the test catalogue). An input of the plan like a clearance:
 * every write derives the programme again, so checkpoints and locks follow the latest results.
 * The date may not be after today.
 */
export const assessmentInputSchema = AssessmentSchema;

export const storedAssessmentSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  date: z.string(),
  by: z.string(),
  note: z.string(),
  /** The engine's TestResult objects, as checked against the test catalogue when they were written. */
  results: z.array(z.custom<TestResult>()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A stored assessment. */
export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;

export const assessmentsChannels = {
  /** The client's assessments, newest first (by date, then by when they were recorded). */
  'assessments.list': {
    input: z.object({ clientId: idOf('A client id') }),
    output: z.array(storedAssessmentSchema),
  },
  /** Records an assessment for a client. */
  'assessments.add': {
    input: z.object({ clientId: idOf('A client id'), assessment: assessmentInputSchema }),
    output: storedAssessmentSchema,
  },
  /** Corrects a recorded assessment (the audit trail keeps what it was). */
  'assessments.update': {
    input: z.object({ id: idOf('An assessment id'), assessment: assessmentInputSchema }),
    output: storedAssessmentSchema,
  },
  /** Deletes an assessment recorded in error (the audit trail keeps what it was). */
  'assessments.remove': {
    input: z.object({ id: idOf('An assessment id') }),
    output: z.object({ id: z.number().int() }),
  },
} as const;
