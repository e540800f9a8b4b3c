// analysis/: pure functions over arrays and plain objects (taxonomy, coding, statistics, summaries, reports).
// No I/O and no clock here: callers pass data and timestamps in.
export * from './taxonomy';
export * from './coding';
export * as agreement from './agreement';
export * as comparisons from './comparisons';
export * as privacy from './privacy';
export * as reports from './reports';
export * as statistics from './statistics';
export * as summaries from './summaries';
