import { useId, useLayoutEffect, useRef, useState } from 'react';

export type ChartRow =
  | { label: string; suppressed: false; share: number; lower: number; upper: number }
  | { label: string; suppressed: true };

const FONT = 12; // px, the page's small text
const CHAR = 6.6; // an average character at 12 px, to wrap labels without measuring text
const LINE = 14;
const MIN_ROW = 26;
const AXIS = 24; // room for the tick labels under the rows
const STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5];

/** Splits a label into lines of at most `chars` characters, at spaces where it can. */
export function wrapLabel(label: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && (line + ' ' + word).length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The share axis: from 0 to just past the widest interval, ticked at a round step that fits. */
export function shareAxis(rows: readonly ChartRow[], plotWidth: number): { max: number; ticks: number[] } {
  const upper = Math.max(0, ...rows.map((row) => (row.suppressed ? 0 : row.upper)));
  const maxTicks = Math.max(2, Math.floor(plotWidth / 70));
  const step = STEPS.find((s) => Math.ceil(upper / s) <= maxTicks) ?? 1;
  const count = Math.max(1, Math.min(Math.round(1 / step), Math.ceil(upper / step - 1e-9)));
  // Rounded to a tenth of a percent: 7 × 0.05 is 0.35000000000000003 in floating point.
  const ticks = Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1000) / 1000);
  return { max: ticks[count]!, ticks };
}

/**
 * Horizontal bars of theme shares with their 95% interval drawn as a black whisker: no colour
 * carries meaning, so the chart reads the same printed in black and white. A suppressed cell is
 * written as such in place of its bar. The chart is one image with a title and a description;
 * the figures are also in the table the page puts right below, for screen readers and copying.
 * Plain SVG drawn by React: the chart is small and fixed, and a charting library cost more to
 * download and run than everything else on the results page's first screen.
 */
export function ThemeChart({ rows, title, description, suppressedLabel, percent }: {
  rows: readonly ChartRow[];
  title: string;
  description: string;
  suppressedLabel: string;
  percent(share: number): string;
}) {
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.min(900, Math.floor(element.clientWidth || 720))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  if (rows.length === 0) return <div className="theme-chart" ref={host} />;
  const longest = Math.max(1, ...rows.map((row) => row.label.length));
  // On a phone the labels get half the width: at 42% the longest wrap onto five lines.
  const labelWidth = Math.min(width * (width < 480 ? 0.5 : 0.42), longest * CHAR + 8);
  const plotLeft = labelWidth + 8;
  const plotWidth = width - plotLeft - 24;
  const { max, ticks } = shareAxis(rows, plotWidth);
  const x = (share: number) => plotLeft + (Math.min(share, max) / max) * plotWidth;

  let y = 4;
  const laidOut = rows.map((row) => {
    const lines = wrapLabel(row.label, Math.max(8, Math.floor(labelWidth / CHAR)));
    const height = Math.max(MIN_ROW, lines.length * LINE + 8);
    const top = y;
    y += height;
    return { row, lines, top, height };
  });
  const plotBottom = y;
  const height = plotBottom + AXIS;

  return (
    <div className="theme-chart" ref={host}>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontSize={FONT}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="theme-chart-grid" stroke="currentColor" strokeOpacity={0.15}>
          {ticks.map((tick) => <line key={tick} x1={x(tick)} x2={x(tick)} y1={4} y2={plotBottom} />)}
        </g>
        {laidOut.map(({ row, lines, top, height: rowHeight }) => {
          const middle = top + rowHeight / 2;
          return (
            <g key={row.label} className={row.suppressed ? 'theme-chart-row suppressed' : 'theme-chart-row'}>
              <text x={labelWidth} y={middle - ((lines.length - 1) * LINE) / 2} textAnchor="end" dominantBaseline="middle" fill="currentColor">
                {lines.map((line, i) => <tspan key={i} x={labelWidth} dy={i === 0 ? 0 : LINE}>{line}</tspan>)}
              </text>
              {row.suppressed ? (
                <text x={plotLeft + 4} y={middle} dominantBaseline="middle" fill="currentColor" fontStyle="italic" opacity={0.75}>{suppressedLabel}</text>
              ) : (
                <>
                  <rect x={plotLeft} y={middle - 7} width={Math.max(0, x(row.share) - plotLeft)} height={14} fill="#9ab" />
                  <g stroke="currentColor" strokeWidth={1.5}>
                    <line x1={x(row.lower)} x2={x(row.upper)} y1={middle} y2={middle} />
                    <line x1={x(row.lower)} x2={x(row.lower)} y1={middle - 5} y2={middle + 5} />
                    <line x1={x(row.upper)} x2={x(row.upper)} y1={middle - 5} y2={middle + 5} />
                  </g>
                </>
              )}
            </g>
          );
        })}
        <line x1={plotLeft} x2={plotLeft} y1={4} y2={plotBottom} stroke="currentColor" />
        <g fill="currentColor" textAnchor="middle">
          {ticks.map((tick) => <text key={tick} x={x(tick)} y={plotBottom + 16}>{percent(tick)}</text>)}
        </g>
      </svg>
    </div>
  );
}
