// Small-cell suppression for everything that leaves a partnership: primary and complementary
// suppression of tables, summaries, comparisons and gaps, and an audit of what totals reveal.
export { DEFAULT_MINIMUM_CELL, suppressTable, type CellStatus, type SuppressOptions, type SuppressedTable } from './suppress-table';
export { derivableEntries } from './derivable';
export { suppressSummary } from './suppress-summary';
export { suppressComparison, cellKey, type SuppressedComparison } from './suppress-comparison';
export { suppressGaps } from './suppress-gaps';
export { poolSmallGroups } from './pool-small-groups';
export { publishableQuotes, type Quote } from './publishable-quotes';
export { redactQuote, withoutPlaceholders } from './redact-quote';
