import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../../../analysis/statistics';

describe('twoProportionZTest', () => {
  it('works out 42/100 against 28/100 by hand', () => {
    // pooled = 70/200 = 0.35; SE = √(0.35 × 0.65 × (1/100 + 1/100)) = √0.00455 = 0.0674537;
    // z = 0.14 / 0.0674537 = 2.07550; two-sided p = 2(1 − Φ(2.0755)) = 0.03794.
    const result = twoProportionZTest(42, 100, 28, 100);
    expect(result?.difference).toBeCloseTo(0.14, 12);
    expect(result?.z).toBeCloseTo(2.0755, 4);
    expect(result?.pValue).toBeCloseTo(0.03794, 5);
  });

  it('agrees with the chi-square test of the same 2 × 2 table (z² = X²)', () => {
    // [[30, 70], [50, 50]]: X² = 8.3333 worked out in the chi-square tests.
    const result = twoProportionZTest(30, 100, 50, 100);
    expect(result!.z ** 2).toBeCloseTo(8.3333, 4);
    expect(result!.z).toBeLessThan(0);
  });

  it('returns null when a group is empty or nobody (or everybody) mentioned the theme', () => {
    expect(twoProportionZTest(0, 0, 3, 10)).toBeNull();
    expect(twoProportionZTest(0, 10, 0, 12)).toBeNull();
    expect(twoProportionZTest(10, 10, 12, 12)).toBeNull();
  });
});
