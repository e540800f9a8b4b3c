import { escapeHtml } from './escape';
import { layoutBubbles } from './bubble-layout';

export type ChartItem = { id: string; label: string; value: number; caption: string };

const FONT_SIZE = 11;
const SMALL_FONT_SIZE = 9;
const PADDING = 4;
// Average glyph width of a sans-serif face at 1px; only used to decide whether a label fits.
const CHARACTER_WIDTH = 0.56;
const PALETTE = ['#1b6f8f', '#2a8a6e', '#6a5a9c', '#b5602b', '#8a6d1b', '#a23b5c', '#3f6fb5'];

/**
 * An inline SVG bubble chart. A label goes inside its circle when it fits in at most three
 * lines; otherwise the circle shows a number and the label goes in the legend beside the
 * chart (returned separately, so HTML can lay it out and screen readers read it as a list).
 */
export function renderBubbleChart(
  items: readonly ChartItem[],
  options: { ariaLabel: string; maxRadius?: number },
): { svg: string; legend: { number: number; label: string; caption: string }[] } {
  const layout = layoutBubbles(items, { maxRadius: options.maxRadius ?? 118 });
  const byId = new Map(items.map((item) => [item.id, item]));
  const legend: { number: number; label: string; caption: string }[] = [];
  const shapes = layout.bubbles.map((bubble, index) => {
    const item = byId.get(bubble.id)!;
    const colour = PALETTE[index % PALETTE.length]!;
    const cx = round(bubble.x + PADDING);
    const cy = round(bubble.y + PADDING);
    // A smaller face before giving up on a label inside the circle.
    const fit = [FONT_SIZE, SMALL_FONT_SIZE]
      .map((size) => ({ size, lines: fitLabel(item.label, bubble.r, size) }))
      .find((candidate) => candidate.lines !== null);
    const lines = fit?.lines ?? null;
    const size = fit?.size ?? FONT_SIZE;
    const title = `<title>${escapeHtml(`${item.label}: ${item.caption}`)}</title>`;
    const circle = `<circle cx="${cx}" cy="${cy}" r="${round(bubble.r)}" fill="${colour}" fill-opacity="0.88">${title}</circle>`;
    let text: string;
    if (lines) {
      const captionFits = bubble.r * 2 > (lines.length + 1.6) * size * 1.15;
      const all = captionFits ? [...lines, item.caption] : lines;
      const top = cy - ((all.length - 1) * size * 1.15) / 2 + size * 0.35;
      const sizeAttribute = size === FONT_SIZE ? '' : ` font-size="${size}"`;
      text = all
        .map((line, i) => {
          const weight = captionFits && i === all.length - 1 ? ' font-weight="700"' : '';
          return `<text x="${cx}" y="${round(top + i * size * 1.15)}"${weight}${sizeAttribute}>${escapeHtml(line)}</text>`;
        })
        .join('');
    } else {
      const number = legend.length + 1;
      legend.push({ number, label: item.label, caption: item.caption });
      text = `<text x="${cx}" y="${round(cy + FONT_SIZE * 0.35)}" font-weight="700">${number}</text>`;
    }
    return `<g>${circle}${text}</g>`;
  });
  const width = round(layout.width + 2 * PADDING);
  const height = round(layout.height + 2 * PADDING);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(options.ariaLabel)}" font-family="system-ui, 'Segoe UI', Arial, sans-serif" font-size="${FONT_SIZE}" text-anchor="middle" fill="#fff">` +
    shapes.join('') +
    `</svg>`;
  return { svg, legend };
}

/** Breaks a label into at most three lines that fit the circle's inner square, or null. */
function fitLabel(label: string, radius: number, fontSize: number): string[] | null {
  const width = radius * 1.6;
  const maxCharacters = Math.floor(width / (fontSize * CHARACTER_WIDTH));
  if (maxCharacters < 4) return null;
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/)) {
    if (word.length > maxCharacters) return null;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxCharacters) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const maxLines = Math.max(1, Math.min(3, Math.floor((radius * 1.5) / (fontSize * 1.15))));
  return lines.length <= maxLines ? lines : null;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
