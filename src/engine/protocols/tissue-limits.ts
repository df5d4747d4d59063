/**
 * Pain limits by tissue class (clinical-reference.md §3.1, §7 item 2). A session whose pain during
 * running is above `duringMax` is red; above `preferredMax` (but within the limit) it is amber.
 */
import type { TissueClass } from '../types';
import type { SourceId } from './sources';

export interface TissueLimits {
  duringMax: number;
  preferredMax: number;
  sources: readonly SourceId[];
}

export const TISSUE_LIMITS: Readonly<Record<TissueClass, TissueLimits>> = {
  // Aim for no pain at the bone; fleeting twinges are tolerated, so 2/10 is the ceiling.
  bone: { duringMax: 2, preferredMax: 0, sources: ['S25', 'S27', 'S58'] },
  // Pain-monitoring model: ≤3 safe, 4–5 acceptable, >5 too much.
  tendon: { duringMax: 5, preferredMax: 3, sources: ['S28'] },
  // Patellofemoral pain: ≤2/10 while running.
  joint: { duringMax: 2, preferredMax: 1, sources: ['S31'] },
  // Hamstring: mild pain may be acceptable with the 24-h response watched; calf: symptom-free.
  muscle: { duringMax: 3, preferredMax: 1, sources: ['S35', 'S36'] },
  // Post-operative knee: pain below 2/10, no new effusion.
  post_op: { duringMax: 1, preferredMax: 1, sources: ['S3', 'S5', 'S17'] },
  // Postnatal: no pelvic symptoms (those are red flags); musculoskeletal pain kept low.
  pelvic_floor: { duringMax: 2, preferredMax: 1, sources: ['S15'] },
  // General coach/clinic rule: above 3/10 during a run, walk the rest.
  general: { duringMax: 3, preferredMax: 2, sources: ['S12'] },
};
