import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../../analysis/comparisons';
import { suppressComparison, suppressSummary } from '../../../analysis/privacy';
import { poolCounts, summarizeCounts, type GroupCounts } from '../../../analysis/summaries';
import { THEME_CODES } from '../../../analysis/taxonomy';

// 40 communities × 21 themes of 25,000 respondents each: the SQL aggregates of 1,000,000 responses.
const groups: GroupCounts[] = Array.from({ length: 40 }, (_, g) => ({
  group: `Community ${g + 1}`,
  respondents: 25_000,
  mentions: Object.fromEntries(THEME_CODES.map((theme, t) => [theme, ((g * 7919 + t * 104729) % 9000) + (t === 3 ? 3 : 400)])),
}));

describe('summarising and comparing at the scale of a million responses', () => {
  it('takes well under a second from counts, suppression included', () => {
    const started = performance.now();
    const summary = suppressSummary(summarizeCounts(poolCounts(groups), { themes: THEME_CODES }));
    const comparison = suppressComparison(compareGroups(groups, { themes: THEME_CODES, pairwise: false }));
    const elapsed = performance.now() - started;
    expect(summary.respondents).toBe(1_000_000);
    expect(comparison.themes).toHaveLength(21);
    expect(elapsed).toBeLessThan(1000);
  });
});
