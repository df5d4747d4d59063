/**
 * Cross-training modalities (E7): only the client's own, never one the injury forbids by default
 * (ITB syndrome: no cycling [S34]) or a restriction in force forbids.
 */
import type { Modality } from '../types';
import { MODALITIES } from '../types';

/** The client's modalities that are allowed, in the vocabulary's order (stable rotation). */
export function allowedModalities(
  clientModalities: readonly Modality[],
  forbiddenByInjury: readonly Modality[],
  forbiddenByRestriction: readonly Modality[],
): Modality[] {
  return MODALITIES.filter(
    (m) =>
      clientModalities.includes(m) && !forbiddenByInjury.includes(m) && !forbiddenByRestriction.includes(m),
  );
}

/** The client's modalities that are excluded, for the explanation. */
export function excludedModalities(
  clientModalities: readonly Modality[],
  allowed: readonly Modality[],
): Modality[] {
  return MODALITIES.filter((m) => clientModalities.includes(m) && !allowed.includes(m));
}
