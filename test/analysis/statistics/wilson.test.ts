import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../analysis/statistics';

describe('wilsonInterval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
  // Medicine 17:857–872, Table II, method 3 (Wilson score, no continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives %s of %s the interval [%s, %s]', (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n);
    expect(interval?.lower).toBeCloseTo(lower, 4);
    expect(interval?.upper).toBeCloseTo(upper, 4);
  });

  it('gives 42 of 100 the interval worked out by hand', () => {
    // z = 1.959964, z² = 3.841459; centre = 0.42 + 3.841459/200 = 0.439207;
    // spread = 1.959964 × √(0.42 × 0.58/100 + 3.841459/40000) = 1.959964 × 0.0503193 = 0.098624;
    // (0.439207 ∓ 0.098624) / 1.0384146 = 0.32798 .. 0.51794
    const interval = wilsonInterval(42, 100);
    expect(interval?.lower).toBeCloseTo(0.32798, 4);
    expect(interval?.upper).toBeCloseTo(0.51794, 4);
  });

  it('reaches exactly 1 when everyone mentioned the theme', () => {
    expect(wilsonInterval(20, 20)?.upper).toBe(1);
    expect(wilsonInterval(20, 20)?.lower).toBeCloseTo(1 - 0.1611, 4);
  });

  it('widens at 99% confidence', () => {
    const at95 = wilsonInterval(30, 90)!;
    const at99 = wilsonInterval(30, 90, 0.99)!;
    expect(at99.lower).toBeLessThan(at95.lower);
    expect(at99.upper).toBeGreaterThan(at95.upper);
  });

  it('returns null without respondents or with impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(5, 3)).toBeNull();
  });
});
