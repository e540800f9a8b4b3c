import { describe, expect, it } from 'vitest';
import { alphaByTheme, krippendorffAlphaNominal } from '../../../analysis/agreement';

describe('krippendorffAlphaNominal', () => {
  it('reproduces Krippendorff (2011) section A: two coders, binary data, alpha = 0.095', () => {
    const result = krippendorffAlphaNominal([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(result.pairableValues).toBe(20);
    expect(result.alpha).toBeCloseTo(0.095, 3);
  });

  it('reproduces Krippendorff (2011) section C: four coders, missing values, alpha = 0.743', () => {
    const _ = null;
    const result = krippendorffAlphaNominal([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    // Unit 12 has a single value and is not pairable: 11 units, 40 pairable values.
    expect(result.units).toBe(11);
    expect(result.pairableValues).toBe(40);
    expect(result.alpha).toBeCloseTo(0.743, 3);
  });

  it('gives 1 for perfect agreement and null when there is no variation or nothing pairable', () => {
    expect(krippendorffAlphaNominal([['a', 'b'], ['a', 'b']]).alpha).toBe(1);
    expect(krippendorffAlphaNominal([['a', 'a'], ['a', 'a']]).alpha).toBeNull();
    expect(krippendorffAlphaNominal([['a', null], [null, 'b']]).alpha).toBeNull();
  });

  it('works out a small two-coder case by hand', () => {
    // Units (a,a), (a,b), (b,b): coincidences o_aa = 2, o_ab = o_ba = 1, o_bb = 2; n = 6,
    // n_a = n_b = 3. alpha = 1 − (n − 1) · 2 / (2 · 3 · 3) = 1 − 10/18 = 0.4444.
    expect(krippendorffAlphaNominal([['a', 'a', 'b'], ['a', 'b', 'b']]).alpha).toBeCloseTo(4 / 9, 12);
  });
});

describe('alphaByTheme', () => {
  it('keeps a coder\'s skipped answer missing rather than counting it as "absent"', () => {
    const results = alphaByTheme(
      [
        [['housing'], [], ['housing']],
        [['housing'], [], null],
      ],
      ['housing'],
    );
    expect(results[0]).toMatchObject({ theme: 'housing', units: 2, alpha: 1 });
  });
});
