import { describe, expect, it } from 'vitest';
import { chiSquareP, regularizedGammaP, regularizedGammaQ } from '../../../analysis/statistics';

describe('chiSquareP', () => {
  // Critical values from the chi-square table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.4):
  // the upper-tail area at each critical value is the column's alpha.
  it.each([
    [3.841, 1, 0.05],
    [6.635, 1, 0.01],
    [5.991, 2, 0.05],
    [9.21, 2, 0.01],
    [11.07, 5, 0.05],
    [18.307, 10, 0.05],
    [43.773, 30, 0.05],
    [124.342, 100, 0.05],
    [0.297, 4, 0.99],
  ])('gives p ≈ alpha at the tabled critical value %s with %s df', (statistic, df, alpha) => {
    expect(chiSquareP(statistic, df)).toBeCloseTo(alpha, 4);
  });

  it('matches the closed form exp(−x/2) with 2 degrees of freedom', () => {
    for (const x of [0.1, 1, 4, 13.8155, 40]) {
      expect(chiSquareP(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 10);
    }
  });

  it('returns 1 for a statistic of 0 and NaN without degrees of freedom', () => {
    expect(chiSquareP(0, 3)).toBe(1);
    expect(chiSquareP(2, 0)).toBeNaN();
  });
});

describe('regularized incomplete gamma', () => {
  it('has P + Q = 1 on both sides of the series / continued-fraction split', () => {
    for (const [a, x] of [[0.5, 0.2], [3, 2], [3, 5], [50, 60], [0.5, 30]] as const) {
      expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 12);
    }
  });

  it('gives Q(1, x) = exp(−x)', () => {
    expect(regularizedGammaQ(1, 2.5)).toBeCloseTo(Math.exp(-2.5), 12);
  });
});
