import { renderBubbleChart } from './bubble-chart';
import { escapeHtml } from './escape';
import type { ReportView, SectionView, TableView } from './report-view';
import { stringsFor } from './strings';

export type Paper = 'letter' | 'a4';

const STYLE = (paper: Paper) => `
@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; margin: 16mm 14mm 18mm; }
:root { --ink: #1d2329; --muted: #56616b; --rule: #c9d1d8; --accent: #1b6f8f; --flag: #fff1cc; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.4; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 6mm; padding-bottom: 3mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; color: var(--accent); }
header p { margin: 0; color: var(--muted); }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; color: var(--accent); break-after: avoid; page-break-after: avoid; }
section.page-break { break-before: page; page-break-before: always; }
p { margin: 0 0 2mm; }
figure { margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figure ol { columns: 2; font-size: 9pt; color: var(--muted); margin: 2mm 0 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9pt; }
caption { text-align: left; font-weight: 600; padding: 1mm 0; caption-side: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border-bottom: 1px solid var(--rule); padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef3f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
section { break-inside: auto; }
td.flag { background: var(--flag); font-weight: 600; }
ul.flags li { margin-bottom: 1mm; }
blockquote { margin: 0 0 3mm; padding: 1mm 0 1mm 4mm; border-left: 3px solid var(--accent); break-inside: avoid; page-break-inside: avoid; }
blockquote p { margin: 0; font-style: italic; }
blockquote footer { color: var(--muted); font-size: 9pt; }
footer.report { margin-top: 8mm; color: var(--muted); font-size: 8.5pt; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

/** A self-contained, printable HTML document: inline CSS and SVG, no external request. */
export function renderHtml(view: ReportView, paper: Paper = 'letter'): string {
  const t = stringsFor(view.lang);
  return [
    '<!DOCTYPE html>',
    `<html lang="${view.lang === 'fr' ? 'fr-CA' : 'en-CA'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${view.title} — ${view.subtitle[0] ?? ''}`)}</title>`,
    `<style>${STYLE(paper)}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(view.title)}</h1>`,
    ...view.subtitle.map((line) => `<p>${escapeHtml(line)}</p>`),
    '</header>',
    '<main>',
    ...view.sections.map((section) => renderSection(section, t.bubbleAria, t.chartLegend)),
    '</main>',
    `<footer class="report">${escapeHtml(t.generatedWith)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderSection(section: SectionView, ariaLabel: string, legendLabel: string): string {
  const parts = [
    `<section id="${escapeHtml(section.id)}"${section.pageBreak ? ' class="page-break"' : ''}>`,
    `<h2>${escapeHtml(section.heading)}</h2>`,
  ];
  if (section.chart && section.chart.length > 0) {
    const chart = renderBubbleChart(section.chart, { ariaLabel });
    parts.push('<figure>', chart.svg);
    if (chart.legend.length > 0) {
      parts.push(
        `<ol aria-label="${escapeHtml(legendLabel)}">`,
        ...chart.legend.map(
          (entry) => `<li value="${entry.number}">${escapeHtml(entry.label)} (${escapeHtml(entry.caption)})</li>`,
        ),
        '</ol>',
      );
    }
    parts.push('</figure>');
  }
  parts.push(...section.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`));
  if (section.bullets.length > 0) {
    parts.push('<ul class="flags">', ...section.bullets.map((bullet) => `<li>${escapeHtml(bullet)}</li>`), '</ul>');
  }
  for (const { caption, table } of section.tables) parts.push(renderTable(table, caption));
  for (const quote of section.quotes ?? []) {
    parts.push(
      `<blockquote lang="${escapeHtml(quote.language)}"><p>${escapeHtml(quote.text)}</p><footer>${escapeHtml(quote.cite)}</footer></blockquote>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function renderTable(table: TableView, caption?: string): string {
  const header = table.headers
    .map((cell, j) => `<th scope="col"${table.numeric[j] ? ' class="num"' : ''}>${escapeHtml(cell)}</th>`)
    .join('');
  const body = table.rows
    .map((row, i) => {
      const cells = row.map((cell, j) => {
        const classes = [table.numeric[j] ? 'num' : '', table.emphasis?.[i]?.[j] ? 'flag' : ''].filter(Boolean);
        const attribute = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
        return j === 0 ? `<th scope="row"${attribute}>${escapeHtml(cell)}</th>` : `<td${attribute}>${escapeHtml(cell)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${header}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
