// The printable strategy report: prepareReport turns counts into suppressed, tested figures,
// renderReport writes them as self-contained HTML (with an SVG bubble chart) or Markdown.
export { prepareReport, POOLED_GROUP, type ReportData, type ReportInput } from './report-data';
export { renderReport, type RenderOptions } from './render-report';
export { buildReportView, type ReportView, type SectionView, type TableView } from './report-view';
export { layoutBubbles, type Bubble, type PlacedBubble } from './bubble-layout';
export { renderBubbleChart, type ChartItem } from './bubble-chart';
export { escapeHtml, escapeMarkdown } from './escape';
export type { ReportLang } from './strings';
export type { Paper } from './render-html';
