import { describe, expect, it } from 'vitest';
import { criticalZ, normalQuantile, twoSidedNormalP } from '../../../analysis/statistics';

describe('normalQuantile', () => {
  // Standard normal table values (e.g. Abramowitz & Stegun, Table 26.5), to 9 decimals.
  it.each([
    [0.5, 0],
    [0.975, 1.959963985],
    [0.995, 2.575829304],
    [0.9, 1.281551566],
    [0.025, -1.959963985],
    [1e-10, -6.361340902],
  ])('returns the quantile of %s as %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 8);
  });

  it('returns infinities at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
  });

  it('gives 1.96 for a 95% two-sided interval', () => {
    expect(criticalZ(0.95)).toBeCloseTo(1.959964, 6);
  });
});

describe('twoSidedNormalP', () => {
  // Two-sided tail areas from the standard normal table.
  it.each([
    [0, 1],
    [1.959963985, 0.05],
    [-2.575829304, 0.01],
    [3.290526731, 0.001],
  ])('gives p = %s for z = %s', (z, p) => {
    expect(twoSidedNormalP(z)).toBeCloseTo(p, 8);
  });

  it('stays positive far into the tail', () => {
    // 2(1 − Φ(10)) = 1.523971e-23 (Abramowitz & Stegun 26.2.12 asymptotics; R: 2*pnorm(-10)).
    expect(twoSidedNormalP(10) / 1.523971e-23).toBeCloseTo(1, 5);
  });
});
