import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

export type ChartRow = { label: string; share: number; lower: number; upper: number };

/**
 * Horizontal bars of theme shares with their 95% interval as a black rule: no colour carries
 * meaning, so the chart reads the same printed in black and white. The figures are also in the
 * table the page puts right below, for screen readers and for copying.
 */
export function ThemeChart({ rows, label, width = 720 }: { rows: readonly ChartRow[]; label: string; width?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host || rows.length === 0) return;
    const available = Math.max(300, Math.min(width, host.clientWidth || width));
    const longest = Math.max(...rows.map((row) => row.label.length));
    const chart = Plot.plot({
      width: available,
      height: 26 * rows.length + 40,
      marginLeft: Math.min(available * 0.45, 6.2 * longest + 10),
      marginRight: 16,
      style: { fontSize: '12px', background: 'transparent', color: 'currentColor' },
      x: { domain: [0, Math.min(1, Math.max(...rows.map((row) => row.upper)) * 1.05 || 1)], tickFormat: '.0%', grid: true, label: null, ticks: Math.max(2, Math.floor(available / 90)) },
      y: { domain: rows.map((row) => row.label), label: null },
      marks: [
        Plot.barX(rows, { y: 'label', x: 'share', fill: '#9ab', insetTop: 4, insetBottom: 4 }),
        Plot.ruleY(rows, { y: 'label', x1: 'lower', x2: 'upper', stroke: 'currentColor', strokeWidth: 1.5 }),
        Plot.tickX(rows, { y: 'label', x: 'lower', stroke: 'currentColor', insetTop: 7, insetBottom: 7 }),
        Plot.tickX(rows, { y: 'label', x: 'upper', stroke: 'currentColor', insetTop: 7, insetBottom: 7 }),
        Plot.ruleX([0]),
      ],
    });
    // The whole chart is one image with a label; Plot's own labels on its inner groups are not allowed there.
    for (const inner of chart.querySelectorAll('[aria-label], [aria-description]')) {
      inner.removeAttribute('aria-label');
      inner.removeAttribute('aria-description');
    }
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', label);
    host.replaceChildren(chart);
    return () => chart.remove();
  }, [rows, label, width]);
  return <div className="theme-chart" ref={ref} />;
}
