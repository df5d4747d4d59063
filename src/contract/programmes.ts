import { z } from 'zod';
import type { Programme } from '../engine/types';
import { idOf } from './fields';

/**
 * A stored programme. The programme itself is the engine's public JSON format (plan-engine.md),
 * produced by the backend, so it is typed here rather than re-validated.
 */
export const storedProgrammeSchema = z.object({
  programmeId: z.number().int(),
  clientId: z.number().int(),
  engineVersion: z.string(),
  /** When the clinician generated it. */
  createdAt: z.string(),
  /** When a session log last recomputed it (createdAt until then). */
  updatedAt: z.string(),
  programme: z.custom<Programme>(),
});

export type StoredProgramme = z.infer<typeof storedProgrammeSchema>;

export const programmesChannels = {
  /**
   * Builds the PlanRequest from the client's rows (active injury and its notes, latest clearance,
   * intake, settings, every session log, today), runs the engine and stores the result as a new
   * programme, which becomes the current one; earlier ones stay as history. `conflict` names what
   * is missing ("Add an injury first").
   */
  'programmes.generate': {
    input: z.object({ clientId: idOf('A client id') }),
    output: storedProgrammeSchema,
  },
  /**
   * The client's current programme (the most recently generated, as recomputed by the logs since),
   * or null before the first one.
   */
  'programmes.current': {
    input: z.object({ clientId: idOf('A client id') }),
    output: storedProgrammeSchema.nullable(),
  },
} as const;
