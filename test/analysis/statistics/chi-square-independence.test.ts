import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from '../../../analysis/statistics';

describe('chiSquareIndependence', () => {
  // Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed., Tables 2.5 and 2.6:
  // party identification by gender. X² = 30.1, df = 2, P < 0.001; adjusted residuals
  // females 4.50, 0.70, −5.32 and males the opposite.
  const party = [
    [762, 327, 468],
    [484, 239, 477],
  ];

  it('reproduces the statistic, df and p-value of the published example', () => {
    const result = chiSquareIndependence(party);
    if (!result.testable) throw new Error('expected a testable table');
    expect(result.statistic).toBeCloseTo(30.07, 2);
    expect(result.df).toBe(2);
    // exp(−30.0701/2) = 2.9536e-7, the closed form for 2 df.
    expect(result.pValue / 2.9536e-7).toBeCloseTo(1, 3);
  });

  it('reproduces the published adjusted residuals', () => {
    const result = chiSquareIndependence(party);
    if (!result.testable) throw new Error('expected a testable table');
    const rounded = result.adjustedResiduals.map((row) => row.map((r) => Math.round(r * 100) / 100));
    expect(rounded).toEqual([
      [4.5, 0.7, -5.32],
      [-4.5, -0.7, 5.32],
    ]);
  });

  it('works out a 2 × 2 table by hand', () => {
    // [[30, 70], [50, 50]]: N = 200, column totals 80/120, row totals 100/100.
    // Expected 40/60 in each row; X² = 2 × (100/40 + 100/60) = 8.3333, df = 1.
    // Adjusted residual = −10 / √(40 × 0.5 × 0.6) = −2.8868 (= the two-proportion z).
    const result = chiSquareIndependence([
      [30, 70],
      [50, 50],
    ]);
    if (!result.testable) throw new Error('expected a testable table');
    expect(result.statistic).toBeCloseTo(8.3333, 4);
    expect(result.df).toBe(1);
    expect(result.pValue).toBeCloseTo(0.003892, 6);
    expect(result.adjustedResiduals[0]?.[0]).toBeCloseTo(-2.8868, 4);
    expect(result.lowExpected.flagged).toBe(false);
  });

  it('flags a table where more than 20% of expected counts are below 5', () => {
    // Expected counts: row 1 (N=20): 2 and 18; row 2: 2 and 18 → 2 of 4 cells below 5.
    const result = chiSquareIndependence([
      [1, 19],
      [3, 17],
    ]);
    if (!result.testable) throw new Error('expected a testable table');
    expect(result.lowExpected).toEqual({ cellsBelow5: 2, cells: 4, share: 0.5, flagged: true });
  });

  it('leaves empty rows out of the degrees of freedom', () => {
    const result = chiSquareIndependence([
      [30, 70],
      [0, 0],
      [50, 50],
    ]);
    if (!result.testable) throw new Error('expected a testable table');
    expect(result.df).toBe(1);
    expect(result.statistic).toBeCloseTo(8.3333, 4);
    expect(result.adjustedResiduals[1]?.[0]).toBeNaN();
  });

  it.each([
    [[], 'empty_table'],
    [[[0, 0], [0, 0]], 'empty_table'],
    [[[4, 6]], 'fewer_than_two_nonempty_rows'],
    [[[4, 0], [6, 0]], 'fewer_than_two_nonempty_columns'],
  ])('says why %j cannot be tested', (table, reason) => {
    expect(chiSquareIndependence(table)).toEqual({ testable: false, reason });
  });
});
