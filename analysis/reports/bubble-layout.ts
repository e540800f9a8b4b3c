export type Bubble = { id: string; value: number };
export type PlacedBubble = Bubble & { x: number; y: number; r: number };

export type BubbleLayoutOptions = {
  /** Radius of the largest bubble, in the SVG's units. */
  maxRadius?: number;
  /** Space between touching bubbles. */
  gap?: number;
};

const ANGLE_STEPS = 48;

/**
 * Packs circles whose AREA is proportional to `value` (radius ∝ √value, as in the federal
 * LIP results report: a radius proportional to the value would exaggerate large themes
 * quadratically). Deterministic greedy packing: largest first, each next circle at the
 * spot touching an already-placed circle that is nearest the centre without overlap.
 * Values ≤ 0 get no circle. Coordinates start at (0, 0) top-left.
 */
export function layoutBubbles(
  bubbles: readonly Bubble[],
  options: BubbleLayoutOptions = {},
): { width: number; height: number; bubbles: PlacedBubble[] } {
  const maxRadius = options.maxRadius ?? 90;
  const gap = options.gap ?? 3;
  const visible = bubbles
    .map((bubble, order) => ({ bubble, order }))
    .filter(({ bubble }) => bubble.value > 0)
    .sort((a, b) => b.bubble.value - a.bubble.value || a.order - b.order)
    .map(({ bubble }) => bubble);
  const largest = visible[0]?.value ?? 0;
  const placed: PlacedBubble[] = [];
  for (const bubble of visible) {
    const r = maxRadius * Math.sqrt(bubble.value / largest);
    if (placed.length === 0) {
      placed.push({ ...bubble, x: 0, y: 0, r });
      continue;
    }
    let best: { x: number; y: number; score: number } | null = null;
    for (const anchor of placed) {
      const distance = anchor.r + r + gap;
      for (let step = 0; step < ANGLE_STEPS; step++) {
        const angle = (2 * Math.PI * step) / ANGLE_STEPS;
        const x = anchor.x + distance * Math.cos(angle);
        const y = anchor.y + distance * Math.sin(angle);
        if (placed.some((other) => Math.hypot(other.x - x, other.y - y) < other.r + r + gap - 1e-6)) continue;
        // Squashing y keeps the cluster wider than tall, which fits a printed page.
        const score = Math.hypot(x, y * 2.2);
        if (!best || score < best.score - 1e-9) best = { x, y, score };
      }
    }
    // There is always free space on the outer side of the outermost circle.
    placed.push({ ...bubble, x: best!.x, y: best!.y, r });
  }
  if (placed.length === 0) return { width: 0, height: 0, bubbles: [] };
  const minX = Math.min(...placed.map((b) => b.x - b.r));
  const minY = Math.min(...placed.map((b) => b.y - b.r));
  const maxX = Math.max(...placed.map((b) => b.x + b.r));
  const maxY = Math.max(...placed.map((b) => b.y + b.r));
  return {
    width: maxX - minX,
    height: maxY - minY,
    bubbles: placed.map((b) => ({ ...b, x: b.x - minX, y: b.y - minY })),
  };
}
