import type { Side } from '../types';

/**
 * Limb symmetry index (LSI), in percent with one decimal: the injured side's result as a share of
 * the other side's. For a timed test (lower is better) the ratio is turned round, so 100% always
 * means "as good as the other side". When no single side is injured (both, or not applicable) it
 * is the weaker side against the stronger, at most 100%. Null when a side is missing or the
 * reference side is zero (no ratio exists).
 */
export function limbSymmetryIndex(
  left: number | null | undefined,
  right: number | null | undefined,
  injured: Side,
  lowerIsBetter: boolean,
): number | null {
  if (left === null || left === undefined || right === null || right === undefined) return null;
  let involved: number;
  let other: number;
  if (injured === 'left' || injured === 'right') {
    [involved, other] = injured === 'left' ? [left, right] : [right, left];
  } else {
    // Weaker against stronger: the smaller number, or for timed tests the larger one.
    const weaker = lowerIsBetter ? Math.max(left, right) : Math.min(left, right);
    [involved, other] = weaker === left ? [left, right] : [right, left];
  }
  const [numerator, denominator] = lowerIsBetter ? [other, involved] : [involved, other];
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

/** The injured side's value of a per-side result (the weaker side when both or neither are injured). */
export function injuredSideValue(
  left: number | null | undefined,
  right: number | null | undefined,
  injured: Side,
  lowerIsBetter: boolean,
): number | null {
  if (injured === 'left') return left ?? null;
  if (injured === 'right') return right ?? null;
  if (left === null || left === undefined || right === null || right === undefined) return null;
  return lowerIsBetter ? Math.max(left, right) : Math.min(left, right);
}
