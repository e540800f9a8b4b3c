import { twoSidedNormalP } from './normal';

export type TwoProportionResult = {
  p1: number;
  p2: number;
  /** p1 − p2. */
  difference: number;
  z: number;
  pValue: number;
};

/**
 * Two-sided two-proportion z-test with the pooled standard error (the score test; z² equals
 * Pearson's χ² on the 2 × 2 table). Null when a group is empty or the pooled share is 0 or 1,
 * where there is no variation to test.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TwoProportionResult | null {
  if (!(n1 > 0) || !(n2 > 0)) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return null;
  const z = (p1 - p2) / Math.sqrt(variance);
  return { p1, p2, difference: p1 - p2, z, pValue: twoSidedNormalP(z) };
}
