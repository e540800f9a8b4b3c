import { describe, expect, it } from 'vitest';
import { adjustPValues, benjaminiHochbergAdjust, holmAdjust } from '../../../analysis/statistics';

describe('holmAdjust', () => {
  it('adjusts four p-values as worked out by hand (R: p.adjust(p, "holm"))', () => {
    // sorted 0.005, 0.01, 0.03, 0.04 → ×4, ×3, ×2, ×1 = 0.02, 0.03, 0.06, 0.04 → running max
    // 0.02, 0.03, 0.06, 0.06, back in input order.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((value, i) => expect(adjusted[i]).toBeCloseTo(value, 12));
  });

  it('caps at 1 and ignores NaN when counting the family', () => {
    const adjusted = holmAdjust([0.5, Number.NaN, 0.6]);
    expect(adjusted[0]).toBe(1);
    expect(adjusted[1]).toBeNaN();
    expect(adjusted[2]).toBe(1);
    expect(holmAdjust([0.02, Number.NaN])[0]).toBeCloseTo(0.02, 12);
  });

  it('returns an empty list for no tests', () => {
    expect(holmAdjust([])).toEqual([]);
  });
});

describe('benjaminiHochbergAdjust', () => {
  it('adjusts four p-values as worked out by hand (R: p.adjust(p, "BH"))', () => {
    // sorted 0.005, 0.01, 0.03, 0.04 → ×4/1, ×4/2, ×4/3, ×4/4 = 0.02, 0.02, 0.04, 0.04 → running
    // min from the top leaves them; input order 0.02, 0.04, 0.04, 0.02.
    const adjusted = benjaminiHochbergAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((value, i) => expect(adjusted[i]).toBeCloseTo(value, 12));
  });

  it('is never stricter than Holm', () => {
    const p = [0.001, 0.012, 0.02, 0.03, 0.2, 0.04];
    const bh = adjustPValues(p, 'benjamini-hochberg');
    const holm = adjustPValues(p, 'holm');
    bh.forEach((value, i) => expect(value).toBeLessThanOrEqual(holm[i]!));
  });
});
