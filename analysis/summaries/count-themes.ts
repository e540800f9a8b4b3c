import type { CodedRespondent, GroupCounts, ThemeCounts, ThemeSource } from './types';

/**
 * Counts respondents per theme from coded rows, each respondent at most once per theme
 * whichever answers carried it. For small slices and tests; the server counts in SQL.
 */
export function countThemes(rows: readonly CodedRespondent[], source: ThemeSource = 'combined'): ThemeCounts {
  const mentions: Record<string, number> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    seen.clear();
    if (source !== 'open') for (const theme of row.closedThemes) seen.add(theme);
    if (source !== 'closed') for (const theme of row.openThemes) seen.add(theme);
    for (const theme of seen) mentions[theme] = (mentions[theme] ?? 0) + 1;
  }
  return { respondents: rows.length, mentions };
}

/**
 * Counts per group, e.g. `(row) => row.community` or `(row) => row.wave`. Rows whose key is
 * null are left out. Groups come back in first-seen order.
 */
export function countThemesBy(
  rows: readonly CodedRespondent[],
  key: (row: CodedRespondent) => string | null,
  source: ThemeSource = 'combined',
): GroupCounts[] {
  const groups = new Map<string, CodedRespondent[]>();
  for (const row of rows) {
    const group = key(row);
    if (group === null) continue;
    const members = groups.get(group);
    if (members) members.push(row);
    else groups.set(group, [row]);
  }
  return [...groups].map(([group, members]) => ({ group, ...countThemes(members, source) }));
}

/** Adds up group counts into the counts of their union (groups must not overlap). */
export function poolCounts(groups: readonly ThemeCounts[]): ThemeCounts {
  const mentions: Record<string, number> = {};
  let respondents = 0;
  for (const group of groups) {
    respondents += group.respondents;
    for (const [theme, n] of Object.entries(group.mentions)) mentions[theme] = (mentions[theme] ?? 0) + n;
  }
  return { respondents, mentions };
}
