import { describe, expect, it } from 'vitest';
import { shareAxis, wrapLabel, type ChartRow } from '../../client/src/workspace/analysis/theme-chart';

const row = (upper: number): ChartRow => ({ label: 'x', suppressed: false, share: upper / 2, lower: 0, upper });

describe('the theme chart', () => {
  it.each<[string, number, string[]]>([
    ['Housing', 20, ['Housing']],
    ['Income, cost of living & basic needs (incl. childcare)', 24, ['Income, cost of living &', 'basic needs (incl.', 'childcare)']],
    ['Capacité des institutions, services municipaux et concertation', 30, ['Capacité des institutions,', 'services municipaux et', 'concertation']],
    // A word longer than the line stays whole rather than being cut.
    ['Entrepreneurship', 8, ['Entrepreneurship']],
  ])('wraps "%s" at %i characters', (label, chars, lines) => {
    expect(wrapLabel(label, chars)).toEqual(lines);
  });

  it.each<[number[], number, number, number[]]>([
    // Widest interval 46%, room for 5 ticks: steps of 10% up to 50%.
    [[0.46, 0.3], 350, 0.5, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    // Room for 8 ticks: steps of 5%.
    [[0.33], 560, 0.35, [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35]],
    // An interval reaching 100% ends the axis at 100%.
    [[1], 350, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    // Exactly on a step: no empty step added.
    [[0.4], 350, 0.4, [0, 0.1, 0.2, 0.3, 0.4]],
  ])('puts the axis for intervals up to %o, %i px wide, at 0..%d', (uppers, width, max, ticks) => {
    expect(shareAxis(uppers.map(row), width)).toEqual({ max, ticks });
  });

  it('leaves suppressed rows out of the axis', () => {
    expect(shareAxis([row(0.12), { label: 'y', suppressed: true }], 350).max).toBeCloseTo(0.15);
  });
});
