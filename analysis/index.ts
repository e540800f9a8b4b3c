// analysis/: pure functions over arrays and plain objects (taxonomy, coding, statistics, summaries, reports).
// No I/O and no clock here: callers pass data and timestamps in.
export * from './taxonomy';
