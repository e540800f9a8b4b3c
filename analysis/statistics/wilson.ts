import { criticalZ } from './normal';

export type Interval = { lower: number; upper: number };

/**
 * Wilson score interval for `successes` out of `n` (Wilson 1927; recommended over the Wald
 * interval by Brown, Cai & DasGupta 2001: it stays inside [0, 1] and keeps its coverage
 * near 0 and 1, where survey themes often are). No interval without observations: null.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval | null {
  if (!(n > 0) || successes < 0 || successes > n) return null;
  const z = criticalZ(confidence);
  const z2 = z * z;
  const p = successes / n;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // The bounds are exact at the edges; clamping only removes rounding like -1e-17.
  return {
    lower: successes === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: successes === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}
