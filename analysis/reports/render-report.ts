import type { ReportData } from './report-data';
import { buildReportView } from './report-view';
import { renderHtml, type Paper } from './render-html';
import { renderMarkdown } from './render-markdown';
import type { ReportLang } from './strings';

export type RenderOptions = { lang: ReportLang; format: 'html' | 'markdown'; paper?: Paper };

/** The strategy report as one string, from data already prepared (and suppressed) by prepareReport. */
export function renderReport(data: ReportData, options: RenderOptions): string {
  const view = buildReportView(data, options.lang);
  return options.format === 'html' ? renderHtml(view, options.paper) : renderMarkdown(view);
}
