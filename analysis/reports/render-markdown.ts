import { escapeMarkdown } from './escape';
import type { ReportView, TableView } from './report-view';
import { formatNumber } from './strings';

/**
 * The same report in Markdown: every table, the theme frequencies as a list in place of
 * the bubble chart (Markdown has no inline graphics worth printing).
 */
export function renderMarkdown(view: ReportView): string {
  const lines: string[] = [`# ${escapeMarkdown(view.title)}`, '', ...view.subtitle.map((line) => `${escapeMarkdown(line)}  `), ''];
  for (const section of view.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    if (section.chart) {
      for (const item of section.chart) {
        lines.push(`- ${escapeMarkdown(item.label)}: ${escapeMarkdown(formatNumber(item.value, view.lang))} (${escapeMarkdown(item.caption)})`);
      }
      lines.push('');
    }
    for (const paragraph of section.paragraphs) lines.push(escapeMarkdown(paragraph), '');
    if (section.bullets.length > 0) lines.push(...section.bullets.map((bullet) => `- ${escapeMarkdown(bullet)}`), '');
    for (const { caption, table } of section.tables) {
      if (caption) lines.push(`**${escapeMarkdown(caption)}**`, '');
      lines.push(...markdownTable(table), '');
    }
    for (const quote of section.quotes ?? []) lines.push(`> ${escapeMarkdown(quote.text)}`, `> — ${escapeMarkdown(quote.cite)}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function markdownTable(table: TableView): string[] {
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [
    row(table.headers),
    `|${table.numeric.map((numeric) => (numeric ? ' ---: ' : ' --- ')).join('|')}|`,
    ...table.rows.map((cells, i) => row(cells.map((cell, j) => (table.emphasis?.[i]?.[j] && cell ? `${cell} !` : cell)))),
  ];
}
