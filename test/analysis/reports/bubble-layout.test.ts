import { describe, expect, it } from 'vitest';
import { layoutBubbles } from '../../../analysis/reports';

const bubbles = [
  { id: 'housing', value: 400 },
  { id: 'employment', value: 100 },
  { id: 'health', value: 25 },
  { id: 'language', value: 0 },
  ...Array.from({ length: 17 }, (_, i) => ({ id: `t${i}`, value: 10 + i * 7 })),
];

describe('layoutBubbles', () => {
  const layout = layoutBubbles(bubbles, { maxRadius: 100, gap: 2 });

  it('makes circle area proportional to the value (radius ∝ √value)', () => {
    const radius = new Map(layout.bubbles.map((bubble) => [bubble.id, bubble.r]));
    // 400 → 100; 100 → 100 × √(1/4) = 50; 25 → 100 × √(1/16) = 25.
    expect(radius.get('housing')).toBeCloseTo(100, 10);
    expect(radius.get('employment')).toBeCloseTo(50, 10);
    expect(radius.get('health')).toBeCloseTo(25, 10);
  });

  it('leaves out themes nobody mentioned', () => {
    expect(layout.bubbles.some((bubble) => bubble.id === 'language')).toBe(false);
    expect(layout.bubbles).toHaveLength(20);
  });

  it('packs without overlap and inside its bounding box', () => {
    for (const [i, a] of layout.bubbles.entries()) {
      expect(a.x - a.r).toBeGreaterThanOrEqual(-1e-9);
      expect(a.y - a.r).toBeGreaterThanOrEqual(-1e-9);
      expect(a.x + a.r).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(a.y + a.r).toBeLessThanOrEqual(layout.height + 1e-9);
      for (const b of layout.bubbles.slice(i + 1)) {
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + 2 - 1e-6);
      }
    }
  });

  it('gives the same layout every time', () => {
    expect(layoutBubbles(bubbles, { maxRadius: 100, gap: 2 })).toEqual(layout);
  });

  it('returns an empty chart when there is nothing to draw', () => {
    expect(layoutBubbles([])).toEqual({ width: 0, height: 0, bubbles: [] });
  });
});
